// The hover card of a region or organization named in a note: how many notes mention it, the key
// reference figures (regions the dataset knows), and its top figures in the user's notes.
import type { ReferenceFigure } from '../data/types';
import type { NoteFigure, NoteProvenance } from '../figures/noteFigure';
import {
  blocks, DEFAULT_MAX_NOTE_FIGURES, DEFAULT_MAX_REFERENCE_FIGURES, formatNumber, keyReferenceFigures, moreLine,
  noteFigureLine, referenceFigureLine, type CardOptions,
} from './cardParts';
import { escapeMarkdown, showFiguresLink } from './markdownText';

export type EntityKind = 'region' | 'organization';

export interface EntityCardInput {
  kind: EntityKind;
  /** The name as the index knows it (canonical region name). Plain text. */
  name: string;
  /** How many notes mention it. */
  noteCount: number;
  /** Its figures in notes, best first; the card shows the first few. */
  noteFigures: readonly { figure: NoteFigure; provenance: NoteProvenance }[];
  noteFigureTotal: number;
  /** The dataset's figures about it (regions only). */
  referenceFigures?: readonly ReferenceFigure[];
}

/** Markdown of the region or organization card. */
export function entityCard(input: EntityCardInput, options: CardOptions = {}): string {
  const maxNotes = options.maxNoteFigures ?? DEFAULT_MAX_NOTE_FIGURES;
  const mentioned = input.noteCount === 1 ? 'mentioned in 1 note' : `mentioned in ${formatNumber(input.noteCount)} notes`;
  const title = `**${escapeMarkdown(input.name)}** · ${input.kind} · ${mentioned}`;

  const key = keyReferenceFigures(input.referenceFigures ?? [], options.maxReferenceFigures ?? DEFAULT_MAX_REFERENCE_FIGURES);
  const reference = key.length > 0 ? `**Reference figures**\n\n${key.map((figure) => referenceFigureLine(figure, options)).join('\n')}` : undefined;

  const shown = input.noteFigures.slice(0, maxNotes);
  const total = Math.max(input.noteFigureTotal, shown.length);
  const heading = `**Top figures in your notes** · ${total === 1 ? '1 figure' : `${formatNumber(total)} figures`}`;
  const notes = shown.length > 0
    ? `${heading}\n\n${shown.map((item) => noteFigureLine(item.figure, item.provenance, options)).join('\n')}`
    : `${heading}\n\nNo figure in your notes is about ${escapeMarkdown(input.name)} yet.`;
  const query = input.kind === 'region' ? { region: input.name } : { organization: input.name };
  const more = moreLine(shown.length, total, showFiguresLink(`Show all ${formatNumber(total)} figures`, query));
  return blocks(title, reference, notes, more);
}
