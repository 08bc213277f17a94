import type { Metric, ReferenceFigure } from '../data/types';

/** Where a note's figures come from: the article it was imported from, or the note itself. */
export interface NoteProvenance {
  /** Workspace-relative path of the note, with forward slashes. */
  notePath: string;
  /** Front matter `title`, else the first `#` heading, else the file name. */
  title: string;
  /** Front matter `site` (host of the article), when the note was imported. */
  site?: string;
  /** Front matter `date` (ISO), when known. */
  date?: string;
  /** Front matter `source`: the original article's address (http/https only). */
  url?: string;
  /** Front matter `excerpt`, trimmed, at most 300 characters (cut at a word, ending with '…'). */
  excerpt?: string;
  /** Set when the note opens with a front matter block that is not valid YAML or not a mapping. */
  frontMatterError?: {
    /** What is wrong, in the YAML parser's words. */
    message: string;
    /** Zero-based line in the whole note where the problem is. */
    line: number;
  };
}

/** What a statistic in a note is about, found in its sentence (shared by the figures of one sentence: read-only). */
export interface FigureSubjects {
  /** Element symbols (`Dy`); empty when the sentence names rare earths only as a group. */
  elements: string[];
  /** Canonical region names, as in the reference dataset (`China`, `United States`). */
  regions: string[];
  organizations: string[];
}

/** One statistic found in a note's Markdown (never in front matter or code). */
export interface NoteFigure {
  /** The number, with magnitude words applied (59 million → 59000000); the lower end of a range. */
  value: number;
  /** The upper end of a range (85–90% → 90). */
  valueMax?: number;
  /**
   * Normalised unit, or undefined for a bare count (25,900 patents; 59 million). Tonnes are 't'
   * (kt and Mt are converted: 10 kt → 10000 t), with a rate as 't/yr', 't/d'; 'lb', 'kg', 'g', 'oz',
   * 'g/t'; '%', 'pp' (percentage points), 'bp' (basis points); '×' for multiples; power and energy
   * as written ('MW', 'GW', 'kW', 'MWh'…); 'ppm', 'km', 'km²', 'ha'; money as an ISO code ('USD',
   * 'EUR', 'CNY', 'AUD'…), per unit as 'USD/kg', 'USD/t', 'USD/lb'.
   */
  unit?: string;
  /** Written with ~, about, nearly, over, more than, up to… (in the match or just before it). */
  approximate: boolean;
  /** The statistic as the highlighter matched it, e.g. `~69%` (an approximation word before it is not included). */
  raw: string;
  /** UTF-16 offsets of `raw` in the whole note text (front matter included), end exclusive. */
  start: number;
  end: number;
  /** Zero-based line of `start`. */
  line: number;
  /** The sentence the statistic stands in, as plain text (Markdown markup removed); a list item, heading or table cell is a sentence of its own. */
  sentence: string;
  subjects: FigureSubjects;
  /** What the sentence says the number measures, when it names it. */
  metric?: FigureMetric;
}

/** The reference dataset's metrics, and the further ones notes talk about. */
export type FigureMetric =
  | Metric
  | 'processing share'
  | 'patents'
  | 'production'
  | 'demand'
  | 'imports'
  | 'exports'
  | 'capacity'
  | 'magnets'
  /** Money put into a project: funding, loans, grants, capital cost. */
  | 'investment';

/** A figure of the index: from a note, with its provenance, or from the reference dataset. */
export type IndexedFigure =
  | { origin: 'note'; figure: NoteFigure; provenance: NoteProvenance }
  | { origin: 'reference'; figure: ReferenceFigure };
