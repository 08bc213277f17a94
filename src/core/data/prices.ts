// Average prices 2020–2024, USD/kg, from USGS MCS 2025, which cites Argus Media.
import { idPart } from './figureId';
import { usgsMcs2025RareEarths as source } from './sources';
import type { PriceSeries, ReferenceFigure } from './types';

export const PRICE_YEARS = ['2020', '2021', '2022', '2023', '2024'] as const;

const NOTES = 'Average price; USGS cites Argus Media.';

function series(product: string, elements: readonly string[], values: readonly [number, number, number, number, number]): PriceSeries {
  return {
    id: `${source.id}-price-${idPart(product)}`,
    product,
    elements,
    unit: 'USD/kg',
    values: Object.fromEntries(PRICE_YEARS.map((year, index) => [year, values[index]])),
    source,
    notes: NOTES,
  };
}

export const priceSeries: readonly PriceSeries[] = [
  series('cerium oxide', ['Ce'], [2, 2, 1, 1, 1]),
  series('dysprosium oxide', ['Dy'], [261, 410, 382, 330, 260]),
  series('europium oxide', ['Eu'], [31, 31, 30, 27, 27]),
  series('lanthanum oxide', ['La'], [2, 2, 1, 1, 1]),
  // The source does not state mischmetal's composition here, so it names no element.
  series('mischmetal', [], [5, 6, 7, 5, 5]),
  series('neodymium oxide', ['Nd'], [49, 98, 134, 78, 56]),
  series('terbium oxide', ['Tb'], [670, 1_346, 2_051, 1_298, 810]),
];

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const priceFigures: readonly ReferenceFigure[] = priceSeries.flatMap((item) =>
  Object.entries(item.values).map(([year, value]): ReferenceFigure => ({
    id: `${item.id}-${year}`,
    value,
    unit: item.unit,
    approximate: false,
    period: year,
    subject: { elements: item.elements, regions: [], organizations: [], product: item.product },
    metric: 'price',
    label: `${capitalized(item.product)}, average price ${year}`,
    source: item.source,
    ...(item.notes === undefined ? {} : { notes: item.notes }),
  })),
);
