// What a brief's statistics lack or contradict: a figure with no citation in its sentence
// ("Unsourced figure"), and a figure whose subject and metric match indexed figures with another
// value ("Sources disagree"). The editor glue supplies the related figures (the index's answer).
import type { IndexedFigure, NoteFigure } from '../figures/noteFigure';
import { citationSourceOf, figureText, sourceName, sourceYear } from './citation';
import { compareFigures, comparableOf, type Comparable } from './figureAgreement';

export interface UnsourcedFinding {
  kind: 'unsourced';
  figure: NoteFigure;
  message: string;
}

export interface DisagreementFinding {
  kind: 'disagreement';
  figure: NoteFigure;
  /** The indexed figures that disagree, in the index's order. */
  others: IndexedFigure[];
  message: string;
}

export type BriefFinding = UnsourcedFinding | DisagreementFinding;

/** A block marker at the start of a line: list item, heading, quote, table row, footnote definition. */
const BLOCK_START = /^[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}[ \t]|>|\||\[\^[^\]\s]+\]:)/;
const FOOTNOTE_DEFINITION = /^[ ]{0,3}\[\^[^\]\s]+\]:/;

/** [start, end) of the block (paragraph, list item, table row…) holding `offset`: lines up to a blank line or the next block marker. */
function blockAround(text: string, offset: number): { start: number; end: number } {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  while (start > 0 && !BLOCK_START.test(text.slice(start, text.indexOf('\n', start) + 1 || text.length))) {
    const previousStart = text.lastIndexOf('\n', start - 2) + 1;
    const previous = text.slice(previousStart, start);
    if (previous.trim() === '') break;
    start = previousStart;
  }
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  while (end < text.length) {
    const nextEnd = text.indexOf('\n', end + 1) === -1 ? text.length : text.indexOf('\n', end + 1);
    const next = text.slice(end + 1, nextEnd);
    if (next.trim() === '' || BLOCK_START.test(next)) break;
    end = nextEnd;
  }
  return { start, end };
}

/** Sentence ends in a block: `.`, `!` or `?` followed by space, with any footnote references right after it kept in the sentence. */
function sentenceAround(text: string, figure: { start: number; end: number }): string {
  const block = blockAround(text, figure.start);
  const body = text.slice(block.start, block.end);
  const ends: number[] = [];
  const END = /[.!?…]+["'”’)\]]*((?:\[\^[^\]\s]+\])*)(?=\s+["'“‘([*_]?[A-Z0-9$€£¥~])/g;
  for (const match of body.matchAll(END)) {
    const dot = match.index;
    const word = /([A-Za-z.]+)$/.exec(body.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
    // U.S., e.g., Inc.: an abbreviation does not end a sentence.
    if (match[0].startsWith('.') && (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word) || /^(?:inc|ltd|co|corp|no|vs|approx|est|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i.test(word))) continue;
    ends.push(match.index + match[0].length);
  }
  const at = figure.start - block.start;
  let from = 0;
  let to = body.length;
  for (const end of ends) {
    if (end <= at) from = end;
    else if (end >= figure.end - block.start) {
      to = end;
      break;
    }
  }
  return body.slice(from, to);
}

/** A footnote reference, a link (inline, reference-style or bare address), or an author-date citation `(Site, 2024)`. */
const CITATION = /\[\^[^\]\s]+\]|\]\([^)\s]+|\]\[[^\]]+\]|<https?:\/\/|https?:\/\/|\([^()]{2,120},\s*(?:\d{4}|n\.d\.)[a-z]?\)/;

/** True when the statistic at [start, end) of the brief has a citation in its sentence. */
export function isSourced(text: string, figure: { start: number; end: number }): boolean {
  return CITATION.test(sentenceAround(text, figure));
}

/** True for a figure standing in a footnote definition (a citation's own text, not a claim). */
function inFootnoteDefinition(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return FOOTNOTE_DEFINITION.test(text.slice(lineStart, offset));
}

export interface CheckOptions {
  /** The indexed figures on the same subject and metric as a brief's figure (the brief itself left out). */
  related: (figure: NoteFigure) => readonly IndexedFigure[];
  unsourced?: boolean;
  disagreement?: boolean;
  /** Disagreeing figures named in a message before "and N more" (default 3). */
  maxNamed?: number;
}

/** `69% here; 62%, IEA 2024; 70%, Rare Earth Exchanges 2025`. */
export function disagreementMessage(figure: NoteFigure, others: readonly IndexedFigure[], maxNamed = 3): string {
  const named = others.slice(0, maxNamed).map((item) => {
    const source = citationSourceOf(item);
    return `${figureText(item)}, ${sourceName(source)} ${sourceYear(source)}`;
  });
  const more = others.length > maxNamed ? `; and ${others.length - maxNamed} more` : '';
  return `Sources disagree: ${figure.raw} here; ${named.join('; ')}${more}`;
}

/** The years a text names (2024; "2020–2023" names each year of the span). */
export function yearsOf(text: string): Set<number> {
  const years = new Set<number>();
  for (const match of text.matchAll(/(?<![0-9])((?:19|20)[0-9]{2})(?:\s*[–-]\s*((?:19|20)[0-9]{2}))?(?![0-9])/g)) {
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    for (let year = first; year <= Math.min(last, first + 50); year++) years.add(year);
  }
  return years;
}

/**
 * Figures about different years are not compared: when the brief's sentence and the other figure
 * (its sentence, or a reference figure's period) both name years, they must share one.
 */
function sameTime(years: ReadonlySet<number>, item: IndexedFigure): boolean {
  if (years.size === 0) return true;
  const other = yearsOf(item.origin === 'reference' ? item.figure.period : item.figure.sentence);
  return other.size === 0 || [...other].some((year) => years.has(year));
}

/** The findings for a brief's text and its figures (figure extraction's answer for that text). */
export function checkBrief(text: string, figures: readonly NoteFigure[], options: CheckOptions): BriefFinding[] {
  const findings: BriefFinding[] = [];
  for (const figure of figures) {
    if (inFootnoteDefinition(text, figure.start)) continue;
    if (options.unsourced !== false && !isSourced(text, figure)) {
      findings.push({ kind: 'unsourced', figure, message: `Unsourced figure: ${figure.raw} has no footnote or link in its sentence.` });
    }
    if (options.disagreement !== false && figure.metric !== undefined) {
      const self: Comparable = { value: figure.value, valueMax: figure.valueMax, unit: figure.unit, approximate: figure.approximate };
      const years = yearsOf(figure.sentence);
      const others = options.related(figure).filter((item) => sameTime(years, item) && compareFigures(self, comparableOf(item)) === 'disagrees');
      if (others.length > 0) findings.push({ kind: 'disagreement', figure, others, message: disagreementMessage(figure, others, options.maxNamed) });
    }
  }
  return findings;
}

/** The index query for figures on the same subject and metric as a figure (as the statistic hover card asks). */
export function relatedQuery(figure: NoteFigure): { metric?: NoteFigure['metric']; element?: string; region?: string; organization?: string } | undefined {
  if (figure.metric === undefined) return undefined;
  const { elements, regions, organizations } = figure.subjects;
  if (elements.length + regions.length + organizations.length === 0) return undefined;
  const query: { metric: NonNullable<NoteFigure['metric']>; element?: string; region?: string; organization?: string } = { metric: figure.metric };
  if (elements.length > 0) query.element = elements[0];
  if (regions.length > 0) query.region = regions[0];
  if (elements.length === 0 && regions.length === 0) query.organization = organizations[0];
  return query;
}
