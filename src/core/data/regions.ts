// Region names as notes use them, with the other names that mean the same region.
import type { Region } from './types';

export const regions: readonly Region[] = [
  { name: 'World', aliases: ['Global'] },
  { name: 'Other countries', aliases: [] },
  { name: 'Australia', aliases: [] },
  { name: 'Brazil', aliases: [] },
  { name: 'Burma (Myanmar)', aliases: ['Myanmar', 'Burma'] },
  { name: 'Canada', aliases: [] },
  { name: 'China', aliases: ["People's Republic of China", 'PRC'] },
  { name: 'Estonia', aliases: [] },
  { name: 'Greenland', aliases: [] },
  { name: 'India', aliases: [] },
  { name: 'Japan', aliases: [] },
  { name: 'Madagascar', aliases: [] },
  { name: 'Malaysia', aliases: [] },
  { name: 'Nigeria', aliases: [] },
  { name: 'Russia', aliases: ['Russian Federation'] },
  { name: 'South Africa', aliases: [] },
  { name: 'Tanzania', aliases: [] },
  { name: 'Thailand', aliases: [] },
  { name: 'United States', aliases: ['U.S.', 'US', 'USA', 'United States of America'] },
  { name: 'Vietnam', aliases: ['Viet Nam'] },
];
