// Citations of indexed figures: where a figure comes from (a note's article, or a reference
// dataset source) and how it is written into a brief in each citation format.
import { formatReferenceValue, shortDate } from '../hover/cardParts';
import type { IndexedFigure } from '../figures/noteFigure';

export const CITATION_FORMATS = ['footnote', 'inlineLink', 'authorDate'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** A source as a citation names it. */
export interface CitationSource {
  title: string;
  /** The site (notes) or publisher (reference data). */
  site?: string;
  /** YYYY-MM-DD for notes, the year for reference sources. */
  date?: string;
  url?: string;
}

/** The source a figure is cited with. */
export function citationSourceOf(item: IndexedFigure): CitationSource {
  if (item.origin === 'reference') {
    const { source } = item.figure;
    return { title: source.title, site: source.publisher, date: String(source.year), url: source.url };
  }
  const { provenance } = item;
  const source: CitationSource = { title: provenance.title };
  if (provenance.site !== undefined) source.site = provenance.site;
  const date = shortDate(provenance.date);
  if (date !== undefined && /^\d{4}/.test(date)) source.date = date;
  if (provenance.url !== undefined && /^https?:\/\//i.test(provenance.url)) source.url = provenance.url;
  return source;
}

/** A stable id for a figure, for command arguments: `ref:<dataset id>` or `note:<path>#<offset>`. */
export function figureId(item: IndexedFigure): string {
  return item.origin === 'reference' ? `ref:${item.figure.id}` : `note:${item.provenance.notePath}#${item.figure.start}`;
}

/** The figure as it is written into a brief: a note's own text ("69%"), a reference value as the dataset states it. */
export function figureText(item: IndexedFigure): string {
  return item.origin === 'note' ? item.figure.raw.replace(/\s+/g, ' ') : formatReferenceValue(item.figure);
}

/** The year of a source's date, or "n.d." (no date). */
export function sourceYear(source: CitationSource): string {
  return /^\d{4}/.exec(source.date ?? '')?.[0] ?? 'n.d.';
}

/** The short name of a source in messages and author-date citations: the site or publisher, else the title. */
export function sourceName(source: CitationSource): string {
  return source.site ?? source.title;
}

/**
 * Text from a note put into a brief's Markdown: one line, and the characters that would start
 * markup (links, emphasis, code, HTML, footnote brackets) backslash-escaped. Lighter than the hover
 * cards' escaping, so the brief's source stays readable.
 */
export function escapeInline(text: string): string {
  return text.replace(/[\s\u2028\u2029]+/g, ' ').trim().replace(/[\\`*_[\]<>|]/g, '\\$&');
}

/** A link destination written into a brief: spaces and parentheses encoded so the link cannot break. */
function destination(url: string): string {
  return url.replace(/[\s()<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The text of a footnote definition after `[^n]: `: `<title>, <site>, <date>. <url>`. */
export function footnoteText(source: CitationSource): string {
  const parts = [escapeInline(source.title), source.site && escapeInline(source.site), source.date && escapeInline(source.date)]
    .filter((part): part is string => typeof part === 'string' && part !== '');
  const head = parts.join(', ');
  return source.url === undefined ? `${head}.` : `${head}. ${destination(source.url)}`;
}

/** `[site, YYYY](url)`; without a URL, the author-date form. */
export function inlineLinkCitation(source: CitationSource): string {
  if (source.url === undefined) return authorDateCitation(source);
  return `[${escapeInline(sourceName(source))}, ${sourceYear(source)}](${destination(source.url)})`;
}

/** `(Site, Year)`. */
export function authorDateCitation(source: CitationSource): string {
  return `(${escapeInline(sourceName(source)).replace(/[()]/g, '\\$&')}, ${sourceYear(source)})`;
}

/** The figure with its citation, for the clipboard: "69% (China's grip…, example.com, 2025-01-15. https://…)" style per format. */
export function figureWithCitation(item: IndexedFigure, format: CitationFormat): string {
  const source = citationSourceOf(item);
  const text = figureText(item);
  if (format === 'inlineLink') return `${text} ${inlineLinkCitation(source)}`;
  if (format === 'authorDate') return `${text} ${authorDateCitation(source)}`;
  return `${text}[^1]\n\n[^1]: ${footnoteText(source)}`;
}
