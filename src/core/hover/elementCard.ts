// The hover card of an element name or symbol: identity and class with their source, primary uses,
// the key reference figures with their sources, then the figures of the user's notes that mention it.
import type { ElementGroup, RareEarthElement, ReferenceFigure } from '../data/types';
import type { NoteFigure, NoteProvenance } from '../figures/noteFigure';
import {
  blocks, DEFAULT_MAX_NOTE_FIGURES, DEFAULT_MAX_REFERENCE_FIGURES, formatNumber, keyReferenceFigures, moreLine,
  noteFigureLine, referenceFigureLine, type CardOptions,
} from './cardParts';
import { escapeMarkdown, markdownLink, showFiguresLink } from './markdownText';

export interface ElementCardInput {
  element: RareEarthElement;
  /** The reference dataset's figures about the element (referenceFiguresFor({ element })). */
  referenceFigures: readonly ReferenceFigure[];
  /** Figures of notes that mention the element, best first; the card shows the first few. */
  noteFigures: readonly { figure: NoteFigure; provenance: NoteProvenance }[];
  /** How many note figures mention the element in all. */
  noteFigureTotal: number;
  /** The compound or formula hovered, when it was one (`NdFeB`). Plain text. */
  compound?: string;
}

const GROUP_TEXT: Record<ElementGroup, string> = {
  light: 'light rare earth',
  heavy: 'heavy rare earth',
  neither: 'neither light nor heavy',
};

/** Markdown of the element card. */
export function elementCard(input: ElementCardInput, options: CardOptions = {}): string {
  const { element } = input;
  const maxNotes = options.maxNoteFigures ?? DEFAULT_MAX_NOTE_FIGURES;
  const classes = element.classifications.map((classification) =>
    `${GROUP_TEXT[classification.group]} (${markdownLink(classification.authority, classification.source.url, options)})`);
  const title = [`**${escapeMarkdown(`${element.name} (${element.symbol})`)}**`, escapeMarkdown(String(element.atomicNumber)), ...classes].join(' · ');

  const compound = input.compound !== undefined && input.compound !== element.symbol && input.compound.toLowerCase() !== element.name.toLowerCase()
    ? `In ${escapeMarkdown(input.compound)}.`
    : undefined;

  const uses = element.primaryUses.length > 0
    ? `Primary uses: ${element.primaryUses.map((use) => `${escapeMarkdown(use.use)} (${markdownLink(use.source.publisher, use.source.url, options)})`).join('; ')}`
    : undefined;

  const key = keyReferenceFigures(input.referenceFigures, options.maxReferenceFigures ?? DEFAULT_MAX_REFERENCE_FIGURES);
  const reference = key.length > 0 ? `**Reference figures**\n\n${key.map((figure) => referenceFigureLine(figure, options)).join('\n')}` : undefined;

  const shown = input.noteFigures.slice(0, maxNotes);
  const total = Math.max(input.noteFigureTotal, shown.length);
  const heading = `**In your notes** · ${total === 1 ? '1 figure' : `${formatNumber(total)} figures`}`;
  const notes = shown.length > 0
    ? `${heading}\n\n${shown.map((item) => noteFigureLine(item.figure, item.provenance, options)).join('\n')}`
    : `${heading}\n\nNo figure in your notes mentions ${escapeMarkdown(element.name.toLowerCase())} yet.`;
  const more = moreLine(shown.length, total, showFiguresLink(`Show all ${formatNumber(total)} figures`, { element: element.symbol }));

  return blocks(title, compound, uses, reference, notes, more);
}
