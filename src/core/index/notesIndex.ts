// The workspace's notes as an in-memory index: every figure each note holds, with the note's
// provenance, and the regions, organizations and elements each note mentions. Pure (no editor API,
// no Node built-ins): the VS Code glue (src/index/workspaceIndex.ts) feeds it note texts.
//
// Design: one entry per note (its figures, sorted by offset and packed by packedFigures.ts, and its
// provenance; never its text, and no string sliced from it). Postings map an entity key ('e:dy',
// 'r:united states') to the note entries it occurs in, so a query only visits the notes that can
// match; within a note, each key maps to the figures carrying it (a bit mask), so matching needs no string work. `set` removes
// a note's old postings before adding the new ones (a removed entry is marked dead and emptied, and
// postings drop their dead once they are a sixteenth), postings left empty are dropped, so memory is
// bounded by the notes currently indexed, not by the edits made to them. Notes are also kept in one
// array, newest first. An insertion into its middle moves half the array; a sort walks every entry
// (slow: entries lie all over the heap). So a note set right after a read is inserted in place, and
// a burst of sets with no read between them (a build) is appended and sorted once, on the next read.
// Counts per key are kept up to date; counts of multi-criteria queries are computed once, then kept
// exact as notes are added and removed.
import { elementBySymbolOrName, referenceData, referenceFiguresFor, regionByName } from '../data/referenceData';
import { METRICS, type Metric, type ReferenceFigure } from '../data/types';
import { extractFigures } from '../figures/extractFigures';
import type { FigureMetric, FigureSubjects, IndexedFigure, NoteFigure, NoteProvenance } from '../figures/noteFigure';
import { noteProvenance } from '../figures/noteProvenance';
import { ORGANIZATION_NAMES } from '../figures/organizationNames';
import { REGION_NAMES } from '../figures/regionNames';
import { bodyMentions, frontMatterLists } from './mentions';
import { detach } from './detach';
import { PackedFigures } from './packedFigures';

export interface FigureQuery {
  /** Element symbol ('Dy') or name ('dysprosium'). An element the dataset does not know matches nothing. */
  element?: string;
  /** Region name or alias ('U.S.', 'USA' → 'United States'). */
  region?: string;
  organization?: string;
  metric?: FigureMetric;
}

export interface EntityCount {
  /** The entity's canonical name: the element's symbol, the dataset's region name, else as first written. */
  name: string;
  /** How many notes mention it. */
  notes: number;
}

export type EntityKind = 'region' | 'organization' | 'element' | 'topic';

export interface FiguresOptions {
  /** Append the reference dataset's figures matching the query (default true). */
  includeReference?: boolean;
  /** At most this many figures in all (note figures first). */
  limit?: number;
}

/** How the index reads a note; the defaults are the figure-extraction module's. Tests inject their own. */
export interface NotesIndexOptions {
  extractFigures?: (noteText: string) => NoteFigure[];
  noteProvenance?: (notePath: string, noteText: string) => NoteProvenance;
  referenceFigures?: readonly ReferenceFigure[];
}

interface NoteEntry {
  notePath: string;
  provenance: NoteProvenance;
  /** Sorted by `start`. */
  figures: PackedFigures;
  /** `provenance.date`, or '' when unknown (sorted last). */
  date: string;
  /** Figure posting keys ('e:dy', 'r:china', 'o:lynas rare earths', 'm:price') with the figures carrying each. */
  figureKeys: readonly string[];
  /** The figures carrying each of figureKeys (two arrays rather than a Map: a note has a few dozen keys). */
  figureSets: readonly FigureSet[];

  /** Mention posting keys by kind. */
  mentions: Record<EntityKind, string[]>;
  /** False once the note is removed or replaced: postings skip it until they drop it. */
  live: boolean;
  /** Scratch for a walk of the ordered notes: equal to the walk's stamp when the entry is in its posting. */
  stamp: number;
}

/**
 * The notes of one key. An array, as adding to it (done for every key of every note) costs several
 * times less than adding to a Set; a removed note stays in it, dead, until the dead are many.
 */
interface Posting {
  entries: NoteEntry[];
  /** How many of the entries are live. */
  size: number;
}

const NO_POSTING: Posting = { entries: [], size: 0 };
/** What a dead entry keeps: nothing, so the dead a posting still holds cost little memory. */
const NO_FIGURE_SETS: readonly FigureSet[] = Object.freeze([]);
const NO_MENTIONS: Readonly<Record<EntityKind, string[]>> = Object.freeze({ region: [], organization: [], element: [], topic: [] });

function liveEntries(posting: Posting): NoteEntry[] {
  return posting.entries.filter((entry) => entry.live);
}

const KINDS: readonly EntityKind[] = ['region', 'organization', 'element', 'topic'];
/** The kinds a figure's subjects name (topics are the front matter's only). */
const FIGURE_KINDS = ['region', 'organization', 'element'] as const;
const REFERENCE_METRICS: ReadonlySet<string> = new Set(METRICS);

// ---------------------------------------------------------------------------------------------
// Entity keys: case-insensitive, through the dataset's aliases.

const elementKeyCache = new Map<string, string | null>();
/** 'dy' for 'Dy', 'dysprosium' or 'DYSPROSIUM'; undefined for what is not a rare earth. */
export function elementKey(name: string): string | undefined {
  let key = elementKeyCache.get(name);
  if (key === undefined) {
    key = elementBySymbolOrName(name)?.symbol.toLowerCase() ?? null;
    if (elementKeyCache.size < 10_000) elementKeyCache.set(name, key);
  }
  return key ?? undefined;
}

/** Lower-case name → canonical name, from figure extraction's vocabulary of names. */
function lowerCaseNames(names: ReadonlyMap<string, string>): Map<string, string> {
  const lower = new Map<string, string>();
  for (const [name, canonical] of names) if (!lower.has(name.toLowerCase())) lower.set(name.toLowerCase(), canonical);
  return lower;
}

const REGIONS_BY_LOWER_NAME = lowerCaseNames(REGION_NAMES);
const ORGANIZATIONS_BY_LOWER_NAME = lowerCaseNames(ORGANIZATION_NAMES);

/** The canonical region name of a name or alias ('U.S.', 'usa', 'American' → 'United States'); else the name. */
export function canonicalRegion(name: string): string {
  const spaced = normalizeSpaces(name);
  return regionByName(spaced)?.name ?? REGIONS_BY_LOWER_NAME.get(spaced.toLowerCase()) ?? spaced;
}

const regionKeyCache = new Map<string, string>();
/** The lower-case canonical region name ('u.s.' → 'united states'); unknown regions are kept as written. */
export function regionKey(name: string): string {
  let key = regionKeyCache.get(name);
  if (key === undefined) {
    key = canonicalRegion(name).toLowerCase();
    if (regionKeyCache.size < 10_000) regionKeyCache.set(name, key);
  }
  return key;
}

const LEGAL_SUFFIX = /[,\s]+(?:pty\.?\s+ltd|ltd|limited|inc|incorporated|corp|corporation|co|plc|llc|ag|sa|nv|gmbh)\.?$/i;

/** The canonical organization name ('Lynas', 'Lynas Rare Earths Ltd' → 'Lynas Rare Earths'); else the name. */
export function canonicalOrganization(name: string): string {
  const spaced = normalizeSpaces(name);
  const known = ORGANIZATIONS_BY_LOWER_NAME.get(spaced.toLowerCase());
  if (known) return known;
  const stripped = spaced.replace(LEGAL_SUFFIX, '');
  return (stripped && ORGANIZATIONS_BY_LOWER_NAME.get(stripped.toLowerCase())) || stripped || spaced;
}

const organizationKeyCache = new Map<string, string>();
/** Case- and spacing-insensitive, through known aliases, without a trailing legal form. */
export function organizationKey(name: string): string {
  let key = organizationKeyCache.get(name);
  if (key === undefined) {
    key = canonicalOrganization(name).toLowerCase();
    if (organizationKeyCache.size < 10_000) organizationKeyCache.set(name, key);
  }
  return key;
}

function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function keyOf(kind: EntityKind, name: string): string | undefined {
  if (kind === 'element') return elementKey(name);
  const key = kind === 'region' ? regionKey(name) : kind === 'topic' ? normalizeSpaces(name).toLowerCase() : organizationKey(name);
  return key === '' ? undefined : key;
}

/** The vocabulary's own string for a known element, region or organization name (shared by all notes). */
function vocabularyName(kind: EntityKind, name: string): string | undefined {
  if (kind === 'element') return elementBySymbolOrName(name)?.symbol;
  const lower = normalizeSpaces(name).toLowerCase();
  if (kind === 'region') return regionByName(lower)?.name ?? REGIONS_BY_LOWER_NAME.get(lower);
  return kind === 'organization' ? ORGANIZATIONS_BY_LOWER_NAME.get(lower) : undefined;
}

function canonicalName(kind: EntityKind, name: string): string {
  if (kind === 'element') return elementBySymbolOrName(name)?.symbol ?? name;
  if (kind === 'region') return canonicalRegion(name);
  return kind === 'topic' ? normalizeSpaces(name) : canonicalOrganization(name);
}

const FIGURE_PREFIX: Record<(typeof FIGURE_KINDS)[number], string> = { element: 'e:', region: 'r:', organization: 'o:' };

const figureKeyCache = new Map<string, Map<string, string>>();
/** The posting key of an entity key ('e:' + 'dy'), one string per key rather than one per figure. */
function figureKey(prefix: string, key: string): string {
  let keys = figureKeyCache.get(prefix);
  if (!keys) figureKeyCache.set(prefix, (keys = new Map()));
  let figure = keys.get(key);
  if (figure === undefined) {
    figure = prefix + key;
    if (keys.size < 10_000) keys.set(key, figure);
  }
  return figure;
}


const NO_NAMES: readonly string[] = Object.freeze([]);

type FigureKind = (typeof FIGURE_KINDS)[number];

/** Names known to the vocabulary, as the vocabulary writes them (bounded by the vocabulary). */
const VOCABULARY_NAMES: Record<FigureKind, Map<string, string>> = { element: new Map(), region: new Map(), organization: new Map() };

/** A subject's name as the index keeps it: the vocabulary's own string, another name copied out of the note. */
function keptName(kind: FigureKind, name: string): string {
  const cached = VOCABULARY_NAMES[kind].get(name);
  if (cached !== undefined) return cached;
  const known = vocabularyName(kind, name);
  if (known !== name) return detach(name);
  VOCABULARY_NAMES[kind].set(known, known);
  return known;
}

function detachProvenance(provenance: NoteProvenance, notePath: string): NoteProvenance {
  const copy: NoteProvenance = { notePath, title: detach(provenance.title) };
  if (provenance.site !== undefined) copy.site = detach(provenance.site);
  if (provenance.date !== undefined) copy.date = detach(provenance.date);
  if (provenance.url !== undefined) copy.url = detach(provenance.url);
  if (provenance.excerpt !== undefined) copy.excerpt = detach(provenance.excerpt);
  if (provenance.frontMatterError !== undefined) {
    copy.frontMatterError = { message: detach(provenance.frontMatterError.message), line: provenance.frontMatterError.line };
  }
  return copy;
}

/** Newest first; notes without a date last; then by path. */
function compareEntries(a: NoteEntry, b: NoteEntry): number {
  if (a.date !== b.date) return a.date > b.date ? -1 : 1;
  return a.notePath < b.notePath ? -1 : a.notePath > b.notePath ? 1 : 0;
}

/**
 * Which of a note's figures carry a key: a bit mask (bit i = figures[i]) for notes of up to 30
 * figures, so no allocation at all for most notes; else the figures' indices, ascending.
 */
type FigureSet = number | number[];
const MASK_FIGURES = 30;

function addToSet(set: FigureSet | undefined, index: number, useMask: boolean): FigureSet {
  if (useMask) return ((set as number | undefined) ?? 0) | (1 << index);
  const list = (set as number[] | undefined) ?? [];
  if (list[list.length - 1] !== index) list.push(index);
  return list;

}

function setSize(set: FigureSet): number {
  if (typeof set !== 'number') return set.length;
  let bits = set - ((set >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

function figureSetOf(entry: NoteEntry, key: string): FigureSet | undefined {
  const at = entry.figureKeys.indexOf(key);
  return at < 0 ? undefined : entry.figureSets[at];
}

/** The figures of a note carrying every key, as indices in text order. */
function figuresWithAll(entry: NoteEntry, keys: readonly string[]): FigureSet | undefined {
  const count = entry.figures.count;
  if (keys.length === 0) return count <= MASK_FIGURES ? (2 ** count - 1) : Array.from({ length: count }, (_, i) => i);
  let result = figureSetOf(entry, keys[0]);
  for (let k = 1; k < keys.length && result !== undefined; k++) {
    const other = figureSetOf(entry, keys[k]);
    if (other === undefined) return undefined;
    if (typeof result === 'number') result = result & (other as number);
    else result = result.filter((index) => (other as number[]).includes(index));
  }
  return result;
}


/** A query's figure posting keys; `impossible` when it names an element the dataset does not know. */
function queryKeys(query: FigureQuery): { keys: string[]; impossible: boolean } {
  const keys: string[] = [];
  if (query.element !== undefined) {
    const key = elementKey(query.element);
    if (key === undefined) return { keys, impossible: true };
    keys.push(`e:${key}`);
  }
  if (query.region !== undefined) keys.push(`r:${regionKey(query.region)}`);
  if (query.organization !== undefined) keys.push(`o:${organizationKey(query.organization)}`);
  if (query.metric !== undefined) keys.push(`m:${query.metric}`);
  return { keys, impossible: false };
}

export class NotesIndex {
  private readonly entries = new Map<string, NoteEntry>();
  /** Every entry; newest first (compareEntries) when `sorted`: read it through newestFirst(). */
  private readonly ordered: NoteEntry[] = [];
  private sorted = true;
  /** Whether the entries were read since the last set (so this set is one, not part of a burst). */
  private readSinceSet = true;
  /** Figure postings: key → notes with at least one figure carrying it. */
  private readonly figurePostings = new Map<string, Posting>();
  /** Figure counts per posting key (for countFigures of one criterion). */
  private readonly figureCounts = new Map<string, number>();
  private readonly mentionPostings: Record<EntityKind, Map<string, Posting>> = {
    region: new Map(), organization: new Map(), element: new Map(), topic: new Map(),
  };
  /** The display name of each mentioned entity key. */
  private readonly displayNames: Record<EntityKind, Map<string, string>> = {
    region: new Map(), organization: new Map(), element: new Map(), topic: new Map(),
  };
  private readonly extract: (noteText: string) => NoteFigure[];
  private readonly provenance: (notePath: string, noteText: string) => NoteProvenance;
  private readonly reference: readonly ReferenceFigure[];
  private readonly referenceCache = new Map<string, readonly ReferenceFigure[]>();
  private changes = 0;
  /** The last stamp of inOrder. */
  private stamps = 0;

  private totalFigures = 0;
  /**
   * Counts of multi-criteria queries (a hover shows a few figures and "N more"), computed on demand
   * by walking the smallest posting (no per-pair bookkeeping on every set), then kept exact as notes
   * are added and removed.
   */

  private readonly countCache = new Map<string, { keys: readonly string[]; count: number }>();

  constructor(options: NotesIndexOptions = {}) {
    this.extract = options.extractFigures ?? extractFigures;
    this.provenance = options.noteProvenance ?? noteProvenance;
    this.reference = options.referenceFigures ?? referenceData.figures;
  }

  get noteCount(): number {
    return this.entries.size;
  }

  /** Grows by one on every change; a cache of query results is valid while it stays the same. */
  get version(): number {
    return this.changes;
  }

  has(notePath: string): boolean {
    return this.entries.has(notePath);
  }

  /** The indexed note paths, in no particular order. */
  notePaths(): string[] {
    return [...this.entries.keys()];
  }

  /** Adds or replaces one note: its figures, provenance and mentioned entities. */
  set(notePath: string, text: string): void {
    let figures = this.extract(text);
    for (let i = 1; i < figures.length; i++) {
      if (figures[i - 1].start > figures[i].start) {
        figures = [...figures].sort((a, b) => a.start - b.start);
        break;
      }
    }
    const provenance = detachProvenance(this.provenance(notePath, text), notePath);
    const useMask = figures.length <= MASK_FIGURES;
    const figureKeys: string[] = [];
    const figureSets: FigureSet[] = [];
    const addFigure = (key: string, index: number) => {
      const at = figureKeys.indexOf(key);
      if (at < 0) {
        figureKeys.push(key);
        figureSets.push(addToSet(undefined, index, useMask));
      } else figureSets[at] = addToSet(figureSets[at], index, useMask);
    };
    const mentioned: Record<EntityKind, Map<string, string>> = { region: new Map(), organization: new Map(), element: new Map(), topic: new Map() };
    const mention = (kind: EntityKind, name: string): string | undefined => {
      const key = keyOf(kind, name);
      if (key !== undefined && !mentioned[kind].has(key)) mentioned[kind].set(key, name);
      return key;
    };
    // The figures of a sentence share their subjects: their keys are found once.
    let subjects: FigureSubjects | undefined;
    const keys: string[] = [];
    for (let index = 0; index < figures.length; index++) {
      const figure = figures[index];
      if (figure.subjects !== subjects) {
        subjects = figure.subjects;
        keys.length = 0;
        for (const kind of FIGURE_KINDS) {
          const names = kind === 'element' ? subjects.elements : kind === 'region' ? subjects.regions : subjects.organizations;
          for (const name of names) {
            const key = mention(kind, name);
            if (key !== undefined) keys.push(figureKey(FIGURE_PREFIX[kind], key));
          }
        }
      }
      // A key twice in one figure is harmless: a mask bit is set twice, a list skips its last index.
      for (const key of keys) addFigure(key, index);
      if (figure.metric !== undefined) {
        const key = figureKey('m:', figure.metric);
        addFigure(key, index);
      }
    }
    const lists = frontMatterLists(text);
    for (const name of lists.regions) mention('region', name);
    for (const name of lists.organizations) mention('organization', name);
    for (const name of lists.elements) mention('element', name);
    for (const name of lists.topics) mention('topic', name);
    const body = bodyMentions(text, lists.bodyStart);
    for (const name of body.regions) mention('region', name);
    for (const name of body.organizations) mention('organization', name);
    for (const name of body.elements) mention('element', name);

    this.delete(notePath);
    const entry: NoteEntry = {
      notePath,
      provenance,
      figures: PackedFigures.pack(figures, keptName),
      date: provenance.date ?? '',
      figureKeys,
      figureSets,
      mentions: {
        region: keysOf(mentioned.region),
        organization: keysOf(mentioned.organization),
        element: keysOf(mentioned.element),
        topic: keysOf(mentioned.topic),
      },
      live: true,
      stamp: 0,
    };
    this.entries.set(notePath, entry);
    this.place(entry);
    for (let k = 0; k < figureKeys.length; k++) {
      addPosting(this.figurePostings, figureKeys[k], entry);
      this.figureCounts.set(figureKeys[k], (this.figureCounts.get(figureKeys[k]) ?? 0) + setSize(figureSets[k]));
    }
    this.totalFigures += figures.length;
    this.adjustCounts(entry, 1);
    for (const kind of KINDS) {
      mentioned[kind].forEach((name, key) => {
        addPosting(this.mentionPostings[kind], key, entry);
        if (!this.displayNames[kind].has(key)) this.displayNames[kind].set(key, detach(canonicalName(kind, name)));
      });
    }
    this.changes++;
  }

  delete(notePath: string): void {
    const entry = this.entries.get(notePath);
    if (!entry) return;
    this.entries.delete(notePath);
    this.ordered.splice(this.indexOf(entry), 1);
    // Dead first: a posting compacted below keeps only the live.
    entry.live = false;
    for (let k = 0; k < entry.figureKeys.length; k++) {
      const key = entry.figureKeys[k];
      removePosting(this.figurePostings, key);
      const left = (this.figureCounts.get(key) ?? 0) - setSize(entry.figureSets[k]);
      if (left > 0) this.figureCounts.set(key, left);
      else this.figureCounts.delete(key);
    }
    this.totalFigures -= entry.figures.count;
    this.adjustCounts(entry, -1);
    for (const kind of KINDS) {
      for (const key of entry.mentions[kind]) {
        if (removePosting(this.mentionPostings[kind], key)) this.displayNames[kind].delete(key);
      }
    }
    entry.figures = PackedFigures.EMPTY;
    entry.figureKeys = NO_NAMES;
    entry.figureSets = NO_FIGURE_SETS;
    entry.mentions = NO_MENTIONS;
    this.changes++;
  }

  /** Moves a note to another path, keeping what was extracted from it; replaces a note at `to`. */
  rename(from: string, to: string): void {
    const entry = this.entries.get(from);
    if (!entry || from === to) return;
    this.delete(to);
    this.entries.delete(from);
    this.ordered.splice(this.indexOf(entry), 1);
    entry.notePath = to;
    entry.provenance = { ...entry.provenance, notePath: to };
    this.entries.set(to, entry);
    this.place(entry);
    this.changes++;
  }

  /** Forgets every note. */
  clear(): void {
    this.entries.clear();
    this.ordered.length = 0;
    this.sorted = true;
    this.readSinceSet = true;
    this.figurePostings.clear();
    this.figureCounts.clear();
    this.countCache.clear();
    this.totalFigures = 0;
    for (const kind of KINDS) {
      this.mentionPostings[kind].clear();
      this.displayNames[kind].clear();
    }
    this.changes++;
  }

  /** Note figures matching every given criterion, newest note first, then reference figures matching it. */
  figures(query: FigureQuery, options: FiguresOptions = {}): IndexedFigure[] {
    const limit = options.limit ?? Infinity;
    const result: IndexedFigure[] = [];
    if (limit <= 0) return result;
    const { keys, impossible } = queryKeys(query);
    // How many note figures can match: exact for up to one criterion or a cached count, else a
    // bound. None means no walk; an exact count stops the walk at the last match.
    const cacheKey = keys.join('\u0000');
    const cached = keys.length >= 2 ? this.countCache.get(cacheKey) : undefined;
    const expected = impossible ? 0 : cached ? cached.count : this.upperBound(keys);
    if (expected > 0) {
      const exact = keys.length <= 1 || cached !== undefined;
      const last = exact ? Math.min(limit, expected) : limit;
      const posting = this.candidates(keys);
      // Few candidates: sort them; many: walk the ordered notes (figuresWithAll skips the others).
      const walk = posting !== undefined && posting.size * 16 < this.ordered.length ? liveEntries(posting).sort(compareEntries) : this.newestFirst();
      for (const entry of walk) {
        const matching = figuresWithAll(entry, keys);
        if (matching === undefined) continue;
        const { figures, provenance } = entry;
        if (typeof matching === 'number') {
          for (let bits = matching, index = 0; bits !== 0; bits >>>= 1, index++) {
            if ((bits & 1) === 0) continue;
            result.push({ origin: 'note', figure: figures.figure(index), provenance });
            if (result.length >= last) break;
          }
        } else {
          for (const index of matching) {
            result.push({ origin: 'note', figure: figures.figure(index), provenance });
            if (result.length >= last) break;
          }
        }
        // Every matching figure found (or the limit reached): the other notes need no visit.
        if (result.length >= last) break;
      }
      // A walk of every candidate found every match: the count is known (an empty card stays cheap).
      if (!exact && result.length < last) this.cacheCount(cacheKey, keys, result.length);
      if (result.length >= limit) return result;
    }
    if (options.includeReference ?? true) {
      for (const figure of this.referenceFigures(query)) {
        result.push({ origin: 'reference', figure });
        if (result.length >= limit) break;
      }
    }
    return result;
  }

  /** How many note figures match every given criterion (reference figures not counted). */
  countFigures(query: FigureQuery): number {
    const { keys, impossible } = queryKeys(query);
    if (impossible) return 0;
    if (keys.length === 0) return this.totalFigures;
    if (keys.length === 1) return this.figureCounts.get(keys[0]) ?? 0;
    if (this.upperBound(keys) === 0) return 0;
    const cacheKey = keys.join('\u0000');
    const cached = this.countCache.get(cacheKey);
    if (cached) return cached.count;
    let count = 0;
    for (const entry of this.candidates(keys)?.entries ?? this.ordered) {
      if (!entry.live) continue;
      const matching = figuresWithAll(entry, keys);
      if (matching !== undefined) count += setSize(matching);
    }
    this.cacheCount(cacheKey, keys, count);
    return count;
  }

  private cacheCount(cacheKey: string, keys: readonly string[], count: number): void {
    if (this.countCache.size >= 256) this.countCache.clear();
    this.countCache.set(cacheKey, { keys, count });
  }


  /** How many note figures can match the keys: exact for up to one key; for more, the least single count. */
  private upperBound(keys: readonly string[]): number {
    if (keys.length === 0) return this.totalFigures;
    let bound = Infinity;
    for (let i = 0; i < keys.length && bound > 0; i++) bound = Math.min(bound, this.figureCounts.get(keys[i]) ?? 0);
    return bound;
  }


  /** Keeps the cached counts exact as a note is added (sign 1) or removed (-1): no recount after an edit. */
  private adjustCounts(entry: NoteEntry, sign: 1 | -1): void {
    if (this.countCache.size === 0 || entry.figureKeys.length === 0) return;
    for (const cached of this.countCache.values()) {
      const matching = figuresWithAll(entry, cached.keys);
      if (matching !== undefined) cached.count += sign * setSize(matching);
    }
  }

  /** The note figure whose raw text covers `offset` (start ≤ offset < end) in that note, as last indexed. */
  figureAt(notePath: string, offset: number): NoteFigure | undefined {
    const figures = this.entries.get(notePath)?.figures;
    const index = figures ? figures.indexAt(offset) : -1;
    return index < 0 ? undefined : figures?.figure(index);
  }

  /** Every figure of one note, in text order. */
  figuresOf(notePath: string): readonly NoteFigure[] {
    return this.entries.get(notePath)?.figures.all() ?? [];
  }

  provenanceOf(notePath: string): NoteProvenance | undefined {
    return this.entries.get(notePath)?.provenance;
  }

  /** Notes mentioning a region/organization/element/topic (front matter lists, figures and body), newest first. */
  notesMentioning(kind: EntityKind, name: string): NoteProvenance[] {
    const key = keyOf(kind, name);
    const posting = key === undefined ? undefined : this.mentionPostings[kind].get(key);
    if (!posting) return [];
    return this.inOrder(posting).map((entry) => entry.provenance);
  }

  /** The notes mentioning an entity, in no particular order: cheaper than notesMentioning when order does not matter. */
  notesOfEntity(kind: EntityKind, name: string): NoteProvenance[] {
    const key = keyOf(kind, name);
    const posting = key === undefined ? undefined : this.mentionPostings[kind].get(key);
    return posting ? liveEntries(posting).map((entry) => entry.provenance) : [];
  }

  /** The canonical names of the entities a note mentions, by kind; undefined for a note not indexed. */
  mentionsOf(notePath: string): Record<EntityKind, string[]> | undefined {
    const entry = this.entries.get(notePath);
    if (!entry) return undefined;
    const names = (kind: EntityKind) => entry.mentions[kind].map((key) => this.displayNames[kind].get(key) ?? key);
    return { region: names('region'), organization: names('organization'), element: names('element'), topic: names('topic') };
  }

  /** How many entities (of every kind) a note mentions; 0 for a note not indexed. */
  mentionCount(notePath: string): number {
    const mentions = this.entries.get(notePath)?.mentions;
    return mentions ? mentions.region.length + mentions.organization.length + mentions.element.length + mentions.topic.length : 0;
  }

  /** Every note's provenance, newest first (undated last). */
  allNotes(): NoteProvenance[] {
    return this.newestFirst().map((entry) => entry.provenance);
  }

  /** Every mentioned entity of a kind with how many notes mention it, most mentioned first. */
  entities(kind: EntityKind): EntityCount[] {
    const result: EntityCount[] = [];
    for (const [key, posting] of this.mentionPostings[kind]) {
      result.push({ name: this.displayNames[kind].get(key) ?? key, notes: posting.size });
    }
    return result.sort((a, b) => b.notes - a.notes || a.name.localeCompare(b.name));
  }

  /** The reference figures matching a query, in dataset order (cached: the dataset never changes). */
  private referenceFigures(query: FigureQuery): readonly ReferenceFigure[] {
    const cacheKey = JSON.stringify([query.element, query.region, query.organization, query.metric]);
    let figures = this.referenceCache.get(cacheKey);
    if (!figures) {
      if (query.metric !== undefined && !REFERENCE_METRICS.has(query.metric)) figures = [];
      else {
        figures = referenceFiguresFor({ element: query.element, region: query.region, metric: query.metric as Metric | undefined }, this.reference);
        if (query.organization !== undefined) {
          const key = organizationKey(query.organization);
          figures = figures.filter((figure) => figure.subject.organizations.some((name) => organizationKey(name) === key));
        }
      }
      if (this.referenceCache.size > 1000) this.referenceCache.clear();
      this.referenceCache.set(cacheKey, figures);
    }
    return figures;
  }

  /** The smallest posting of the keys (the notes that can match), or undefined for all notes. */
  private candidates(keys: readonly string[]): Posting | undefined {
    if (keys.length === 0) return undefined;
    let smallest: Posting | undefined;
    for (const key of keys) {
      const posting = this.figurePostings.get(key);
      if (!posting) return NO_POSTING;
      if (!smallest || posting.size < smallest.size) smallest = posting;
    }
    return smallest;
  }

  /** A mention posting's notes newest first: a sort for few notes, else a walk of the ordered list keeping the stamped. */
  private inOrder(posting: Posting): NoteEntry[] {
    if (posting.size * 16 < this.ordered.length) return liveEntries(posting).sort(compareEntries);
    const stamp = ++this.stamps;
    for (const entry of posting.entries) entry.stamp = stamp;
    return this.newestFirst().filter((entry) => entry.stamp === stamp);
  }

  /** The entries, newest first. */
  private newestFirst(): NoteEntry[] {
    this.readSinceSet = true;
    if (!this.sorted) {
      this.ordered.sort(compareEntries);
      this.sorted = true;
    }
    return this.ordered;
  }

  /** Inserts the entry in order right after a read; appends it during a burst of sets. */
  private place(entry: NoteEntry): void {
    const ordered = this.ordered;
    if (this.sorted && this.readSinceSet) {
      ordered.splice(this.sortedPosition(entry), 0, entry);
    } else {
      const last = ordered[ordered.length - 1];
      if (last !== undefined && compareEntries(last, entry) > 0) this.sorted = false;
      ordered.push(entry);
    }
    this.readSinceSet = false;
  }

  private indexOf(entry: NoteEntry): number {
    // Unsorted (a build in progress): a scan, rather than a sort for every note replaced meanwhile.
    if (!this.sorted) return this.ordered.indexOf(entry);
    const at = this.sortedPosition(entry);
    // The scan is not reached while compareEntries is a total order over distinct paths; stay correct anyway.
    return this.ordered[at] === entry ? at : this.ordered.indexOf(entry);
  }

  /** Where an entry is, or belongs, in the sorted entries. */
  private sortedPosition(entry: NoteEntry): number {
    let low = 0;
    let high = this.ordered.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareEntries(this.ordered[middle], entry) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

}

/** A map's keys as an array; forEach, as spreading the keys iterator allocates a result per key. */
function keysOf(map: ReadonlyMap<string, unknown>): string[] {
  const keys: string[] = [];
  map.forEach((_, key) => keys.push(key));
  return keys;
}

function addPosting(postings: Map<string, Posting>, key: string, entry: NoteEntry): void {
  const posting = postings.get(key);
  if (!posting) postings.set(key, { entries: [entry], size: 1 });
  else {
    posting.entries.push(entry);
    posting.size++;
  }
}

/**
 * Counts a dead entry out of a posting; true when the posting became empty (and was dropped). The
 * dead are dropped once they are a sixteenth of the posting: amortised, a few steps per removal.
 */
function removePosting(postings: Map<string, Posting>, key: string): boolean {
  const posting = postings.get(key);
  if (!posting) return false;
  if (--posting.size === 0) {
    postings.delete(key);
    return true;
  }
  if (posting.entries.length > posting.size + (posting.size >> 4) + 16) posting.entries = liveEntries(posting);
  return false;
}

