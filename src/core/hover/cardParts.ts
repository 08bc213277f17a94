// Pieces shared by the hover cards: values with their units, sources, note figures with their
// provenance, and which reference figures are "key". Every piece returns Markdown in which all text
// from notes and articles is escaped (markdownText.ts).
import type { ReferenceFigure, Source } from '../data/types';
import type { IndexedFigure, NoteFigure, NoteProvenance } from '../figures/noteFigure';
import { escapeMarkdown, markdownLink, truncate, type LinkOptions } from './markdownText';

export interface CardOptions extends LinkOptions {
  /** Note figures listed before "…and N more" (default 5). */
  maxNoteFigures?: number;
  /** Reference figures listed (default 3). */
  maxReferenceFigures?: number;
}

export const DEFAULT_MAX_NOTE_FIGURES = 5;
export const DEFAULT_MAX_REFERENCE_FIGURES = 3;

/** 270000 → `270,000`; 2.5 → `2.5`. Deterministic (no locale). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  const [whole, fraction] = Math.abs(Math.round(value * 100) / 100).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A reference figure's value as plain text: `260 USD/kg`, `85–95%`, `> 90,000,000 t REO`, `~390,000 t REO`. */
export function formatReferenceValue(figure: ReferenceFigure): string {
  const range = figure.valueMax === undefined ? formatNumber(figure.value) : `${formatNumber(figure.value)}–${formatNumber(figure.valueMax)}`;
  const prefix = figure.comparison !== undefined ? `${figure.comparison} ` : figure.approximate ? '~' : '';
  return figure.unit === '%' ? `${prefix}${range}%` : `${prefix}${range} ${figure.unit}`;
}

/** `[U.S. Geological Survey, Mineral Commodity Summaries 2025: Rare Earths](https://…)`. */
export function sourceLink(source: Source, options: LinkOptions): string {
  return markdownLink(`${source.publisher}, ${source.title}`, source.url, options);
}

/** The last four-digit year a period names ('2020–2023' → 2023), for "latest" choices. */
export function periodYear(period: string): number {
  const years = period.match(/\d{4}/g);
  return years ? Number(years[years.length - 1]) : 0;
}

/**
 * The key reference figures among `figures`: the latest one of each series (same metric, product,
 * regions and elements), series in dataset order, at most `max`.
 */
export function keyReferenceFigures(figures: readonly ReferenceFigure[], max: number): ReferenceFigure[] {
  const latest = new Map<string, ReferenceFigure>();
  for (const figure of figures) {
    const key = [figure.metric, figure.subject.product ?? '', figure.subject.regions.join('+'), figure.subject.elements.join('+'), figure.unit].join('|');
    const current = latest.get(key);
    if (current === undefined || periodYear(figure.period) > periodYear(current.period)) latest.set(key, figure);
  }
  return [...latest.values()].slice(0, max);
}

/** `- Dysprosium oxide, average price 2024: **260 USD/kg** — [source](…) — caveat`; `marker` is card Markdown put first. */
export function referenceFigureLine(figure: ReferenceFigure, options: LinkOptions, marker = ''): string {
  const estimated = figure.estimated ? ' (estimated)' : '';
  const caveat = figure.notes ? ` — ${escapeMarkdown(truncate(figure.notes, 120))}` : '';
  return `- ${marker}${escapeMarkdown(figure.label)}: **${escapeMarkdown(formatReferenceValue(figure))}**${estimated} — ${sourceLink(figure.source, options)}${caveat}`;
}

/** The sentence around a figure, at most about `max` characters, the figure kept in view. Plain text. */
export function figureContext(figure: NoteFigure, max = 110): string {
  const sentence = figure.sentence.replace(/\s+/g, ' ').trim();
  if (sentence.length <= max) return sentence;
  const at = sentence.indexOf(figure.raw);
  if (at === -1) return truncate(sentence, max);
  const room = Math.max(0, max - figure.raw.length);
  let start = Math.max(0, at - Math.floor(room / 2));
  let end = Math.min(sentence.length, start + max);
  start = Math.max(0, end - max);
  // Cut on spaces so no word is broken.
  if (start > 0) {
    const space = sentence.indexOf(' ', start);
    if (space !== -1 && space < at) start = space + 1;
  }
  if (end < sentence.length) {
    const space = sentence.lastIndexOf(' ', end);
    if (space > at + figure.raw.length) end = space;
  }
  return `${start > 0 ? '…' : ''}${sentence.slice(start, end).trim()}${end < sentence.length ? '…' : ''}`;
}

/** The date as the card shows it: the ISO date part. */
export function shortDate(date: string | undefined): string | undefined {
  if (date === undefined || date.trim() === '') return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(date.trim());
  return iso ? iso[0] : truncate(date, 20);
}

/** Link to the note at the figure's line (1-based `#L` fragment, used when links resolve against a workspace base). */
export function noteLink(text: string, notePath: string, line: number | undefined, options: LinkOptions): string {
  const target = line === undefined ? notePath : `${notePath}#L${line + 1}`;
  return markdownLink(text, target, options);
}

/** `[Article title](https://…) · site · 2024-05-01`; `this note` when the note has no article. */
export function articleAttribution(provenance: NoteProvenance, options: LinkOptions): string {
  const parts: string[] = [];
  if (provenance.url !== undefined) parts.push(markdownLink(provenance.site ?? 'article', provenance.url, options));
  else if (provenance.site !== undefined) parts.push(escapeMarkdown(provenance.site));
  const date = shortDate(provenance.date);
  if (date !== undefined) parts.push(escapeMarkdown(date));
  return parts.join(' · ');
}

/** `- **12%** — “…context…” — [Note title](notes/a.md) · [site](https://…) · 2024-05-01` */
export function noteFigureLine(figure: NoteFigure, provenance: NoteProvenance, options: LinkOptions, marker = ''): string {
  const attribution = articleAttribution(provenance, options);
  const note = noteLink(truncate(provenance.title, 60), provenance.notePath, figure.line, options);
  return `- ${marker}**${escapeMarkdown(figure.raw)}** — “${escapeMarkdown(figureContext(figure))}” — ${note}${attribution ? ` · ${attribution}` : ''}`;
}

/** An indexed figure as a card line. */
export function indexedFigureLine(item: IndexedFigure, options: LinkOptions, marker = ''): string {
  return item.origin === 'note'
    ? noteFigureLine(item.figure, item.provenance, options, marker)
    : referenceFigureLine(item.figure, options, marker);
}

/** `…and 18 more · [Show all 23 figures](command:…)` or '' when all are shown. */
export function moreLine(shown: number, total: number, showAll: string): string {
  if (total <= shown) return '';
  return `…and ${formatNumber(total - shown)} more · ${showAll}`;
}

/** Joins card blocks (paragraphs, lists) with blank lines, skipping empty ones. */
export function blocks(...parts: (string | undefined | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join('\n\n');
}
