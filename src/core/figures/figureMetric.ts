// What a statistic measures, from the words of its sentence: "69% of global mining" is a mining
// share, "25,900 patents" a patent count, "$260/kg" a price.
import type { FigureMetric } from './noteFigure';

/** A metric word found in a block of prose. */
export interface MetricKeyword {
  start: number;
  end: number;
  kind: KeywordKind;
}

type KeywordKind =
  | 'mining' | 'refining' | 'processing' | 'patents' | 'reserves' | 'price' | 'import reliance' | 'imports' | 'exports'
  | 'demand' | 'capacity' | 'magnets' | 'production' | 'supply' | 'cost' | 'value';

/** Keyword kinds in the order their words are tried (longer phrases before their parts). */
const KEYWORDS: readonly [KeywordKind, string][] = [
  ['import reliance', '(?:net[- ])?import (?:reliance|dependence|dependency)|(?:reliance|dependence|reliant|dependent) on imports|import[- ]reliant|import[- ]dependent'],
  ['mining', 'mine (?:output|production|supply)|mining|mined|mines?|extraction|extracted|ore output'],
  ['refining', 'refin(?:ing|ed|ery|eries|es|e)|separation|separat(?:ed|es|ing|ors?)|smelting|smelted'],
  ['processing', 'process(?:ing|ed|es|ors?)'],
  ['patents', 'patents?|patent applications?|patent filings?'],
  ['reserves', 'reserves?|deposits?|resources'],
  ['price', 'prices?|priced|pricing|per kilogram|per kg|per tonne|per ton|per pound'],
  ['cost', 'costs?|costing'],
  ['imports', 'imports?|imported|importing|importer'],
  ['exports', 'exports?|exported|exporting|exporter|shipments?'],
  ['demand', 'demand|consumption|consumed|consumes?'],
  ['capacity', 'capacity|capacities|nameplate'],
  ['magnets', 'magnets?|NdFeB|permanent magnets?'],
  ['production', 'produc(?:e|es|ed|ing|tion|er|ers)|output|manufactur(?:e|es|ed|ing)|makes?|made'],
  ['supply', 'supply|supplies|supplied|market share|share of (?:the )?(?:global|world)'],
  ['value', 'investments?|invest(?:s|ed|ing)?|funding|funded|loans?|grants?|awarded|financing|capex|capital expenditure'],
];

const KEYWORD_SOURCE = KEYWORDS.map(([, source]) => `(${source})`).join('|');
/** One pass over a block finds every metric word; the capture group tells which kind. */
const KEYWORD_RE = new RegExp(`(?<![A-Za-z])(?:${KEYWORD_SOURCE})(?![A-Za-z])`, 'gi');

export function findMetricKeywords(text: string): MetricKeyword[] {
  const found: MetricKeyword[] = [];
  KEYWORD_RE.lastIndex = 0;
  for (let match = KEYWORD_RE.exec(text); match; match = KEYWORD_RE.exec(text)) {
    let group = 1;
    while (match[group] === undefined) group++;
    found.push({ start: match.index, end: match.index + match[0].length, kind: KEYWORDS[group - 1][0] });
  }
  return found;
}

/** The metric a keyword names, given the figure's unit. */
export function metricOf(kind: KeywordKind, unit: string | undefined, sentenceHasMagnets: boolean): FigureMetric | undefined {
  const share = unit === '%';
  const money = unit !== undefined && /^[A-Z]{3}(?:\/|$)/.test(unit);
  switch (kind) {
    case 'mining': return share ? 'mining share' : money ? undefined : 'mine production';
    case 'refining': return share ? 'refining share' : money ? undefined : 'production';
    case 'processing': return share ? 'processing share' : money ? undefined : 'production';
    case 'patents': return 'patents';
    case 'reserves': return 'reserves';
    case 'price': return 'price';
    case 'cost': return money && !unit.includes('/') ? 'investment' : 'price';
    case 'import reliance': return 'import reliance';
    case 'imports': return share ? 'import sources' : 'imports';
    case 'exports': return 'exports';
    case 'demand': return sentenceHasMagnets ? 'magnet demand' : 'demand';
    case 'capacity': return 'capacity';
    case 'magnets': return 'magnets';
    case 'production': return share ? 'supply share' : money ? 'production value' : 'production';
    case 'supply': return share ? 'supply share' : 'production';
    case 'value': return money ? 'investment' : undefined;
  }
}

/** Characters that end a clause for the purpose of finding a figure's own metric word. */
const CLAUSE_BREAK = /[;:,—]|\b(?:while|whereas|but|although|though)\b/g;

/**
 * The metric of the figure at [start, end) of a sentence, given the sentence's metric words: the
 * first metric word after it in its clause (before the next figure), else the nearest before it in
 * its clause (after the previous figure), else the nearest in the sentence; a price unit with no
 * word is a price. "Magnets" names what is counted, so any other metric word in the same span comes
 * first. Loops rather than filtered copies: this runs for every figure of every note.
 */
export function chooseMetric(
  sentence: string,
  keywords: readonly MetricKeyword[],
  figure: { start: number; end: number; unit?: string },
  neighbours: { previousFigureEnd: number; nextFigureStart: number },
): FigureMetric | undefined {
  const unit = figure.unit;
  let hasMagnets = false;
  for (const k of keywords) if (k.kind === 'magnets') hasMagnets = true;

  // Clause after the figure.
  const clauseEnd = Math.min(neighbours.nextFigureStart, clauseBreakAfter(sentence, figure.end, sentence.length));
  let after: MetricKeyword | undefined;
  for (const k of keywords) {
    if (k.start < figure.end || k.end > clauseEnd || metricOf(k.kind, unit, hasMagnets) === undefined) continue;
    if (k.kind !== 'magnets') {
      after = k;
      break;
    }
    after ??= k;
  }
  if (after) return metricOf(after.kind, unit, hasMagnets);

  if (unit && /^[A-Z]{3}\/(?:kg|t|lb|oz)$/.test(unit)) return 'price';

  // Clause before the figure: the last word in it.
  const clauseStart = Math.max(neighbours.previousFigureEnd, clauseBreakBefore(sentence, figure.start, 0));
  let before: MetricKeyword | undefined;
  let beforeMagnets: MetricKeyword | undefined;
  for (const k of keywords) {
    if (k.end > figure.start || k.start < clauseStart || metricOf(k.kind, unit, hasMagnets) === undefined) continue;
    if (k.kind === 'magnets') beforeMagnets = k;
    else before = k;
  }
  before ??= beforeMagnets;
  if (before) return metricOf(before.kind, unit, hasMagnets);

  // Anywhere in the sentence, nearest first.
  let best: MetricKeyword | undefined;
  let bestDistance = Infinity;
  for (const k of keywords) {
    if (metricOf(k.kind, unit, hasMagnets) === undefined) continue;
    const distance = k.start >= figure.end ? k.start - figure.end : figure.start - k.end;
    if (distance < bestDistance) {
      best = k;
      bestDistance = distance;
    }
  }
  return best ? metricOf(best.kind, unit, hasMagnets) : undefined;
}

function clauseBreakAfter(text: string, from: number, limit: number): number {
  CLAUSE_BREAK.lastIndex = from;
  const match = CLAUSE_BREAK.exec(text);
  return match && match.index < limit ? match.index : limit;
}

function clauseBreakBefore(text: string, to: number, limit: number): number {
  let last = limit;
  CLAUSE_BREAK.lastIndex = limit;
  for (let match = CLAUSE_BREAK.exec(text); match && match.index < to; match = CLAUSE_BREAK.exec(text)) last = match.index + match[0].length;
  return last;
}
