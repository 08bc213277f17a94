// Names in prose that point at a region: the reference dataset's regions and aliases
// (src/core/data/regions.ts), plus demonyms, capitals, provinces and states, and regions the dataset
// has no figures for yet. Matched in exact case (so the pronoun "us" is never the United States),
// longest name first ("South Africa" before "Africa", "USA Rare Earth" is an organization too).
import { regions } from '../data/regions';

/** Extra names → canonical region name. Canonical names are the dataset's where it has the region. */
const EXTRA_NAMES: Record<string, readonly string[]> = {
  China: ['Chinese', 'Beijing', 'Inner Mongolia', 'Baotou', 'Bayan Obo', 'Jiangxi', 'Ganzhou', 'Sichuan', 'Guangdong', 'Fujian', 'Shanghai'],
  'United States': ['America', 'American', 'Americans', 'U.S.A.', 'Washington, D.C.', 'Texas', 'California', 'Mountain Pass', 'Oklahoma', 'Wyoming', 'Utah', 'Nevada', 'Alaska', 'Fort Worth'],
  'Burma (Myanmar)': ['Myanmar', 'Burma', 'Burmese', 'Kachin', 'Kachin State'],
  Japan: ['Japanese', 'Tokyo'],
  Australia: ['Australian', 'Australians', 'Canberra', 'Western Australia', 'Mount Weld', 'Kalgoorlie', 'Queensland'],
  Malaysia: ['Malaysian', 'Kuantan', 'Pahang', 'Kuala Lumpur'],
  Brazil: ['Brazilian', 'Brasília', 'Brasilia'],
  India: ['Indian', 'New Delhi'],
  Vietnam: ['Vietnamese', 'Hanoi'],
  Russia: ['Russian', 'Moscow'],
  Canada: ['Canadian', 'Ottawa', 'Saskatchewan', 'Quebec', 'Québec'],
  Greenland: ['Greenlandic', 'Kvanefjeld', 'Tanbreez'],
  'South Africa': ['South African'],
  Madagascar: ['Malagasy'],
  Thailand: ['Thai'],
  Tanzania: ['Tanzanian'],
  Nigeria: ['Nigerian'],
  Estonia: ['Estonian'],
  'European Union': ['EU', 'E.U.', 'Europe', 'European', 'Brussels', 'European Commission'],
  Africa: ['African'],
  'South Korea': ['Korea', 'Korean', 'Seoul', 'Republic of Korea'],
  'North Korea': ['North Korean'],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'British', 'Great Britain', 'London'],
  Germany: ['German', 'Berlin'],
  France: ['French', 'Paris'],
  Kazakhstan: ['Kazakh'],
  Laos: ['Lao', 'Laotian'],
  Mongolia: ['Mongolian', 'Ulaanbaatar'],
  Norway: ['Norwegian'],
  Sweden: ['Swedish', 'Kiruna'],
  Finland: ['Finnish'],
  Taiwan: ['Taiwanese', 'Taipei'],
  Indonesia: ['Indonesian', 'Jakarta'],
  Philippines: ['Philippine', 'Filipino'],
  Chile: ['Chilean'],
  Peru: ['Peruvian'],
  Argentina: ['Argentine', 'Argentinian'],
  Mexico: ['Mexican'],
  Uganda: ['Ugandan'],
  Angola: ['Angolan'],
  Malawi: ['Malawian'],
  Namibia: ['Namibian'],
  Kenya: ['Kenyan'],
  Ukraine: ['Ukrainian', 'Kyiv'],
  'Saudi Arabia': ['Saudi'],
  Turkey: ['Turkish', 'Türkiye'],
  Pakistan: ['Pakistani'],
  Bangladesh: ['Bangladeshi'],
  'Latin America': ['South America'],
  'Southeast Asia': ['South-East Asia', 'ASEAN'],
};
/** Words that would otherwise be read as a region but are not one in prose. */
const NOT_REGIONS = new Set(['Other countries', 'Global', 'World']);

function buildRegionNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const region of regions) {
    for (const name of [region.name, ...region.aliases]) if (!NOT_REGIONS.has(name)) names.set(name, region.name);
  }
  for (const [canonical, extras] of Object.entries(EXTRA_NAMES)) {
    if (!names.has(canonical)) names.set(canonical, canonical);
    for (const extra of extras) if (!names.has(extra)) names.set(extra, canonical);
  }
  // The dataset's own names stay canonical even when an extra list repeats them.
  for (const region of regions) if (!NOT_REGIONS.has(region.name)) names.set(region.name, region.name);
  // "Latin America"/"South America" are not the United States, though they end in "America".
  names.set('Latin America', 'Latin America');
  names.set('South America', 'Latin America');
  names.set('North America', 'North America');
  names.set('Central America', 'Latin America');
  return names;
}

/** Every name (exact case) → canonical region name. */
export const REGION_NAMES: ReadonlyMap<string, string> = buildRegionNames();
