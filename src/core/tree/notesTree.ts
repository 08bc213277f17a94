// The notes tree as data: groups (Regions, Organizations, Topics, Elements, Unsorted), the entities
// of each group with their note counts, and the notes under each entity. Pure: read from a
// NotesIndex; the editor glue (src/tree/notesTreeProvider.ts) turns these nodes into tree items.
//
// Everything the tree shows of the whole workspace (counts per entity, the Unsorted notes, what a
// filter keeps) comes from the index's counts and one pass over the notes, cached until the index
// changes; an entity's notes come from the index's posting for it, so opening one entity never
// visits the others.
import { elementBySymbolOrName } from '../data/referenceData';
import type { NoteProvenance } from '../figures/noteFigure';
import type { EntityKind, NotesIndex } from '../index/notesIndex';

export type GroupKind = EntityKind | 'unsorted';
export type NoteSort = 'date' | 'title';

/** The entity groups in their default order; Unsorted always comes last. */
export const ENTITY_GROUPS: readonly EntityKind[] = ['region', 'organization', 'topic', 'element'];

export const GROUP_LABELS: Readonly<Record<GroupKind, string>> = {
  region: 'Regions',
  organization: 'Organizations',
  topic: 'Topics',
  element: 'Elements',
  unsorted: 'Unsorted',
};

export interface TreeSettings {
  /** The group shown first. */
  firstGroup: EntityKind;
  sort: NoteSort;
  /** Text searched (case-insensitively) in note titles and entity names; '' for none. */
  filter: string;
}

export const DEFAULT_SETTINGS: TreeSettings = { firstGroup: 'region', sort: 'date', filter: '' };

export interface GroupNode {
  type: 'group';
  id: string;
  group: GroupKind;
  label: string;
  /** Entities in the group (notes, for Unsorted), as far as the filter keeps them. */
  count: number;
}

export interface EntityNode {
  type: 'entity';
  id: string;
  kind: EntityKind;
  /** The canonical name ('United States', 'Dy'), as the index and the figures command take it. */
  name: string;
  /** What the tree shows: 'Dysprosium (Dy)' for an element, else the name. */
  label: string;
  /** Notes under it, as far as the filter keeps them. */
  count: number;
}

export interface NoteNode {
  type: 'note';
  /** Unique in the tree: the same note stands under each entity it mentions. */
  id: string;
  parentId: string;
  note: NoteProvenance;
}

export type TreeNode = GroupNode | EntityNode | NoteNode;

export interface NotesTreeOptions {
  /** Which indexed notes the tree shows (the notes folders); all when left out. */
  inScope?: (notePath: string) => boolean;
}

export const groupId = (group: GroupKind): string => `group:${group}`;
/** Entity ids are case-insensitive like the index's keys, so a renamed spelling keeps expansion. */
export const entityId = (kind: EntityKind, name: string): string => `${kind}:${name.toLowerCase()}`;
export const noteId = (parentId: string, notePath: string): string => `${parentId}/${notePath}`;

/** The label of an entity: elements by name and symbol, the rest by name. */
export function entityLabel(kind: EntityKind, name: string): string {
  if (kind !== 'element') return name;
  const element = elementBySymbolOrName(name);
  return element ? `${element.name} (${element.symbol})` : name;
}

/** A note with a front matter error goes under Unsorted, whatever else it mentions. */
const isUnsorted = (note: NoteProvenance, mentionCount: number) => mentionCount === 0 || note.frontMatterError !== undefined;

const titleCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** By title (case- and accent-insensitive), then newest first. */
function compareTitles(a: NoteProvenance, b: NoteProvenance): number {
  return titleCollator.compare(a.title, b.title) || compareDates(a, b);
}

/** Newest first, undated last, then by path (the index's own order). */
function compareDates(a: NoteProvenance, b: NoteProvenance): number {
  const dateA = a.date ?? '';
  const dateB = b.date ?? '';
  if (dateA !== dateB) return dateA > dateB ? -1 : 1;
  return a.notePath < b.notePath ? -1 : a.notePath > b.notePath ? 1 : 0;
}

/** Per kind, each entity's count of notes in scope; and the Unsorted notes (newest first). */
interface Summary {
  counts: Record<EntityKind, Map<string, number>>;
  unsorted: NoteProvenance[];
  /** How many notes are in scope. */
  notes: number;
}

/** What a filter keeps: per kind, the entities shown and how many notes each shows. */
interface FilterResult {
  counts: Record<EntityKind, Map<string, number>>;
  /** Entities whose own name matches: all their notes are shown. */
  nameMatches: Record<EntityKind, Set<string>>;
  unsorted: NoteProvenance[];
}

const emptyCounts = (): Record<EntityKind, Map<string, number>> => ({ region: new Map(), organization: new Map(), topic: new Map(), element: new Map() });

export class NotesTreeModel {
  private readonly inScope: (notePath: string) => boolean;
  private summaryCache: { version: number; summary: Summary } | undefined;
  private filterCache: { version: number; filter: string; result: FilterResult } | undefined;

  constructor(private readonly index: NotesIndex, options: NotesTreeOptions = {}) {
    this.inScope = options.inScope ?? (() => true);
  }

  /** How many notes the tree holds (before any filter). */
  noteCount(): number {
    return this.summary().notes;
  }

  /** The top-level groups: the chosen one first, the others in their order, Unsorted last. Empty groups are left out while filtering. */
  groups(settings: TreeSettings): GroupNode[] {
    const filter = normalizeFilter(settings.filter);
    const order: GroupKind[] = [settings.firstGroup, ...ENTITY_GROUPS.filter((kind) => kind !== settings.firstGroup), 'unsorted'];
    const summary = this.summary();
    const filtered = filter === '' ? undefined : this.filtered(filter);
    const nodes: GroupNode[] = [];
    for (const group of order) {
      const count = group === 'unsorted'
        ? (filtered ?? summary).unsorted.length
        : (filtered ?? summary).counts[group].size;
      if (filtered && count === 0) continue;
      nodes.push({ type: 'group', id: groupId(group), group, label: GROUP_LABELS[group], count });
    }
    return nodes;
  }

  /** The children of a node: a group's entities (most notes first) or notes, an entity's notes. */
  children(node: TreeNode | undefined, settings: TreeSettings): TreeNode[] {
    if (node === undefined) return this.groups(settings);
    if (node.type === 'group') return node.group === 'unsorted' ? this.unsortedNotes(settings) : this.entities(node.group, settings);
    if (node.type === 'entity') return this.entityNotes(node.kind, node.name, settings);
    return [];
  }

  /** The entities of a kind, most notes first, then by label. */
  entities(kind: EntityKind, settings: TreeSettings): EntityNode[] {
    const filter = normalizeFilter(settings.filter);
    const counts = filter === '' ? this.summary().counts[kind] : this.filtered(filter).counts[kind];
    const nodes: EntityNode[] = [];
    for (const [name, count] of counts) nodes.push({ type: 'entity', id: entityId(kind, name), kind, name, label: entityLabel(kind, name), count });
    return nodes.sort((a, b) => b.count - a.count || titleCollator.compare(a.label, b.label));
  }

  /** The notes under an entity, sorted as the settings say, as far as the filter keeps them. */
  entityNotes(kind: EntityKind, name: string, settings: TreeSettings): NoteNode[] {
    const filter = normalizeFilter(settings.filter);
    const keepAll = filter === '' || this.filtered(filter).nameMatches[kind].has(name);
    // The index hands them newest first: sorting by date needs no sort.
    let notes = settings.sort === 'date' ? this.index.notesMentioning(kind, name) : this.index.notesOfEntity(kind, name);
    notes = notes.filter((note) => this.inScope(note.notePath) && (keepAll || titleMatches(note, filter)));
    if (settings.sort === 'title') notes.sort(compareTitles);
    const parentId = entityId(kind, name);
    return notes.map((note) => ({ type: 'note', id: noteId(parentId, note.notePath), parentId, note }));
  }

  /** Notes that mention no entity, or whose front matter could not be read. */
  unsortedNotes(settings: TreeSettings): NoteNode[] {
    const filter = normalizeFilter(settings.filter);
    const notes = [...(filter === '' ? this.summary().unsorted : this.filtered(filter).unsorted)];
    if (settings.sort === 'title') notes.sort(compareTitles);
    const parentId = groupId('unsorted');
    return notes.map((note) => ({ type: 'note', id: noteId(parentId, note.notePath), parentId, note }));
  }

  /**
   * Where a note stands in the tree: the ids of the entities (and of Unsorted) it is under. The
   * glue compares this before and after a change to refresh only those branches.
   */
  placesOf(notePath: string): string[] {
    const note = this.index.provenanceOf(notePath);
    const mentions = this.index.mentionsOf(notePath);
    if (!note || !mentions || !this.inScope(notePath)) return [];
    const places: string[] = [];
    for (const kind of ENTITY_GROUPS) for (const name of mentions[kind]) places.push(entityId(kind, name));
    if (isUnsorted(note, places.length)) places.push(groupId('unsorted'));
    return places;
  }

  /**
   * Starts from the index's own counts and takes off the notes out of scope (usually a few, like a
   * README), so a summary after a change costs a walk over note paths, not over their mentions.
   */
  private summary(): Summary {
    if (this.summaryCache?.version === this.index.version) return this.summaryCache.summary;
    const counts = emptyCounts();
    for (const kind of ENTITY_GROUPS) for (const entity of this.index.entities(kind)) counts[kind].set(entity.name, entity.notes);
    const unsorted: NoteProvenance[] = [];
    let notes = 0;
    for (const note of this.index.allNotes()) {
      if (!this.inScope(note.notePath)) {
        const mentions = this.index.mentionsOf(note.notePath)!;
        for (const kind of ENTITY_GROUPS) {
          for (const name of mentions[kind]) {
            const left = counts[kind].get(name)! - 1;
            if (left > 0) counts[kind].set(name, left);
            else counts[kind].delete(name);
          }
        }
        continue;
      }
      notes++;
      if (isUnsorted(note, this.index.mentionCount(note.notePath))) unsorted.push(note);
    }
    const summary = { counts, unsorted, notes };
    this.summaryCache = { version: this.index.version, summary };
    return summary;
  }

  private filtered(filter: string): FilterResult {
    const cached = this.filterCache;
    if (cached?.version === this.index.version && cached.filter === filter) return cached.result;
    const summary = this.summary();
    const counts = emptyCounts();
    const nameMatches: FilterResult['nameMatches'] = { region: new Set(), organization: new Set(), topic: new Set(), element: new Set() };
    for (const kind of ENTITY_GROUPS) {
      for (const [name, count] of summary.counts[kind]) {
        if (!entityLabel(kind, name).toLowerCase().includes(filter)) continue;
        nameMatches[kind].add(name);
        counts[kind].set(name, count);
      }
    }
    for (const note of this.index.allNotes()) {
      if (!this.inScope(note.notePath) || !titleMatches(note, filter)) continue;
      const mentions = this.index.mentionsOf(note.notePath)!;
      for (const kind of ENTITY_GROUPS) {
        for (const name of mentions[kind]) {
          if (!nameMatches[kind].has(name)) counts[kind].set(name, (counts[kind].get(name) ?? 0) + 1);
        }
      }
    }
    const unsorted = summary.unsorted.filter((note) => titleMatches(note, filter));
    const result = { counts, nameMatches, unsorted };
    this.filterCache = { version: this.index.version, filter, result };
    return result;
  }
}

function normalizeFilter(filter: string): string {
  return filter.trim().toLowerCase();
}

function titleMatches(note: NoteProvenance, filter: string): boolean {
  return note.title.toLowerCase().includes(filter);
}
