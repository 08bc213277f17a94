// The vocabulary of the built-in reference dataset. Figure extraction from notes uses the same
// units, metrics and region names, so a figure found in a note can be set beside a reference figure.

/** Units a figure is stated in. `t REO`: metric tonnes of rare-earth-oxide equivalent. */
export const UNITS = ['%', 't REO', 'USD/kg', 'USD'] as const;
export type Unit = (typeof UNITS)[number];

/** What a figure measures. Two figures with the same subject and metric can be compared. */
export const METRICS = [
  'mine production',
  'production value',
  'reserves',
  'price',
  'import reliance',
  'import sources',
  'refining share',
  'mining share',
  'magnet demand',
  'supply share',
] as const;
export type Metric = (typeof METRICS)[number];

/** For figures stated as a bound, such as world reserves of more than 90 million tonnes. */
export const COMPARISONS = ['>', '<'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/**
 * How a source's text was checked: `confirmed` when read in the primary text (or a direct
 * conversion of it) as recorded in the shared facts file; `verified` when checked against a
 * stored copy of the source's own page before shipping (the page is in `verifiedAt`).
 */
export const CONFIDENCES = ['confirmed', 'verified'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** A publication figures and facts are taken from. Each source is defined once, in sources.ts. */
export interface Source {
  readonly id: string;
  readonly publisher: string;
  readonly title: string;
  readonly year: number;
  /** Where a reader can open the source (https only). */
  readonly url: string;
  readonly confidence: Confidence;
  /** The address the text was checked at, when it differs from `url`. */
  readonly verifiedAt?: string;
  readonly notes?: string;
}

/** A figure's source; a figure carries the source itself so a hover card needs no further lookup. */
export type SourceRef = Source;

/** What a figure is about. Regions use the names notes use (see regions.ts for aliases). */
export interface FigureSubject {
  /** Element symbols, e.g. `['Dy']`; empty when the figure is about rare earths as a group. */
  readonly elements: readonly string[];
  readonly regions: readonly string[];
  readonly organizations: readonly string[];
  /** The traded product, for prices: e.g. 'dysprosium oxide', 'mischmetal'. */
  readonly product?: string;
}

export interface ReferenceFigure {
  /** Stable, unique id, e.g. `usgs-mcs2025-production-china-2024`. */
  readonly id: string;
  readonly value: number;
  /** Upper end when the source gives a range (`value` is the lower end). */
  readonly valueMax?: number;
  /** Set when the source states a bound rather than a value: `>` 90,000,000 t. */
  readonly comparison?: Comparison;
  readonly unit: Unit;
  /** The source says "about" or rounds the figure as an approximation. */
  readonly approximate: boolean;
  /** The period the figure describes: '2024', '2020–2023'. */
  readonly period: string;
  /** The source marks the figure as an estimate. */
  readonly estimated?: boolean;
  readonly subject: FigureSubject;
  readonly metric: Metric;
  /** Short human text, e.g. 'China, mine production 2024'. */
  readonly label: string;
  readonly source: SourceRef;
  /** Caveats the source attaches, e.g. that China's figure is a production quota. */
  readonly notes?: string;
}

export const ELEMENT_GROUPS = ['light', 'heavy', 'neither'] as const;
/** Light or heavy rare earth; scandium is `neither` in the USGS classification. */
export type ElementGroup = (typeof ELEMENT_GROUPS)[number];

export const CLASSIFYING_AUTHORITIES = ['USGS', 'EU'] as const;
export type ClassifyingAuthority = (typeof CLASSIFYING_AUTHORITIES)[number];

/** One authority's light/heavy class for an element, with the source that states it. */
export interface ElementClassification {
  readonly authority: ClassifyingAuthority;
  readonly group: ElementGroup;
  readonly source: SourceRef;
}

/** A use of an element, shown only with the source that states it. */
export interface ElementUse {
  readonly use: string;
  readonly source: SourceRef;
}

export interface RareEarthElement {
  readonly name: string;
  /** IUPAC symbol, e.g. 'Dy'. */
  readonly symbol: string;
  readonly atomicNumber: number;
  /** Light/heavy classes by authority; empty when no class could be verified. */
  readonly classifications: readonly ElementClassification[];
  readonly primaryUses: readonly ElementUse[];
}

/** End uses of rare earths as a group in one region, in the source's words. */
export interface EndUses {
  readonly id: string;
  readonly region: string;
  readonly period: string;
  readonly uses: readonly string[];
  readonly source: SourceRef;
}

/** A price series for one traded product, one value a year. */
export interface PriceSeries {
  readonly id: string;
  readonly product: string;
  readonly elements: readonly string[];
  readonly unit: Unit;
  /** Average price by year. */
  readonly values: Readonly<Record<string, number>>;
  readonly source: SourceRef;
  readonly notes?: string;
}

/** A region as notes name it, with other names that mean the same. */
export interface Region {
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface ReferenceDataset {
  readonly sources: readonly Source[];
  readonly regions: readonly Region[];
  readonly elements: readonly RareEarthElement[];
  readonly endUses: readonly EndUses[];
  readonly priceSeries: readonly PriceSeries[];
  readonly figures: readonly ReferenceFigure[];
}
