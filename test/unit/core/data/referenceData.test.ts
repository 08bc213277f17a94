import { strict as assert } from 'node:assert';
import { figureSchema, isHttpsUrl, referenceDatasetSchema, sourceSchema } from '../../../../src/core/data/dataSchema';
import { importSourceShares } from '../../../../src/core/data/imports';
import { PRICE_YEARS } from '../../../../src/core/data/prices';
import { productionAndReservesRows, worldTotals } from '../../../../src/core/data/productionAndReserves';
import {
  classificationBy,
  elementByName,
  elementBySymbol,
  referenceData,
  referenceFiguresFor,
  regionByName,
} from '../../../../src/core/data/referenceData';
import { usgsMcs2025RareEarths } from '../../../../src/core/data/sources';
import type { ReferenceDataset } from '../../../../src/core/data/types';

/** A deep, mutable copy of the dataset to break on purpose. */
function copyOfDataset(): { figures: Record<string, unknown>[] } & Record<string, unknown> {
  return JSON.parse(JSON.stringify(referenceData));
}

function issuesOf(input: unknown): string {
  const result = referenceDatasetSchema.safeParse(input);
  return result.success ? '' : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
}

describe('reference dataset schema', () => {
  it('accepts the whole built-in dataset', () => {
    assert.equal(issuesOf(referenceData), '');
  });

  it('parses to the dataset type', () => {
    // Compile-time check: what the schema accepts is a ReferenceDataset.
    const parsed: ReferenceDataset = referenceDatasetSchema.parse(referenceData);
    assert.equal(parsed.figures.length, referenceData.figures.length);
  });

  it('rejects a figure without a source', () => {
    const data = copyOfDataset();
    delete data.figures[0].source;
    assert.notEqual(issuesOf(data), '');
    const figure: Record<string, unknown> = { ...referenceData.figures[0] };
    delete figure.source;
    assert.equal(figureSchema.safeParse(figure).success, false);
  });

  it('rejects a source missing its publisher, title or year', () => {
    for (const field of ['publisher', 'title', 'year']) {
      const source: Record<string, unknown> = { ...usgsMcs2025RareEarths };
      delete source[field];
      assert.equal(sourceSchema.safeParse(source).success, false, field);
    }
    assert.equal(sourceSchema.safeParse({ ...usgsMcs2025RareEarths, publisher: '' }).success, false);
  });

  it('rejects an http or malformed source URL', () => {
    for (const url of [
      'http://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf',
      'https//pubs.usgs.gov/periodicals/mcs2025/',
      'pubs.usgs.gov/periodicals/mcs2025/',
      'https://',
      'https://localhost/x',
      'https://pubs usgs.gov/x',
      'ftp://pubs.usgs.gov/x',
      '',
    ]) {
      assert.equal(isHttpsUrl(url), false, url);
      const data = copyOfDataset();
      (data.figures[0].source as Record<string, unknown>).url = url;
      assert.notEqual(issuesOf(data), '', url);
    }
  });

  it('rejects a figure whose source is not in the source list', () => {
    const data = copyOfDataset();
    (data.figures[0].source as Record<string, unknown>).id = 'some-other-source';
    assert.match(issuesOf(data), /not listed in sources/);
  });

  it('rejects duplicate figure ids, unknown elements and unknown regions', () => {
    const duplicate = copyOfDataset();
    duplicate.figures[1].id = duplicate.figures[0].id;
    assert.match(issuesOf(duplicate), /duplicate figure id/);
    const unknownRegion = copyOfDataset();
    (unknownRegion.figures[0].subject as { regions: string[] }).regions = ['Atlantis'];
    assert.match(issuesOf(unknownRegion), /unknown region: Atlantis/);
    const unknownElement = copyOfDataset();
    (unknownElement.figures[0].subject as { elements: string[] }).elements = ['Fe'];
    assert.match(issuesOf(unknownElement), /unknown element: Fe/);
  });

  it('rejects a range whose upper end is not above its lower end, and a share above 100%', () => {
    const base = referenceData.figures[0];
    assert.equal(figureSchema.safeParse({ ...base, valueMax: base.value }).success, false);
    assert.equal(figureSchema.safeParse({ ...base, unit: '%', value: 120 }).success, false);
    assert.equal(figureSchema.safeParse({ ...base, metric: 'output' }).success, false);
    assert.equal(figureSchema.safeParse({ ...base, period: 'recently' }).success, false);
  });
});

describe('reference dataset', () => {
  it('gives every figure a source with publisher, title, year and an https URL', () => {
    for (const figure of referenceData.figures) {
      assert.ok(figure.source, figure.id);
      assert.ok(figure.source.publisher.length > 0, figure.id);
      assert.ok(figure.source.title.length > 0, figure.id);
      assert.ok(Number.isInteger(figure.source.year), figure.id);
      assert.ok(isHttpsUrl(figure.source.url), `${figure.id}: ${figure.source.url}`);
      assert.ok(figure.period.length > 0, figure.id);
    }
  });

  it('lists all 17 rare earth elements with their IUPAC symbols and atomic numbers', () => {
    const expected: [string, string, number][] = [
      ['Scandium', 'Sc', 21], ['Yttrium', 'Y', 39], ['Lanthanum', 'La', 57], ['Cerium', 'Ce', 58],
      ['Praseodymium', 'Pr', 59], ['Neodymium', 'Nd', 60], ['Promethium', 'Pm', 61], ['Samarium', 'Sm', 62],
      ['Europium', 'Eu', 63], ['Gadolinium', 'Gd', 64], ['Terbium', 'Tb', 65], ['Dysprosium', 'Dy', 66],
      ['Holmium', 'Ho', 67], ['Erbium', 'Er', 68], ['Thulium', 'Tm', 69], ['Ytterbium', 'Yb', 70],
      ['Lutetium', 'Lu', 71],
    ];
    assert.deepEqual(
      referenceData.elements.map((element) => [element.name, element.symbol, element.atomicNumber]),
      expected,
    );
  });

  it('classes the elements as USGS does: La–Gd light, Tb–Lu and Y heavy, Sc neither', () => {
    for (const element of referenceData.elements) {
      const expected = element.symbol === 'Sc' ? 'neither'
        : element.symbol === 'Y' || element.atomicNumber >= 65 ? 'heavy' : 'light';
      assert.equal(classificationBy(element, 'USGS')?.group, expected, element.symbol);
    }
  });

  for (const year of ['2023', '2024'] as const) {
    it(`has country mine production adding up to the rounded world total for ${year}`, () => {
      const field = year === '2023' ? 'production2023' : 'production2024';
      const sum = productionAndReservesRows.reduce((total, row) => total + (row[field] ?? 0), 0);
      const total = worldTotals[field] ?? 0;
      // A total rounded to its last non-zero digit is off by at most half a unit of that digit.
      const trailingZeros = /0*$/.exec(String(total))?.[0].length ?? 0;
      assert.ok(Math.abs(sum - total) <= 10 ** trailingZeros / 2, `sum ${sum}, world total ${total}`);
    });
  }

  it('keeps "NA" and "—" cells out and the world reserves as a lower bound', () => {
    assert.deepEqual(referenceFiguresFor({ region: 'Myanmar', metric: 'reserves' }), []);
    assert.deepEqual(referenceFiguresFor({ region: 'Canada', metric: 'mine production' }), []);
    const [worldReserves] = referenceFiguresFor({ region: 'World', metric: 'reserves' });
    assert.equal(worldReserves.value, 90_000_000);
    assert.equal(worldReserves.comparison, '>');
  });

  it("notes that China's production figures are a quota and marks 2024 production as estimated", () => {
    const china = referenceFiguresFor({ region: 'China', metric: 'mine production' });
    assert.deepEqual(china.map((figure) => [figure.period, figure.value, figure.estimated ?? false]), [
      ['2023', 255_000, false],
      ['2024', 270_000, true],
    ]);
    for (const figure of china) assert.match(figure.notes ?? '', /quota/);
  });

  it('has every price series for each year 2020–2024', () => {
    assert.ok(referenceData.priceSeries.length > 0);
    for (const series of referenceData.priceSeries) {
      assert.deepEqual(Object.keys(series.values).sort(), [...PRICE_YEARS], series.product);
      assert.equal(series.unit, 'USD/kg');
    }
  });

  it('has US import source shares adding up to 100%', () => {
    assert.equal(importSourceShares.reduce((total, { share }) => total + share, 0), 100);
  });

  it('cites only sources from the source list, each at least once', () => {
    const ids = new Set(referenceData.sources.map((source) => source.id));
    for (const figure of referenceData.figures) assert.ok(ids.has(figure.source.id), figure.id);
    for (const id of ids) assert.ok(referenceData.figures.some((figure) => figure.source.id === id)
      || referenceData.elements.some((element) => element.classifications.some((c) => c.source.id === id)), id);
  });
});

describe('reference data lookups', () => {
  it('finds an element by symbol', () => {
    assert.equal(elementBySymbol('Dy')?.name, 'Dysprosium');
    assert.equal(elementBySymbol(' dy ')?.atomicNumber, 66);
    assert.equal(elementBySymbol('Fe'), undefined);
    assert.equal(elementBySymbol(''), undefined);
  });

  it('finds an element by name, case-insensitively', () => {
    assert.equal(elementByName('dysprosium')?.symbol, 'Dy');
    assert.equal(elementByName('NEODYMIUM')?.symbol, 'Nd');
    assert.equal(elementByName('Iron'), undefined);
  });

  it('finds a region by name or alias', () => {
    assert.equal(regionByName('Myanmar')?.name, 'Burma (Myanmar)');
    assert.equal(regionByName('burma (myanmar)')?.name, 'Burma (Myanmar)');
    assert.equal(regionByName('USA')?.name, 'United States');
    assert.equal(regionByName('Atlantis'), undefined);
  });

  it('finds the price figures of an element by symbol or name', () => {
    const bySymbol = referenceFiguresFor({ element: 'Dy', metric: 'price' });
    assert.deepEqual(bySymbol.map((figure) => [figure.period, figure.value]), [
      ['2020', 261], ['2021', 410], ['2022', 382], ['2023', 330], ['2024', 260],
    ]);
    const latest = bySymbol[4];
    assert.equal(latest.unit, 'USD/kg');
    assert.equal(latest.subject.product, 'dysprosium oxide');
    assert.equal(latest.source.url, 'https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf');
    assert.deepEqual(referenceFiguresFor({ element: 'dysprosium', metric: 'price' }), bySymbol);
  });

  it('finds figures by region alias and metric', () => {
    const myanmar = referenceFiguresFor({ region: 'Myanmar', metric: 'mine production' });
    assert.deepEqual(myanmar.map((figure) => [figure.label, figure.value]), [
      ['Burma (Myanmar), mine production 2023', 43_000],
      ['Burma (Myanmar), mine production 2024', 31_000],
    ]);
    const fromChina = referenceFiguresFor({ region: 'China', metric: 'import sources' });
    assert.deepEqual(fromChina.map((figure) => [figure.value, figure.period]), [[70, '2020–2023']]);
    const usReliance = referenceFiguresFor({ region: 'US', metric: 'import reliance' });
    assert.deepEqual(usReliance.map((figure) => [figure.comparison, figure.value, figure.period]), [
      [undefined, 80, '2024'],
      ['>', 95, '2021–2023'],
    ]);
  });

  it('combines criteria and matches nothing for an unknown element or region', () => {
    assert.deepEqual(referenceFiguresFor({ element: 'Tb', region: 'China' }), []);
    assert.deepEqual(referenceFiguresFor({ element: 'Unobtainium' }), []);
    assert.deepEqual(referenceFiguresFor({ region: 'Atlantis' }), []);
    assert.equal(referenceFiguresFor({}).length, referenceData.figures.length);
  });

  it('searches a given figure list instead of the dataset when one is passed', () => {
    const only = referenceData.figures.filter((figure) => figure.metric === 'supply share');
    assert.deepEqual(referenceFiguresFor({ region: 'China' }, only), only);
  });
});
