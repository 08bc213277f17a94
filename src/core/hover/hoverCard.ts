// From what is under the cursor to the card's Markdown: asks the notes index and the reference
// dataset, then hands plain answers to the card functions. Pure: the editor glue
// (src/hover/hoverProvider.ts) and the benchmark both call it.
import { elementBySymbol, referenceFiguresFor, regionByName } from '../data/referenceData';
import type { Metric } from '../data/types';
import type { FigureMetric, IndexedFigure, NoteFigure, NoteProvenance } from '../figures/noteFigure';
import { organizationKey, type NotesIndex } from '../index/notesIndex';
import { DEFAULT_MAX_NOTE_FIGURES, type CardOptions } from './cardParts';
import { elementCard } from './elementCard';
import { entityCard } from './entityCard';
import type { EntityLookup, HoverTarget } from './hoverTarget';
import { escapeMarkdown } from './markdownText';
import { statisticCard } from './statisticCard';

/**
 * How many figures of other notes a statistic is compared with beyond those the card lists. Each
 * one more makes the index walk further through notes matching a rarer combination of criteria.
 */
export const COMPARED_EXTRA = 0;

interface KnownEntity {
  kind: 'region' | 'organization';
  name: string;
  notes: number;
}

/**
 * The region and organization names the index knows, as a lookup for hoverTarget; rebuilt only when
 * the index has changed since the last call. Regions are found by any alias the dataset knows
 * ('U.S.'), organizations with or without a legal form ('Lynas Rare Earths Ltd').
 */
export class EntityNames {
  private version = -1;
  private regions = new Map<string, KnownEntity>();
  private organizations = new Map<string, KnownEntity>();

  constructor(private readonly notes: NotesIndex) {}

  /** The entity a name as written stands for, with how many notes mention it. */
  find(name: string): KnownEntity | undefined {
    this.refresh();
    const region = this.regions.get((regionByName(name)?.name ?? name).toLowerCase());
    if (region) return region;
    const key = organizationKey(name);
    return key === '' ? undefined : this.organizations.get(key);
  }

  /** `find` as a hoverTarget lookup. */
  readonly lookup: EntityLookup = (name) => this.find(name);

  private refresh(): void {
    if (this.version === this.notes.version) return;
    this.version = this.notes.version;
    this.regions = new Map(this.notes.entities('region').map((entity) =>
      [entity.name.toLowerCase(), { kind: 'region', name: entity.name, notes: entity.notes }]));
    this.organizations = new Map(this.notes.entities('organization').map((entity) =>
      [organizationKey(entity.name), { kind: 'organization', name: entity.name, notes: entity.notes }]));
  }
}

export interface CardContext {
  /** The hovered note's path in the index, when it is a workspace file. */
  notePath?: string;
  /** Offsets in the note's text of the cursor and of the hovered text's start. */
  offset: number;
  targetOffset: number;
  entities: EntityNames;
}

type NoteItem = { figure: NoteFigure; provenance: NoteProvenance };

function noteItems(figures: readonly IndexedFigure[]): NoteItem[] {
  return figures.flatMap((item) => (item.origin === 'note' ? [{ figure: item.figure, provenance: item.provenance }] : []));
}

/** The card's Markdown for a hover target, or undefined when there is nothing to say. */
export function buildHoverCard(notes: NotesIndex, target: HoverTarget, context: CardContext, options: CardOptions = {}): string | undefined {
  const max = options.maxNoteFigures ?? DEFAULT_MAX_NOTE_FIGURES;
  switch (target.kind) {
    case 'element': {
      const element = elementBySymbol(target.symbol);
      if (!element) return undefined;
      const query = { element: element.symbol };
      return elementCard({
        element,
        referenceFigures: referenceFiguresFor(query),
        noteFigures: noteItems(notes.figures(query, { includeReference: false, limit: max })),
        noteFigureTotal: notes.countFigures(query),
        ...(target.compound ? { compound: target.text } : {}),
      }, options);
    }
    case 'statistic':
      return statisticHover(notes, target.text, context, options);
    case 'region':
    case 'organization': {
      const known = context.entities.find(target.name);
      const query = target.kind === 'region' ? { region: target.name } : { organization: target.name };
      return entityCard({
        kind: target.kind,
        name: target.name,
        noteCount: known?.notes ?? notes.notesMentioning(target.kind, target.name).length,
        noteFigures: noteItems(notes.figures(query, { includeReference: false, limit: max })),
        noteFigureTotal: notes.countFigures(query),
        ...(target.kind === 'region' ? { referenceFigures: referenceFiguresFor({ region: target.name }) } : {}),
      }, options);
    }
  }
}

function statisticHover(notes: NotesIndex, text: string, context: CardContext, options: CardOptions): string {
  const { notePath } = context;
  const figure = notePath === undefined ? undefined : notes.figureAt(notePath, context.offset) ?? notes.figureAt(notePath, context.targetOffset);
  const provenance = notePath === undefined ? undefined : notes.provenanceOf(notePath);
  if (figure === undefined || provenance === undefined) {
    return `**${escapeMarkdown(text)}**\n\nNot in the notes index (yet): its source and other figures show once the note is indexed.`;
  }
  if (figure.metric === undefined) return statisticCard({ figure, provenance, related: [] }, options);
  const { elements, regions, organizations } = figure.subjects;
  const query: { metric: FigureMetric; element?: string; region?: string; organization?: string } = { metric: figure.metric };
  if (elements.length > 0) query.element = elements[0];
  if (regions.length > 0) query.region = regions[0];
  if (elements.length === 0 && regions.length === 0 && organizations.length > 0) query.organization = organizations[0];
  const hasSubject = elements.length + regions.length + organizations.length > 0;
  // Not counted: counting would scan every note matching the least common criterion.
  const wanted = (options.maxNoteFigures ?? DEFAULT_MAX_NOTE_FIGURES) + COMPARED_EXTRA;
  // +2: the hovered figure may be among them, and one more tells that there are more.
  let noteFigures = notes.figures(query, { includeReference: false, limit: wanted + 2 })
    .filter((item) => !(item.origin === 'note' && item.provenance.notePath === notePath && item.figure.start === figure.start));
  if (!hasSubject) {
    // "The same subject" for a figure about no element, region or organization: others about none either.
    noteFigures = noteFigures.filter((item) => item.origin === 'note'
      && item.figure.subjects.elements.length + item.figure.subjects.regions.length + item.figure.subjects.organizations.length === 0);
  }
  const moreRelated = noteFigures.length > wanted;
  noteFigures = noteFigures.slice(0, wanted);
  // The dataset's figures on the same element or region and metric (none for other metrics: none match).
  const reference: IndexedFigure[] = query.element !== undefined || query.region !== undefined
    ? referenceFiguresFor({ element: query.element, region: query.region, metric: figure.metric as Metric })
      .map((item): IndexedFigure => ({ origin: 'reference', figure: item }))
    : [];
  // The reference figures are few and carry the dataset's sources: before the notes' (the card
  // still puts every disagreement first).
  const related = [...reference, ...noteFigures];
  return statisticCard(moreRelated ? { figure, provenance, related, moreRelated } : { figure, provenance, related }, options);
}
