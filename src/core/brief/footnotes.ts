// Markdown footnotes of a brief: finding references `[^n]` and definitions `[^n]: …`, numbering a
// new one after the largest numeric label, reusing the footnote that already cites a source, and
// the text edits that cite a figure in each citation format. CRLF files stay CRLF.
import {
  authorDateCitation, footnoteText, inlineLinkCitation, type CitationFormat, type CitationSource,
} from './citation';

export interface FootnoteReference {
  label: string;
  /** Offsets of `[^label]` in the text, end exclusive. */
  start: number;
  end: number;
}

export interface FootnoteDefinition {
  label: string;
  /** The definition's text after `[^label]:` on its first line. */
  text: string;
  /** The first http(s) address in it. */
  url?: string;
  /** Offsets of the definition's first line, without its line break. */
  start: number;
  end: number;
}

export interface Footnotes {
  references: FootnoteReference[];
  definitions: FootnoteDefinition[];
}

/** A replacement of [start, end) of the text by newText. */
export interface TextEditPlan {
  start: number;
  end: number;
  newText: string;
}

/** The line break a text uses: CRLF when its first line break is one, else LF. */
export function lineBreakOf(text: string): '\r\n' | '\n' {
  const first = text.indexOf('\n');
  return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
}

const DEFINITION = /^[ ]{0,3}\[\^([^\]\s]+)\]:[ \t]*([^\r\n]*)/gm;
const REFERENCE = /\[\^([^\]\s]+)\](?!:)/g;
const URL = /https?:\/\/[^\s<>]+/i;

function urlIn(text: string): string | undefined {
  const match = URL.exec(text);
  return match ? match[0].replace(/[.,;:)>\]]+$/, '') : undefined;
}

export function parseFootnotes(text: string): Footnotes {
  const definitions: FootnoteDefinition[] = [];
  for (const match of text.matchAll(DEFINITION)) {
    const definition: FootnoteDefinition = { label: match[1], text: match[2].trim(), start: match.index, end: match.index + match[0].length };
    const url = urlIn(match[2]);
    if (url !== undefined) definition.url = url;
    definitions.push(definition);
  }
  const references: FootnoteReference[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    references.push({ label: match[1], start: match.index, end: match.index + match[0].length });
  }
  return { references, definitions };
}

/** One more than the largest numeric label in use (references or definitions); 1 when there is none. */
export function nextFootnoteNumber(footnotes: Footnotes): number {
  let largest = 0;
  for (const { label } of [...footnotes.references, ...footnotes.definitions]) {
    if (/^\d{1,9}$/.test(label)) largest = Math.max(largest, Number(label));
  }
  return largest + 1;
}

/** Addresses compared without a trailing slash, fragment or case of scheme and host. */
function sameUrl(a: string, b: string): boolean {
  const normal = (url: string) => {
    const cut = url.replace(/#.*$/, '').replace(/\/+$/, '');
    return cut.replace(/^[a-z]+:\/\/[^/]+/i, (origin) => origin.toLowerCase()).replace(/%20/g, ' ');
  };
  return normal(a) === normal(b);
}

/** The definition that already cites the source: the same address, or, for a source without one, the same title and site. */
export function findFootnoteFor(footnotes: Footnotes, source: CitationSource): FootnoteDefinition | undefined {
  if (source.url !== undefined) {
    return footnotes.definitions.find((definition) => definition.url !== undefined && sameUrl(definition.url, source.url as string));
  }
  const head = footnoteText({ title: source.title, site: source.site }).replace(/\.$/, '');
  return footnotes.definitions.find((definition) => definition.url === undefined && definition.text.startsWith(head));
}

/** True when the text's last non-blank line is a footnote definition (new ones join that block). */
function endsWithDefinitions(text: string, footnotes: Footnotes): boolean {
  const last = footnotes.definitions[footnotes.definitions.length - 1];
  return last !== undefined && text.slice(last.end).trim() === '';
}

/** The edit adding a definition at the end of the text, after one blank line (or right after a block of definitions). */
export function appendDefinitionEdit(text: string, definition: string, footnotes = parseFootnotes(text)): TextEditPlan {
  const eol = lineBreakOf(text);
  const trailing = /(?:\r?\n)*$/.exec(text)?.[0].split('\n').length ?? 1;
  const breaks = trailing - 1;
  const needed = text.trim() === '' ? 0 : endsWithDefinitions(text, footnotes) ? 1 : 2;
  return { start: text.length, end: text.length, newText: `${eol.repeat(Math.max(0, needed - breaks))}${definition}${eol}` };
}

export interface CitationEdits {
  /** The figure with its citation, replacing [start, end) (the `@query` of a completion, or the selection). */
  main: TextEditPlan;
  /** Further edits (the footnote definition), none overlapping `main`. */
  extra: TextEditPlan[];
  /** The footnote label used, for the footnote format. */
  label?: string;
  /** True when an existing footnote was reused. */
  reused?: boolean;
}

/**
 * The edits citing a figure: its text at [start, end) followed by the citation. For footnotes, a
 * reference `[^n]`, and a definition at the end of the file unless one for the same source exists.
 * When the figure goes at the very end of the text, the definition is part of the main edit.
 */
export function citationEdits(
  text: string,
  range: { start: number; end: number },
  figureText: string,
  source: CitationSource,
  format: CitationFormat,
): CitationEdits {
  if (format === 'inlineLink') return { main: { ...range, newText: `${figureText} ${inlineLinkCitation(source)}` }, extra: [] };
  if (format === 'authorDate') return { main: { ...range, newText: `${figureText} ${authorDateCitation(source)}` }, extra: [] };
  const footnotes = parseFootnotes(text);
  const existing = findFootnoteFor(footnotes, source);
  // A footnote whose only reference the range replaces would be left orphaned: its definition goes, or is rewritten for the new source.
  const replaced = orphanedDefinition(footnotes, range);
  if (existing !== undefined) {
    const extra = replaced !== undefined && replaced !== existing ? [deleteLineEdit(text, replaced)] : [];
    return { main: { ...range, newText: `${figureText}[^${existing.label}]` }, extra, label: existing.label, reused: true };
  }
  if (replaced !== undefined) {
    return {
      main: { ...range, newText: `${figureText}[^${replaced.label}]` },
      extra: [{ start: replaced.start, end: replaced.end, newText: `[^${replaced.label}]: ${footnoteText(source)}` }],
      label: replaced.label,
      reused: false,
    };
  }
  const label = String(nextFootnoteNumber(footnotes));
  const definition = `[^${label}]: ${footnoteText(source)}`;
  const main = { ...range, newText: `${figureText}[^${label}]` };
  if (range.end >= text.length) {
    const eol = lineBreakOf(text);
    return { main: { ...main, newText: `${main.newText}${eol}${eol}${definition}${eol}` }, extra: [], label, reused: false };
  }
  return { main, extra: [appendDefinitionEdit(text, definition, footnotes)], label, reused: false };
}

/** The single-line definition of a footnote all of whose references lie inside the range (so replacing the range orphans it). */
function orphanedDefinition(footnotes: Footnotes, range: { start: number; end: number }): FootnoteDefinition | undefined {
  const inside = footnotes.references.filter((reference) => reference.start >= range.start && reference.end <= range.end);
  for (const reference of inside) {
    const elsewhere = footnotes.references.some((other) => other.label === reference.label && (other.start < range.start || other.end > range.end));
    const definitions = footnotes.definitions.filter((definition) => definition.label === reference.label);
    if (!elsewhere && definitions.length === 1) return definitions[0];
  }
  return undefined;
}

/** Removes a definition's line with its line break. */
function deleteLineEdit(text: string, definition: FootnoteDefinition): TextEditPlan {
  const end = text.startsWith('\r\n', definition.end) ? definition.end + 2 : text.startsWith('\n', definition.end) ? definition.end + 1 : definition.end;
  return { start: definition.start, end, newText: '' };
}

/** Applies non-overlapping edits to a text (for tests and previews). */
export function applyEdits(text: string, edits: readonly TextEditPlan[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return result;
}
