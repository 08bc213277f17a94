// End uses of rare earths as a group (no per-element uses are verified yet).
import { usgsMcs2025RareEarths } from './sources';
import type { EndUses } from './types';

export const endUses: readonly EndUses[] = [
  {
    id: 'usgs-mcs2025-end-uses-united-states',
    region: 'United States',
    period: '2024',
    uses: ['catalysts', 'ceramics and glass', 'metallurgy and alloys', 'polishing'],
    source: usgsMcs2025RareEarths,
  },
];
