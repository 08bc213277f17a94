// The hover card of a statistic: its sentence, the article it comes from, and the figures of other
// notes and of the reference dataset on the same subject and metric, marking those that disagree.
import type { ReferenceFigure } from '../data/types';
import type { IndexedFigure, NoteFigure, NoteProvenance } from '../figures/noteFigure';
import {
  blocks, DEFAULT_MAX_NOTE_FIGURES, formatNumber, indexedFigureLine, moreLine, shortDate, type CardOptions,
} from './cardParts';
import { escapeMarkdown, markdownLink, showFiguresLink, truncate } from './markdownText';

export interface StatisticCardInput {
  figure: NoteFigure;
  /** The note the statistic stands in. */
  provenance: NoteProvenance;
  /**
   * Figures on the same subject and metric from other notes and from the dataset (the index's
   * answer), all compared with the hovered one; the hovered figure itself is left out if present.
   */
  related: readonly IndexedFigure[];
  /** How many related figures there are in all, when more than `related` holds (then only those are compared). */
  relatedTotal?: number;
  /** There are more related figures than `related` holds, how many is not known (counting would cost too much). */
  moreRelated?: boolean;
}

export type Agreement = 'agrees' | 'disagrees' | 'incomparable';

interface Comparable {
  value: number;
  valueMax?: number;
  unit?: string;
  approximate: boolean;
  comparison?: '>' | '<';
}

function normalUnit(unit: string | undefined): string | undefined {
  return unit === 't REO' ? 't' : unit;
}

function comparable(item: IndexedFigure): Comparable {
  const { figure } = item;
  return item.origin === 'reference'
    ? { value: figure.value, valueMax: figure.valueMax, unit: figure.unit, approximate: figure.approximate, comparison: (figure as ReferenceFigure).comparison }
    : { value: figure.value, valueMax: figure.valueMax, unit: (figure as NoteFigure).unit, approximate: figure.approximate };
}

/**
 * Whether two figures say the same: compared only in the same unit ('t REO' counts as 't'); ranges
 * and bounds as intervals; they disagree when the intervals are further apart than a tolerance of
 * 1 percentage point for shares (2.5 when either is approximate) and 2% of the value otherwise (5%).
 */
export function compareFigures(a: Comparable, b: Comparable): Agreement {
  if (normalUnit(a.unit) !== normalUnit(b.unit)) return 'incomparable';
  const interval = (x: Comparable): [number, number] =>
    x.comparison === '>' ? [x.value, Infinity] : x.comparison === '<' ? [-Infinity, x.value] : [x.value, x.valueMax ?? x.value];
  const [aLow, aHigh] = interval(a);
  const [bLow, bHigh] = interval(b);
  const gap = Math.max(aLow - bHigh, bLow - aHigh, 0);
  const loose = a.approximate || b.approximate;
  const tolerance = a.unit === '%'
    ? (loose ? 2.5 : 1)
    : (loose ? 0.05 : 0.02) * Math.max(Math.abs(a.value), Math.abs(b.value));
  return gap > tolerance ? 'disagrees' : 'agrees';
}

function isSameFigure(item: IndexedFigure, figure: NoteFigure, provenance: NoteProvenance): boolean {
  return item.origin === 'note' && item.provenance.notePath === provenance.notePath && item.figure.start === figure.start;
}

/** `China · mining share`: the figure's subjects and metric, plain text. */
export function subjectText(figure: NoteFigure): string {
  const { elements, regions, organizations } = figure.subjects;
  return [...elements, ...regions, ...organizations].join(', ');
}

/** Markdown of the statistic card. */
export function statisticCard(input: StatisticCardInput, options: CardOptions = {}): string {
  const { figure, provenance } = input;
  const maxRelated = options.maxNoteFigures ?? DEFAULT_MAX_NOTE_FIGURES;
  const subject = subjectText(figure);
  const title = [`**${escapeMarkdown(figure.raw)}**`, figure.metric, subject].filter((part) => part !== undefined && part !== '')
    .map((part, index) => (index === 0 ? part : escapeMarkdown(part as string))).join(' · ');
  const sentence = `> ${escapeMarkdown(truncate(figure.sentence, 400))}`;

  const sourceParts = [
    provenance.url !== undefined ? markdownLink(truncate(provenance.title, 100), provenance.url, options) : 'this note (not imported from an article)',
    provenance.site !== undefined ? escapeMarkdown(provenance.site) : undefined,
    shortDate(provenance.date) !== undefined ? escapeMarkdown(shortDate(provenance.date) as string) : undefined,
  ];
  const source = `Source: ${sourceParts.filter((part) => part !== undefined).join(' · ')}`;

  if (figure.metric === undefined) {
    return blocks(title, sentence, source, 'Its sentence does not say what the figure measures, so it is not compared with other figures.');
  }

  const others = input.related.filter((item) => !isSameFigure(item, figure, provenance));
  const self: Comparable = { value: figure.value, valueMax: figure.valueMax, unit: figure.unit, approximate: figure.approximate };
  const judged = others.map((item) => ({ item, agreement: compareFigures(self, comparable(item)) }));
  // Disagreements first, the index's order otherwise.
  const ordered = [...judged.filter((entry) => entry.agreement === 'disagrees'), ...judged.filter((entry) => entry.agreement !== 'disagrees')];
  const shown = ordered.slice(0, maxRelated);
  const uncounted = input.moreRelated === true && input.relatedTotal === undefined;
  const total = Math.max(input.relatedTotal ?? others.length, others.length);
  const disagreeing = judged.filter((entry) => entry.agreement === 'disagrees').length;
  const about = [subject, figure.metric].filter((part) => part !== '').join(' · ');
  const count = uncounted
    ? `more than ${formatNumber(others.length)} other figures`
    : total === 1 ? '1 other figure' : `${formatNumber(total)} other figures`;
  const partial = uncounted || total > others.length;
  const summary = total === 0 && !uncounted
    ? 'no other figure yet'
    : `${count}${disagreeing > 0
      ? `, ${formatNumber(disagreeing)}${partial ? ` of the ${formatNumber(others.length)} compared` : ''} ${disagreeing === 1 ? 'disagrees' : 'disagree'}`
      : ''}`;
  const heading = `**Same subject and metric** · ${escapeMarkdown(about)} · ${summary}`;
  const list = shown.map(({ item, agreement }) => indexedFigureLine(item, options, agreement === 'disagrees' ? '⚠ differs: ' : '')).join('\n');
  const query = {
    element: figure.subjects.elements[0],
    region: figure.subjects.regions[0],
    organization: figure.subjects.elements.length === 0 && figure.subjects.regions.length === 0 ? figure.subjects.organizations[0] : undefined,
    metric: figure.metric,
  };
  const more = uncounted
    ? `…and more · ${showFiguresLink('Show all figures', query)}`
    : moreLine(shown.length, total, showFiguresLink(`Show all ${formatNumber(total)} figures`, query));
  return blocks(title, sentence, source, list === '' ? heading : `${heading}\n\n${list}`, more);
}
