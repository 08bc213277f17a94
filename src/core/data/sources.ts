// Every publication the dataset cites, each defined once. Figures refer to these objects.
import type { Source } from './types';

/** USGS Mineral Commodity Summaries 2025, rare earths chapter (published January 2025). */
export const usgsMcs2025RareEarths: Source = {
  id: 'usgs-mcs2025-rare-earths',
  publisher: 'U.S. Geological Survey',
  title: 'Mineral Commodity Summaries 2025: Rare Earths',
  year: 2025,
  url: 'https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf',
  confidence: 'confirmed',
};

/** USGS Fact Sheet 2014–3078 (Van Gosen, Verplanck, Long, Gambogi, Seal). */
export const usgsFactSheet20143078: Source = {
  id: 'usgs-fs-2014-3078',
  publisher: 'U.S. Geological Survey',
  title: 'The Rare-Earth Elements—Vital to Modern Technologies and Lifestyles (Fact Sheet 2014–3078)',
  year: 2014,
  url: 'https://pubs.usgs.gov/fs/2014/3078/',
  confidence: 'confirmed',
};

/** D. J. Cordier (USGS), the source of the USGS light/heavy classification used here. */
export const usgsCordierEarth2011: Source = {
  id: 'usgs-cordier-earth-2011',
  publisher: 'U.S. Geological Survey, in EARTH Magazine (American Geosciences Institute)',
  title: 'Mineral Resource of the Month: Rare Earth Elements',
  year: 2011,
  url: 'https://www.earthmagazine.org/article/mineral-resource-month-rare-earth-elements/',
  confidence: 'verified',
  notes: 'By Daniel J. Cordier, USGS rare earth commodity specialist; USGS Publications Warehouse record 70045903 (https://pubs.usgs.gov/publication/70045903), dated 2011. The online article is dated 2018.',
};

export const sources: readonly Source[] = [usgsMcs2025RareEarths, usgsFactSheet20143078, usgsCordierEarth2011];
