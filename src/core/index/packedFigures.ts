// A note's figures as the index keeps them, packed: their numbers in one array of doubles, their
// sentences in one string, their subjects' names in one list. An index of 10,000 notes holds about
// 180,000 figures; as objects (each with a sentence, a raw string and subjects of its own) they were
// the most of what the garbage collector had to trace and copy while the index was built. Packed, a
// note's figures are a few objects, whatever their number; a NoteFigure is made when it is first read.
import type { FigureMetric, NoteFigure } from '../figures/noteFigure';
import { detach } from './detach';

/** The numbers of one figure, in this order, at `index * FIELDS` in `numbers`. */
const VALUE = 0;
/** NaN for a figure that is not a range. */
const VALUE_MAX = 1;
const START = 2;
const END = 3;
const LINE = 4;
/** The figure's sentence: its offsets in `sentences`. */
const SENTENCE_START = 5;
const SENTENCE_END = 6;
/** Where `raw` is in `sentences`; RAW_START is -1 when the sentence does not hold it as written (then it is in `raws`). */
const RAW_START = 7;
const RAW_END = 8;
/** The subjects: where their names start in `names`, then how many elements, regions and organizations. */
const NAMES_START = 9;
const ELEMENT_COUNT = 10;
const REGION_COUNT = 11;
const ORGANIZATION_COUNT = 12;
/** Indices in the shared tables of units and metrics; -1 for none. */
const UNIT = 13;
const METRIC = 14;
const APPROXIMATE = 15;
const FIELDS = 16;

/**
 * Units and metrics come from closed vocabularies (the highlighter's unit words, the metric names):
 * each is kept once for all notes and figures refer to it by index.
 */
class SharedTable {
  private readonly indices = new Map<string, number>();
  private readonly values: string[] = [];

  indexOf(value: string | undefined): number {
    if (value === undefined) return -1;
    let index = this.indices.get(value);
    if (index === undefined) {
      index = this.values.length;
      // A copy, as value and as key: the value may be a slice of a note's text.
      const copy = detach(value);
      this.values.push(copy);
      this.indices.set(copy, index);
    }
    return index;
  }

  valueAt(index: number): string | undefined {
    return index < 0 ? undefined : this.values[index];
  }
}

const UNITS = new SharedTable();
const METRICS = new SharedTable();

const NO_RAWS: ReadonlyMap<number, string> = new Map();

export type SubjectKind = 'element' | 'region' | 'organization';

export class PackedFigures {
  private constructor(
    readonly count: number,
    /** Off the garbage-collected heap: the collector neither traces nor copies it. */
    private readonly numbers: Float64Array,
    private readonly sentences: string,
    private readonly names: readonly string[],
    /** The raw text of a figure whose sentence does not hold it as written, by figure index. */
    private readonly raws: ReadonlyMap<number, string>,
  ) {}

  /**
   * The figures made so far, kept: a figure read twice is the same object (callers cache by it, as
   * completion does), and only the figures someone read cost objects.
   */
  private made: (NoteFigure | undefined)[] | undefined;

  static readonly EMPTY = new PackedFigures(0, new Float64Array(0), '', [], NO_RAWS);

  /**
   * Packs figures sorted by `start`. Figures of one sentence are expected next to each other (as
   * extraction yields them), and share their subjects; `keptName` gives the string to keep for a
   * subject's name (so that none is a slice of the note's text), once per run of figures sharing them.
   */
  static pack(figures: readonly NoteFigure[], keptName: (kind: SubjectKind, name: string) => string): PackedFigures {
    if (figures.length === 0) return PackedFigures.EMPTY;
    const numbers = new Float64Array(figures.length * FIELDS);
    const sentenceTexts: string[] = [];
    const names: string[] = [];
    let namesStart = 0;
    let raws: Map<number, string> | undefined;
    let sentence: string | undefined;
    let sentenceStart = 0;
    let sentenceEnd = 0;
    let lastSubjects: NoteFigure['subjects'] | undefined;
    for (let index = 0; index < figures.length; index++) {
      const figure = figures[index];
      if (figure.sentence !== sentence) {
        sentence = figure.sentence;
        sentenceStart = sentenceEnd;
        sentenceEnd += sentence.length;
        sentenceTexts.push(sentence);
      }
      if (figure.subjects !== lastSubjects) {
        lastSubjects = figure.subjects;
        namesStart = names.length;
        for (const name of lastSubjects.elements) names.push(keptName('element', name));
        for (const name of lastSubjects.regions) names.push(keptName('region', name));
        for (const name of lastSubjects.organizations) names.push(keptName('organization', name));
      }
      const rawAt = sentence.indexOf(figure.raw);
      if (rawAt < 0) (raws ??= new Map()).set(index, detach(figure.raw));
      const at = index * FIELDS;
      numbers[at + VALUE] = figure.value;
      numbers[at + VALUE_MAX] = figure.valueMax ?? NaN;
      numbers[at + START] = figure.start;
      numbers[at + END] = figure.end;
      numbers[at + LINE] = figure.line;
      numbers[at + SENTENCE_START] = sentenceStart;
      numbers[at + SENTENCE_END] = sentenceEnd;
      numbers[at + RAW_START] = rawAt < 0 ? -1 : sentenceStart + rawAt;
      numbers[at + RAW_END] = rawAt < 0 ? -1 : sentenceStart + rawAt + figure.raw.length;
      numbers[at + NAMES_START] = namesStart;
      numbers[at + ELEMENT_COUNT] = lastSubjects.elements.length;
      numbers[at + REGION_COUNT] = lastSubjects.regions.length;
      numbers[at + ORGANIZATION_COUNT] = lastSubjects.organizations.length;
      numbers[at + UNIT] = UNITS.indexOf(figure.unit);
      numbers[at + METRIC] = METRICS.indexOf(figure.metric);
      numbers[at + APPROXIMATE] = figure.approximate ? 1 : 0;
    }
    // One flat string, copied out of the note: join copies several parts, but returns a lone one as is.
    const sentences = sentenceTexts.length === 1 ? detach(sentenceTexts[0]) : sentenceTexts.join('');
    return new PackedFigures(figures.length, numbers, sentences, names, raws ?? NO_RAWS);
  }

  startOf(index: number): number {
    return this.numbers[index * FIELDS + START];
  }

  endOf(index: number): number {
    return this.numbers[index * FIELDS + END];
  }

  /** The figure at an index, as extraction gave it; the same object on every call. */
  figure(index: number): NoteFigure {
    const made = (this.made ??= new Array<NoteFigure | undefined>(this.count).fill(undefined));
    return (made[index] ??= this.make(index));
  }

  private make(index: number): NoteFigure {
    const at = index * FIELDS;
    const numbers = this.numbers;
    const valueMax = numbers[at + VALUE_MAX];
    const rawStart = numbers[at + RAW_START];
    const elementsAt = numbers[at + NAMES_START];
    const regionsAt = elementsAt + numbers[at + ELEMENT_COUNT];
    const organizationsAt = regionsAt + numbers[at + REGION_COUNT];
    return {
      value: numbers[at + VALUE],
      valueMax: Number.isNaN(valueMax) ? undefined : valueMax,
      unit: UNITS.valueAt(numbers[at + UNIT]),
      approximate: numbers[at + APPROXIMATE] === 1,
      raw: rawStart < 0 ? (this.raws.get(index) ?? '') : this.sentences.slice(rawStart, numbers[at + RAW_END]),
      start: numbers[at + START],
      end: numbers[at + END],
      line: numbers[at + LINE],
      sentence: this.sentences.slice(numbers[at + SENTENCE_START], numbers[at + SENTENCE_END]),
      subjects: {
        elements: this.names.slice(elementsAt, regionsAt),
        regions: this.names.slice(regionsAt, organizationsAt),
        organizations: this.names.slice(organizationsAt, organizationsAt + numbers[at + ORGANIZATION_COUNT]),
      },
      metric: METRICS.valueAt(numbers[at + METRIC]) as FigureMetric | undefined,
    };
  }

  /** Every figure, in text order. */
  all(): NoteFigure[] {
    const figures: NoteFigure[] = [];
    for (let index = 0; index < this.count; index++) figures.push(this.figure(index));
    return figures;
  }

  /** The index of the figure whose raw text covers `offset` (start ≤ offset < end), or -1. */
  indexAt(offset: number): number {
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (offset < this.startOf(middle)) high = middle - 1;
      else if (offset >= this.endOf(middle)) low = middle + 1;
      else return middle;
    }
    return -1;
  }
}
