// The built-in reference dataset and small pure lookups over it. Hover cards show an element's
// class and figures, each with its source; figure extraction uses the same vocabulary (types.ts).
import { elements } from './elements';
import { endUses } from './endUses';
import { importRelianceFigures, importSourceFigures } from './imports';
import { marketShareFigures } from './marketShares';
import { priceFigures, priceSeries } from './prices';
import { productionAndReservesFigures } from './productionAndReserves';
import { regions } from './regions';
import { sources } from './sources';
import type {
  ClassifyingAuthority,
  ElementClassification,
  Metric,
  RareEarthElement,
  ReferenceDataset,
  ReferenceFigure,
  Region,
} from './types';

export const referenceData: ReferenceDataset = {
  sources,
  regions,
  elements,
  endUses,
  priceSeries,
  figures: [
    ...productionAndReservesFigures,
    ...importRelianceFigures,
    ...importSourceFigures,
    ...priceFigures,
    ...marketShareFigures,
  ],
};

const key = (text: string): string => text.trim().toLowerCase();

const elementsBySymbol = new Map(elements.map((element) => [key(element.symbol), element]));
const elementsByName = new Map(elements.map((element) => [key(element.name), element]));
const regionsByName = new Map(
  regions.flatMap((region) => [region.name, ...region.aliases].map((name) => [key(name), region] as const)),
);

/** The element with this IUPAC symbol ('Dy'); case and surrounding spaces are ignored. */
export function elementBySymbol(symbol: string): RareEarthElement | undefined {
  return elementsBySymbol.get(key(symbol));
}

/** The element with this English name ('dysprosium'), case-insensitively. */
export function elementByName(name: string): RareEarthElement | undefined {
  return elementsByName.get(key(name));
}

/** An element by symbol or by name. */
export function elementBySymbolOrName(text: string): RareEarthElement | undefined {
  return elementBySymbol(text) ?? elementByName(text);
}

/** The region with this name or alias ('Myanmar' → 'Burma (Myanmar)'), case-insensitively. */
export function regionByName(name: string): Region | undefined {
  return regionsByName.get(key(name));
}

/** One authority's light/heavy class for an element, if the dataset has a sourced one. */
export function classificationBy(
  element: RareEarthElement,
  authority: ClassifyingAuthority,
): ElementClassification | undefined {
  return element.classifications.find((classification) => classification.authority === authority);
}

export interface FigureQuery {
  /** Symbol or name of an element. */
  readonly element?: string;
  /** Region name or alias. */
  readonly region?: string;
  readonly metric?: Metric;
}

/**
 * The figures matching every given criterion, in dataset order. An element or region the dataset
 * does not know matches no figure; an empty query matches all.
 */
export function referenceFiguresFor(
  query: FigureQuery,
  figures: readonly ReferenceFigure[] = referenceData.figures,
): ReferenceFigure[] {
  let symbol: string | undefined;
  if (query.element !== undefined) {
    symbol = elementBySymbolOrName(query.element)?.symbol;
    if (symbol === undefined) return [];
  }
  let regionName: string | undefined;
  if (query.region !== undefined) {
    regionName = regionByName(query.region)?.name;
    if (regionName === undefined) return [];
  }
  return figures.filter((figure) =>
    (symbol === undefined || figure.subject.elements.includes(symbol))
    && (regionName === undefined || figure.subject.regions.includes(regionName))
    && (query.metric === undefined || figure.metric === query.metric));
}
