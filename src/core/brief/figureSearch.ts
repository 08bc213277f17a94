// Finding figures by what a writer types: `dy price`, `china mining`, `lynas 10,500`. Every token
// must match some field of a figure (element names and symbols, regions with their aliases,
// organizations, metric words, the value as written, the source, a note figure's sentence);
// figures matching on their subject and metric rank above those matching only on their source or sentence.
import { elementBySymbolOrName, regionByName } from '../data/referenceData';
import type { IndexedFigure } from '../figures/noteFigure';
import { citationSourceOf, figureText } from './citation';

/** Words that name a metric besides the metric's own words. */
const METRIC_WORDS: Record<string, readonly string[]> = {
  'mine production': ['mining', 'mined', 'output'],
  'mining share': ['mine', 'mined', 'share'],
  'refining share': ['refined', 'processing', 'separation'],
  'processing share': ['refining', 'separation'],
  'supply share': ['market', 'supply'],
  'magnet demand': ['magnets', 'demand'],
  'import reliance': ['imports', 'dependence'],
  'import sources': ['imports'],
  'production value': ['value'],
  price: ['prices', 'cost', 'oxide'],
  reserves: ['reserve', 'deposits'],
  investment: ['funding', 'loan', 'grant', 'capex'],
};

interface Field {
  weight: number;
  words: readonly string[];
}

const WEIGHTS = { subject: 10, metric: 6, value: 5, source: 2, sentence: 1 };

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}.%$€£¥/'’-]+/u).map((word) => word.replace(/^[.'’-]+|[.'’-]+$/g, '')).filter((word) => word !== '');
}

function elementWords(symbols: readonly string[]): string[] {
  return symbols.flatMap((symbol) => {
    const element = elementBySymbolOrName(symbol);
    return element ? [element.symbol.toLowerCase(), element.name.toLowerCase()] : [symbol.toLowerCase()];
  });
}

function regionWords(regions: readonly string[]): string[] {
  return regions.flatMap((name) => {
    const region = regionByName(name);
    return words([name, ...(region ? [region.name, ...region.aliases] : [])].join(' '));
  });
}

function metricWords(metric: string | undefined): string[] {
  return metric === undefined ? [] : [...words(metric), ...(METRIC_WORDS[metric] ?? [])];
}

/** Fields by figure object: the index keeps a figure's object until its note changes, so completion re-reads no text per keystroke. */
const fieldCache = new WeakMap<object, Field[]>();

function fieldsOf(item: IndexedFigure): Field[] {
  let fields = fieldCache.get(item.figure);
  if (fields === undefined) {
    fields = computeFields(item);
    fieldCache.set(item.figure, fields);
  }
  return fields;
}

function computeFields(item: IndexedFigure): Field[] {
  const source = citationSourceOf(item);
  const sourceWords = words([source.title, source.site ?? '', source.date ?? ''].join(' '));
  if (item.origin === 'reference') {
    const { figure } = item;
    return [
      { weight: WEIGHTS.subject, words: [...elementWords(figure.subject.elements), ...regionWords(figure.subject.regions), ...words(figure.subject.organizations.join(' ')), ...words(figure.subject.product ?? '')] },
      { weight: WEIGHTS.metric, words: [...metricWords(figure.metric), ...words(figure.label)] },
      { weight: WEIGHTS.value, words: valueWords(figureText(item)) },
      { weight: WEIGHTS.source, words: [...sourceWords, 'reference', figure.period] },
    ];
  }
  const { figure } = item;
  return [
    { weight: WEIGHTS.subject, words: [...elementWords(figure.subjects.elements), ...regionWords(figure.subjects.regions), ...words(figure.subjects.organizations.join(' '))] },
    { weight: WEIGHTS.metric, words: metricWords(figure.metric) },
    { weight: WEIGHTS.value, words: valueWords(figure.raw) },
    { weight: WEIGHTS.source, words: sourceWords },
    { weight: WEIGHTS.sentence, words: words(figure.sentence) },
  ];
}

/** `US$230/kg` → its words and its digits alone (`230`), so `230` and `$230` both find it. */
function valueWords(raw: string): string[] {
  const lower = raw.toLowerCase();
  const digits = lower.match(/[0-9][0-9,.]*/g) ?? [];
  return [lower.replace(/\s+/g, ' '), ...words(lower), ...digits, ...digits.map((d) => d.replace(/,/g, ''))];
}

/** The query's tokens: lower case, split on spaces. */
export function queryTokens(query: string): string[] {
  return query.toLowerCase().split(/\s+/).map((token) => token.replace(/^[@(]+|[),;:]+$/g, '')).filter((token) => token !== '');
}

/** How well one token matches a field: 2 for a whole word, 1 for a word prefix, 0 for none. */
function tokenMatch(token: string, field: Field): number {
  let best = 0;
  for (const word of field.words) {
    if (word === token) return 2;
    if (word.startsWith(token)) best = 1;
  }
  return best;
}

/** The figure's score for the tokens, or 0 when some token matches nothing. An empty query scores 1. */
export function scoreFigure(item: IndexedFigure, tokens: readonly string[]): number {
  if (tokens.length === 0) return 1;
  const fields = fieldsOf(item);
  let score = 0;
  for (const token of tokens) {
    let best = 0;
    for (const field of fields) best = Math.max(best, tokenMatch(token, field) * field.weight);
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/** The figures matching every token, best first (ties keep the given order: newest notes first, then reference data). */
export function searchFigures(items: readonly IndexedFigure[], query: string, limit = Infinity): IndexedFigure[] {
  const tokens = queryTokens(query);
  const scored: { item: IndexedFigure; score: number; order: number }[] = [];
  items.forEach((item, order) => {
    const score = scoreFigure(item, tokens);
    if (score > 0) scored.push({ item, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, limit).map((entry) => entry.item);
}

/** Figures with the same subject and value as a brief's figure come first (the "Cite a source…" quick fix). */
export function rankForFigure(items: readonly IndexedFigure[], figure: { value: number; valueMax?: number; unit?: string }): IndexedFigure[] {
  return [...items.filter((item) => hasSameValue(item, figure)), ...items.filter((item) => !hasSameValue(item, figure))];
}

/** The same value, range and unit ('t REO' counting as 't'). */
export function hasSameValue(item: IndexedFigure, figure: { value: number; valueMax?: number; unit?: string }): boolean {
  return item.figure.value === figure.value && item.figure.valueMax === figure.valueMax
    && (item.figure.unit === 't REO' ? 't' : item.figure.unit) === figure.unit;
}
