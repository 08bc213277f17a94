// The vocabulary of rare-earth highlighting: the one list of words that highlightRules.ts turns into
// regular expressions for both the preview (findHighlights) and the editor (the TextMate injection
// grammar generated into syntaxes/). Edit words here, never in the generated grammar.

export interface RareEarthElement {
  /** English name, lower case. */
  name: string;
  /** Other accepted spellings, lower case. */
  aliases?: readonly string[];
  /** Chemical symbol, exact case. */
  symbol: string;
  atomicNumber: number;
  group: 'light' | 'heavy';
}

/** The 17 rare earth elements: the 15 lanthanides plus scandium and yttrium (IUPAC). */
// Names are matched in lower case, Capitalised or UPPER CASE. Every name ends in "um" (the grammar relies on it).
export const RARE_EARTH_ELEMENTS: readonly RareEarthElement[] = [
  { name: 'scandium', symbol: 'Sc', atomicNumber: 21, group: 'heavy' },
  { name: 'yttrium', symbol: 'Y', atomicNumber: 39, group: 'heavy' },
  { name: 'lanthanum', symbol: 'La', atomicNumber: 57, group: 'light' },
  { name: 'cerium', symbol: 'Ce', atomicNumber: 58, group: 'light' },
  { name: 'praseodymium', symbol: 'Pr', atomicNumber: 59, group: 'light' },
  { name: 'neodymium', symbol: 'Nd', atomicNumber: 60, group: 'light' },
  { name: 'promethium', symbol: 'Pm', atomicNumber: 61, group: 'light' },
  { name: 'samarium', symbol: 'Sm', atomicNumber: 62, group: 'light' },
  { name: 'europium', symbol: 'Eu', atomicNumber: 63, group: 'heavy' },
  { name: 'gadolinium', symbol: 'Gd', atomicNumber: 64, group: 'heavy' },
  { name: 'terbium', symbol: 'Tb', atomicNumber: 65, group: 'heavy' },
  { name: 'dysprosium', symbol: 'Dy', atomicNumber: 66, group: 'heavy' },
  { name: 'holmium', symbol: 'Ho', atomicNumber: 67, group: 'heavy' },
  { name: 'erbium', symbol: 'Er', atomicNumber: 68, group: 'heavy' },
  { name: 'thulium', symbol: 'Tm', atomicNumber: 69, group: 'heavy' },
  { name: 'ytterbium', symbol: 'Yb', atomicNumber: 70, group: 'heavy' },
  { name: 'lutetium', aliases: ['lutecium'], symbol: 'Lu', atomicNumber: 71, group: 'heavy' },
];

/**
 * Words for the rare earths as a group. Phrases are written in lower case and matched in lower case,
 * Capitalised, Title Case or UPPER CASE, with a space, hyphen or no-break space between words;
 * acronyms are matched in upper case only.
 */
export const GROUP_PHRASES: readonly string[] = [
  'rare earth elements', 'rare earth element', 'rare earth metals', 'rare earth metal',
  'rare earth oxides', 'rare earth oxide', 'rare earths', 'rare earth',
  'lanthanides', 'lanthanide', 'lanthanoids', 'lanthanoid',
];
export const GROUP_ACRONYMS: readonly string[] = ['TREO', 'LREE', 'HREE', 'MREE', 'REE', 'REO', 'REM'];
/** Acronyms that also take a plural s (REEs, LREEs, REOs). */
export const GROUP_ACRONYMS_PLURAL: readonly string[] = ['LREE', 'HREE', 'MREE', 'REE', 'REO'];

/** Magnet and compound names matched as written (exact case). */
export const COMPOUNDS: readonly string[] = [
  'NdFeB', 'SmCo', 'SmCo5', 'Sm2Co17', 'NdPr', 'PrNd', 'DyFe', 'TbFe', 'NdFe', 'Terfenol-D', 'Terfenol',
  'Nd:YAG', 'Er:YAG', 'Yb:YAG', 'Ho:YAG', 'Tm:YAG', 'Ce:YAG',
];
/**
 * Compound and alloy names, matched Capitalised or UPPER CASE only (in lower case, "neodymium" in
 * "neodymium-iron-boron" is highlighted as a name). Hyphens here also accept a space.
 */
export const COMPOUND_WORDS: readonly string[] = [
  'neodymium-iron-boron', 'samarium-cobalt', 'neodymium-praseodymium', 'didymium', 'mischmetal',
];

/** Other chemical symbols that may follow a rare earth in a formula (Nd2Fe14B, Y3Al5O12, LaNi5). */
export const FORMULA_PARTNER_SYMBOLS: readonly string[] = [
  'Fe', 'Co', 'Ni', 'Cu', 'Al', 'Ga', 'Ba', 'Sr', 'Ca', 'Mg', 'Zr', 'Ti', 'Si', 'Cl', 'F', 'O', 'B', 'C', 'N', 'S', 'P', 'H',
];
/** Partners accepted in hyphen or slash pairs after a rare earth symbol (Nd-Fe-B, Sm/Co). */
export const PAIR_PARTNER_SYMBOLS: readonly string[] = ['Fe', 'Co', 'Ni', 'B'];

/** Symbols that are also words or names (Y, Er, La Niña, Ho): never highlighted in comma/and lists. */
export const AMBIGUOUS_SYMBOLS: readonly string[] = ['Y', 'Er', 'La', 'Ho', 'Pm', 'Sc'];

/** Words after which a bare symbol can only be an element: "Nd oxide", "Dy metal". Any case. */
export const SYMBOL_CONTEXT_WORDS: readonly string[] = [
  'oxides', 'oxide', 'metals', 'metal', 'magnets', 'magnet', 'carbonates', 'carbonate', 'oxalate',
  'chloride', 'fluoride', 'nitrate', 'hydroxide', 'alloys', 'alloy', 'concentrate',
];

/** Magnitude words after a number: 59 million, 2.5bn. Lower case (a leading capital is accepted). */
export const MAGNITUDE_WORDS: readonly string[] = ['thousand', 'million', 'billion', 'trillion', 'bn', 'mn', 'tn'];
/** Magnitude letters accepted right after a currency amount only: $5m, $2B, €300k. */
export const CURRENCY_MAGNITUDE_LETTERS: readonly string[] = ['m', 'M', 'b', 'B', 'k', 'K', 'bn', 'mn', 'tn'];

/** Currency signs and codes. Signs go before the amount; codes and names before or after. */
export const CURRENCY_SIGNS: readonly string[] = ['US$', 'A$', 'AU$', 'C$', 'CA$', 'HK$', 'NZ$', 'S$', 'R$', '$', '€', '£', '¥', '₹', '₩'];
export const CURRENCY_CODES: readonly string[] = ['USD', 'EUR', 'GBP', 'CNY', 'RMB', 'JPY', 'AUD', 'CAD', 'KRW', 'INR'];
/** Currency names after an amount; lower case (a leading capital is accepted). */
export const CURRENCY_NAMES: readonly string[] = ['dollars', 'dollar', 'euros', 'euro', 'yuan', 'renminbi', 'yen', 'pounds sterling', 'won', 'rupees'];

/** Unit symbols after a number, exact case: 5,000 t, 10 kt, 2 Mt, 300 MW. */
export const UNIT_SYMBOLS: readonly string[] = [
  'Mtpa', 'mtpa', 'ktpa', 'tpa', 'tpy', 'tpd', 'Mt', 'MT', 'mt', 'kt', 'Kt', 't', 'kg', 'g/t', 'lbs', 'lb', 'oz',
  'GWh', 'MWh', 'kWh', 'TWh', 'GW', 'MW', 'kW', 'TW', 'ppm', 'ppb', 'km²', 'km2', 'km', 'ha',
];
/** Unit words after a number; lower case (a leading capital is accepted). */
export const UNIT_WORDS: readonly string[] = [
  'metric tons', 'metric tonnes', 'tonnes', 'tonne', 'tons', 'ton', 'kilotonnes', 'kilotons', 'megatonnes',
  'kilograms', 'kilogrammes', 'kilogram', 'grams', 'pounds', 'ounces', 'megawatts', 'megawatt', 'gigawatts',
  'gigawatt', 'kilowatts', 'kilowatt', 'gigawatt-hours', 'megawatt-hours', 'kilometres', 'kilometers',
  'kilometre', 'kilometer', 'miles', 'hectares', 'acres', 'square kilometres', 'square kilometers',
];
/** Time units for rates: 10,000 tons per year, 5 kt/yr. */
export const RATE_UNITS: readonly string[] = ['year', 'yr', 'annum', 'month', 'week', 'day', 'hour', 'y', 'a', 'd', 'h'];

/** Percent words after a number: 30-45 percent. Lower case. */
export const PERCENT_WORDS: readonly string[] = ['percentage points', 'percentage point', 'basis points', 'basis point', 'per cent', 'percent', 'pct', 'bps', 'pp'];

/**
 * Approximation words: a bare number right after one is a statistic (about 300, more than 40). The
 * word itself is not painted. Lower case (a leading capital is accepted).
 */
export const APPROXIMATION_WORDS: readonly string[] = [
  'approximately', 'approx.', 'about', 'around', 'roughly', 'nearly', 'almost', 'close to', 'some', 'an estimated',
  'estimated', 'just over', 'just under', 'well over', 'well above', 'over', 'under', 'more than', 'less than',
  'fewer than', 'up to', 'at least', 'at most', 'as much as', 'as many as', 'as high as', 'as low as',
  'in excess of', 'upwards of', 'below', 'above',
];
/** Approximation signs before a figure, without a space or with one, painted with it: ~69%, ≈ 5 Mt. */
export const APPROXIMATION_SIGNS: readonly string[] = ['~', '≈', '<', '>', '≤', '≥', '+/-', '±'];

/** Multiplier words: tenfold. Lower case (a leading capital is accepted). */
export const FOLD_WORDS: readonly string[] = [
  'twofold', 'threefold', 'fourfold', 'fivefold', 'sixfold', 'sevenfold', 'eightfold', 'ninefold', 'tenfold',
  'twelvefold', 'fifteenfold', 'twentyfold', 'fiftyfold', 'hundredfold', 'thousandfold',
];
/** Comparatives after "N times": 3 times higher. */
export const TIMES_COMPARATIVES: readonly string[] = ['more', 'higher', 'larger', 'greater', 'bigger', 'less', 'lower', 'smaller', 'faster', 'as', 'the'];
