// US net import reliance and import sources for rare-earth compounds and metals (USGS MCS 2025).
import { idPart } from './figureId';
import { usgsMcs2025RareEarths as source } from './sources';
import type { ReferenceFigure } from './types';

const US = 'United States';
const SCOPE = 'Rare-earth compounds and metals.';

export const importRelianceFigures: readonly ReferenceFigure[] = [
  {
    id: `${source.id}-import-reliance-united-states-2024`,
    value: 80,
    unit: '%',
    approximate: false,
    period: '2024',
    subject: { elements: [], regions: [US], organizations: [] },
    metric: 'import reliance',
    label: 'United States, net import reliance 2024',
    source,
    notes: `${SCOPE} Share of apparent consumption.`,
  },
  {
    id: `${source.id}-import-reliance-united-states-2021-2023`,
    value: 95,
    comparison: '>',
    unit: '%',
    approximate: false,
    period: '2021–2023',
    subject: { elements: [], regions: [US], organizations: [] },
    metric: 'import reliance',
    label: 'United States, net import reliance 2021–2023',
    source,
    notes: `${SCOPE} Share of apparent consumption.`,
  },
];

/** Shares of US imports by country of origin, 2020–2023; they add up to 100%. */
export const importSourceShares: readonly { readonly region: string; readonly share: number }[] = [
  { region: 'China', share: 70 },
  { region: 'Malaysia', share: 13 },
  { region: 'Japan', share: 6 },
  { region: 'Estonia', share: 5 },
  { region: 'Other countries', share: 6 },
];

export const importSourceFigures: readonly ReferenceFigure[] = importSourceShares.map(({ region, share }) => ({
  id: `${source.id}-import-sources-united-states-${idPart(region)}-2020-2023`,
  value: share,
  unit: '%',
  approximate: false,
  period: '2020–2023',
  subject: { elements: [], regions: [US, region], organizations: [] },
  metric: 'import sources',
  label: `US imports from ${region === 'Other countries' ? 'other countries' : region}, share 2020–2023`,
  source,
  notes: SCOPE,
}));
