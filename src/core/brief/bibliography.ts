// "Export Sources of This Brief": every source a brief cites — its footnote definitions and its
// inline links — once each, as a Markdown list.
import { parseFootnotes } from './footnotes';

export interface CitedSource {
  /** The citation as Markdown: a footnote's text, or `[label](url)` for an inline link. */
  markdown: string;
  url?: string;
}

const INLINE_LINK = /(?<!!)\[((?:[^\]\\\r\n]|\\.)+)\]\((https?:\/\/[^\s)]+)(?:\s+"[^"]*")?\)/g;

function key(source: CitedSource): string {
  return source.url !== undefined ? source.url.replace(/#.*$/, '').replace(/\/+$/, '').toLowerCase() : source.markdown.toLowerCase();
}

/** The brief's cited sources in order of first citation, duplicates (same address, else same text) left out. */
export function citedSources(text: string): CitedSource[] {
  const footnotes = parseFootnotes(text);
  const found: { at: number; source: CitedSource }[] = [];
  const firstReference = new Map<string, number>();
  for (const reference of footnotes.references) if (!firstReference.has(reference.label)) firstReference.set(reference.label, reference.start);
  for (const definition of footnotes.definitions) {
    if (definition.text === '') continue;
    const source: CitedSource = { markdown: definition.text };
    if (definition.url !== undefined) source.url = definition.url;
    found.push({ at: firstReference.get(definition.label) ?? definition.start, source });
  }
  const inDefinition = (offset: number) => footnotes.definitions.some((definition) => offset >= definition.start && offset < definition.end);
  for (const match of text.matchAll(INLINE_LINK)) {
    if (inDefinition(match.index)) continue;
    found.push({ at: match.index, source: { markdown: `[${match[1]}](${match[2]})`, url: match[2] } });
  }
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const result: CitedSource[] = [];
  for (const { source } of found) {
    if (seen.has(key(source))) continue;
    seen.add(key(source));
    result.push(source);
  }
  return result;
}

/** The bibliography as Markdown: a heading and one list item per source, in `eol` line breaks. */
export function bibliographyMarkdown(sources: readonly CitedSource[], title: string, eol = '\n'): string {
  const items = sources.map((source) => `- ${source.markdown}`);
  return [`# Sources: ${title}`, '', ...(items.length > 0 ? items : ['No sources cited yet.']), ''].join(eol);
}
