// Well-known rare-earth companies and public bodies, as prose names them. Matched in exact case
// (acronyms) or with a capital first letter, longest name first. A note's own front matter
// `organizations` are matched as well (see extractFigures).

/** Canonical name → other names. The canonical name itself is matched too. */
const ORGANIZATIONS: Record<string, readonly string[]> = {
  'MP Materials': ['MP Materials Corp'],
  'Lynas Rare Earths': ['Lynas', 'Lynas Corporation', 'Lynas Corp'],
  'China Northern Rare Earth Group': ['China Northern Rare Earth', 'Northern Rare Earth', 'China Northern', 'Baotou Steel Rare Earth'],
  'China Rare Earth Group': ['China Rare Earth Group Co', 'China Rare Earths Group'],
  'JL Mag Rare-Earth': ['JL Mag', 'JL MAG', 'Jiangxi Jinli Permanent Magnet'],
  'Ningbo Yunsheng': ['Yunsheng'],
  'Iluka Resources': ['Iluka'],
  'Neo Performance Materials': ['Neo Performance'],
  'Energy Fuels': ['Energy Fuels Inc'],
  'USA Rare Earth': [],
  Solvay: ['Syensqo'],
  'Shenghe Resources': ['Shenghe'],
  'Arafura Rare Earths': ['Arafura', 'Arafura Resources'],
  'Australian Strategic Materials': ['ASM'],
  'Northern Minerals': [],
  'Hastings Technology Metals': [],
  'Mkango Resources': ['Mkango'],
  'Pensana': [],
  'Rainbow Rare Earths': [],
  'Ucore Rare Metals': ['Ucore'],
  'Vacuumschmelze': ['VAC'],
  'Shin-Etsu Chemical': ['Shin-Etsu'],
  'Proterial': ['Hitachi Metals'],
  'TDK': [],
  'Noveon Magnetics': ['Noveon'],
  'Niron Magnetics': ['Niron'],
  'Vulcan Elements': [],
  'Aclara Resources': ['Aclara'],
  'Serra Verde': [],
  'Torngat Metals': ['Torngat'],
  'Rare Element Resources': [],
  'Ramaco Resources': ['Ramaco'],
  'Chinalco': ['Aluminum Corporation of China'],
  'China Minmetals': ['Minmetals'],
  'Xiamen Tungsten': [],
  'Guangsheng Nonferrous': ['Guangsheng'],
  'Tesla': [],
  'General Motors': ['GM'],
  'Lockheed Martin': [],
  'Toyota': [],
  'Apple': [],
  'USGS': ['U.S. Geological Survey', 'US Geological Survey', 'United States Geological Survey'],
  'IEA': ['International Energy Agency'],
  'U.S. Department of Defense': ['Department of Defense', 'DoD', 'DOD', 'Pentagon', 'Department of War'],
  'U.S. Department of Energy': ['Department of Energy', 'DOE', 'DoE'],
  'U.S. Department of Commerce': ['Department of Commerce', 'Commerce Department'],
  'Congressional Research Service': ['CRS'],
  'European Commission': [],
  'MIIT': ['Ministry of Industry and Information Technology'],
  'MOFCOM': ["China's Ministry of Commerce", 'Chinese Ministry of Commerce'],
  'Adamas Intelligence': ['Adamas'],
  'Benchmark Mineral Intelligence': ['Benchmark Minerals'],
  'Shanghai Metals Market': ['SMM'],
  'Asian Metal': [],
  'Argus': ['Argus Media'],
  'Fastmarkets': [],
  'Project Blue': [],
  'Wood Mackenzie': [],
};

function buildOrganizationNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(ORGANIZATIONS)) {
    names.set(canonical, canonical);
    for (const alias of aliases) names.set(alias, canonical);
  }
  return names;
}

/** Every name (exact case) → canonical organization name. */
export const ORGANIZATION_NAMES: ReadonlyMap<string, string> = buildOrganizationNames();
