// The hover card of a statistic: its sentence, the article it comes from, and the figures of other
// notes and of the reference dataset on the same subject and metric, marking those that disagree.
import { figureId } from '../brief/citation';
import { compareFigures, comparableOf, type Comparable } from '../brief/figureAgreement';
import type { IndexedFigure, NoteFigure, NoteProvenance } from '../figures/noteFigure';
import {
  blocks, DEFAULT_MAX_NOTE_FIGURES, formatNumber, indexedFigureLine, moreLine, shortDate, type CardOptions,
} from './cardParts';
import { COPY_FIGURE_COMMAND, escapeMarkdown, markdownLink, showFiguresLink, truncate } from './markdownText';

// Defined beside SHOW_FIGURES_COMMAND, in a module light enough for the activation glue.
export { COPY_FIGURE_COMMAND };

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

function isSameFigure(item: IndexedFigure, figure: NoteFigure, provenance: NoteProvenance): boolean {
  return item.origin === 'note' && item.provenance.notePath === provenance.notePath && item.figure.start === figure.start;
}

/**
 * A link running the copy command for a figure id. The id holds a note path (text from the
 * workspace): it is JSON-encoded and percent-encoded, so nothing of it can end the link or the URI.
 */
export function copyFigureLink(text: string, id: string): string {
  const args = encodeURIComponent(JSON.stringify([{ id }])).replace(/[()'!*~]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeMarkdown(text)}](command:${COPY_FIGURE_COMMAND}?${args})`;
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
  const copy = copyFigureLink('Copy with citation', figureId({ origin: 'note', figure, provenance }));
  const source = `Source: ${sourceParts.filter((part) => part !== undefined).join(' · ')} · ${copy}`;

  if (figure.metric === undefined) {
    return blocks(title, sentence, source, 'Its sentence does not say what the figure measures, so it is not compared with other figures.');
  }

  const others = input.related.filter((item) => !isSameFigure(item, figure, provenance));
  const self: Comparable = { value: figure.value, valueMax: figure.valueMax, unit: figure.unit, approximate: figure.approximate };
  const judged = others.map((item) => ({ item, agreement: compareFigures(self, comparableOf(item)) }));
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
