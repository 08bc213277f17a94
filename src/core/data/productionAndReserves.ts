// World mine production and reserves by country, t REO, from USGS MCS 2025. Cells the source gives
// as 'NA' (not available) or '—' (none) have no figure.
import { idPart } from './figureId';
import { usgsMcs2025RareEarths as source } from './sources';
import type { ReferenceFigure } from './types';

interface CountryRow {
  readonly region: string;
  readonly production2023?: number;
  /** Estimated by USGS. */
  readonly production2024?: number;
  readonly reserves?: number;
  readonly reservesComparison?: '>';
  /** Caveats for the production figures. */
  readonly notes?: string;
  readonly production2024Notes?: string;
}

const CHINA_QUOTA = 'Production quota; excludes undocumented production.';

/** Country rows as in the source table; the world row is `worldTotals`. */
export const productionAndReservesRows: readonly CountryRow[] = [
  {
    region: 'United States', production2023: 41_600, production2024: 45_000, reserves: 1_900_000,
    production2024Notes: 'Mineral concentrates from Mountain Pass, California.',
  },
  { region: 'Australia', production2023: 16_000, production2024: 13_000, reserves: 5_700_000 },
  { region: 'Brazil', production2023: 140, production2024: 20, reserves: 21_000_000 },
  { region: 'Burma (Myanmar)', production2023: 43_000, production2024: 31_000 },
  { region: 'Canada', reserves: 830_000 },
  { region: 'China', production2023: 255_000, production2024: 270_000, reserves: 44_000_000, notes: CHINA_QUOTA },
  { region: 'Greenland', reserves: 1_500_000 },
  { region: 'India', production2023: 2_900, production2024: 2_900, reserves: 6_900_000 },
  { region: 'Madagascar', production2023: 2_100, production2024: 2_000 },
  { region: 'Malaysia', production2023: 310, production2024: 130 },
  { region: 'Nigeria', production2023: 7_200, production2024: 13_000 },
  { region: 'Russia', production2023: 2_500, production2024: 2_500, reserves: 3_800_000 },
  { region: 'South Africa', reserves: 860_000 },
  { region: 'Tanzania', reserves: 890_000 },
  { region: 'Thailand', production2023: 3_600, production2024: 13_000, reserves: 4_500 },
  { region: 'Vietnam', production2023: 300, production2024: 300, reserves: 3_500_000 },
  { region: 'Other countries', production2023: 1_440, production2024: 1_100 },
];

/** The source's rounded world totals. */
export const worldTotals: CountryRow = {
  region: 'World',
  production2023: 376_000,
  production2024: 390_000,
  reserves: 90_000_000,
  reservesComparison: '>',
  notes: 'Rounded world total.',
};

const RESERVES_PERIOD_NOTE = 'Reserves as published in MCS 2025 (January 2025), beside the 2024 production estimates.';

function joinNotes(...notes: (string | undefined)[]): string | undefined {
  const present = notes.filter((note): note is string => note !== undefined);
  return present.length > 0 ? present.join(' ') : undefined;
}

function rowFigures(row: CountryRow, isWorldTotal: boolean): ReferenceFigure[] {
  const figures: ReferenceFigure[] = [];
  const subject = { elements: [], regions: [row.region], organizations: [] };
  const region = idPart(row.region);
  const production = [
    { year: '2023', value: row.production2023, estimated: false, yearNotes: undefined },
    { year: '2024', value: row.production2024, estimated: true, yearNotes: row.production2024Notes },
  ];
  for (const { year, value, estimated, yearNotes } of production) {
    if (value === undefined) continue;
    const notes = joinNotes(row.notes, yearNotes);
    figures.push({
      id: `${source.id}-mine-production-${region}-${year}`,
      value,
      unit: 't REO',
      approximate: isWorldTotal,
      period: year,
      ...(estimated ? { estimated } : {}),
      subject,
      metric: 'mine production',
      label: `${row.region}, mine production ${year}`,
      source,
      ...(notes === undefined ? {} : { notes }),
    });
  }
  if (row.reserves !== undefined) {
    figures.push({
      id: `${source.id}-reserves-${region}`,
      value: row.reserves,
      ...(row.reservesComparison === undefined ? {} : { comparison: row.reservesComparison }),
      unit: 't REO',
      approximate: isWorldTotal,
      period: '2024',
      subject,
      metric: 'reserves',
      label: `${row.region}, reserves`,
      source,
      notes: joinNotes(isWorldTotal ? row.notes : undefined, RESERVES_PERIOD_NOTE),
    });
  }
  return figures;
}

export const productionAndReservesFigures: readonly ReferenceFigure[] = [
  ...productionAndReservesRows.flatMap((row) => rowFigures(row, false)),
  ...rowFigures(worldTotals, true),
  {
    id: `${source.id}-production-value-united-states-2024`,
    value: 260_000_000,
    unit: 'USD',
    approximate: false,
    period: '2024',
    estimated: true,
    subject: { elements: [], regions: ['United States'], organizations: [] },
    metric: 'production value',
    label: 'United States, value of mine production 2024',
    source,
    notes: 'Mineral concentrates from Mountain Pass, California.',
  },
];
