// The value of a statistic as the highlighter matched it: `~69%`, `85–90%`, `$2.5 billion`,
// `US$60–70/kg`, `~240,000 tons`, `1,000 tons/year`, `10 kt`, `3×`, `tenfold`, `59 million`.
import { APPROXIMATION_SIGNS, APPROXIMATION_WORDS } from '../highlight/vocabulary';

export interface FigureValue {
  value: number;
  valueMax?: number;
  unit?: string;
  approximate: boolean;
}

const SP = '[ \\u00A0\\u202F\\u2009]';
const NUMBER = '[0-9]{1,3}(?:[,\\u00A0\\u202F\\u2009][0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?';
const DASH = '[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]';

/** Currency signs and codes, longest first, with the ISO code they stand for. */
const CURRENCY_SIGNS: Record<string, string> = {
  'US$': 'USD', 'AU$': 'AUD', 'CA$': 'CAD', 'HK$': 'HKD', 'NZ$': 'NZD', 'A$': 'AUD', 'C$': 'CAD', 'S$': 'SGD', 'R$': 'BRL',
  '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY', '₹': 'INR', '₩': 'KRW',
};
const CURRENCY_CODES: Record<string, string> = {
  usd: 'USD', eur: 'EUR', gbp: 'GBP', cny: 'CNY', rmb: 'CNY', jpy: 'JPY', aud: 'AUD', cad: 'CAD', krw: 'KRW', inr: 'INR',
  dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY',
  'pounds sterling': 'GBP', won: 'KRW', rupees: 'INR',
};
const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const SIGN = `(?:${byLength(Object.keys(CURRENCY_SIGNS))})`;
const CODE_BEFORE = '(?:USD|EUR|GBP|CNY|RMB|JPY|AUD|CAD|KRW|INR)';

const APPROX_PREFIX = new RegExp(`^(?:(?:${byLength([...APPROXIMATION_WORDS])})${SP}|(?:${byLength([...APPROXIMATION_SIGNS])})${SP}?)`, 'i');

/** Sign or code, the number, and a range's second number (with its own sign, if any). */
const HEAD = new RegExp(
  `^(?:(${SIGN})${SP}?|(${CODE_BEFORE})${SP}?)?(${NUMBER})`
  + `(?:%?(?:${SP}?${DASH}${SP}?|${SP}(?:to|and)${SP})${SIGN}?${SP}?(${NUMBER}))?`,
);

const MAGNITUDES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, tn: 1e12,
};
/** Letters a currency amount may end with: $5m, $2B, €300k. */
const CURRENCY_LETTERS: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };
const NUMBER_WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'half a': 0.5, a: 1,
};
const WORD_HEAD = new RegExp(`^(${byLength(['a few', 'several', ...Object.keys(NUMBER_WORD_VALUES)])})(?=${SP})`, 'i');
/** Vague number words: the figure is the magnitude itself, marked approximate. */
const VAGUE_WORDS = new Set(['a few', 'several']);
const FOLD_VALUES: Record<string, number> = {
  twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8, ninefold: 9,
  tenfold: 10, twelvefold: 12, fifteenfold: 15, twentyfold: 20, fiftyfold: 50, hundredfold: 100, thousandfold: 1000,
};

interface UnitInfo {
  unit: string;
  factor: number;
}
const t = (factor = 1, unit = 't'): UnitInfo => ({ unit, factor });
/** Unit symbols, exact case. */
const UNIT_SYMBOLS: Record<string, UnitInfo> = {
  Mtpa: t(1e6, 't/yr'), mtpa: t(1e6, 't/yr'), ktpa: t(1e3, 't/yr'), tpa: t(1, 't/yr'), tpy: t(1, 't/yr'), tpd: t(1, 't/d'),
  // "Mt" is million tonnes; trade press writes "MT"/"mt" for metric tons.
  Mt: t(1e6), MT: t(), mt: t(), kt: t(1e3), Kt: t(1e3), t: t(),
  kg: t(1, 'kg'), 'g/t': t(1, 'g/t'), lbs: t(1, 'lb'), lb: t(1, 'lb'), oz: t(1, 'oz'),
  GWh: t(1, 'GWh'), MWh: t(1, 'MWh'), kWh: t(1, 'kWh'), TWh: t(1, 'TWh'), GW: t(1, 'GW'), MW: t(1, 'MW'), kW: t(1, 'kW'),
  TW: t(1, 'TW'), ppm: t(1, 'ppm'), ppb: t(1, 'ppb'), 'km²': t(1, 'km²'), km2: t(1, 'km²'), km: t(1, 'km'), ha: t(1, 'ha'),
};
/** Unit words, lower case. */
const UNIT_WORDS: Record<string, UnitInfo> = {
  'metric tons': t(), 'metric tonnes': t(), tonnes: t(), tonne: t(), tons: t(), ton: t(),
  kilotonnes: t(1e3), kilotons: t(1e3), megatonnes: t(1e6),
  kilograms: t(1, 'kg'), kilogrammes: t(1, 'kg'), kilogram: t(1, 'kg'), grams: t(1, 'g'), pounds: t(1, 'lb'), ounces: t(1, 'oz'),
  megawatts: t(1, 'MW'), megawatt: t(1, 'MW'), gigawatts: t(1, 'GW'), gigawatt: t(1, 'GW'), kilowatts: t(1, 'kW'),
  kilowatt: t(1, 'kW'), 'gigawatt-hours': t(1, 'GWh'), 'megawatt-hours': t(1, 'MWh'),
  'square kilometres': t(1, 'km²'), 'square kilometers': t(1, 'km²'), kilometres: t(1, 'km'), kilometers: t(1, 'km'),
  kilometre: t(1, 'km'), kilometer: t(1, 'km'), miles: t(1, 'mi'), hectares: t(1, 'ha'), acres: t(1, 'acre'),
};
const RATES: Record<string, string> = {
  year: 'yr', yr: 'yr', annum: 'yr', y: 'yr', a: 'yr', month: 'mo', week: 'wk', day: 'd', d: 'd', hour: 'h', h: 'h',
};
const PER_UNITS: Record<string, string> = {
  kg: 'kg', kilogram: 'kg', t: 't', tonne: 't', ton: 't', lb: 'lb', pound: 'lb', ounce: 'oz', oz: 'oz', mwh: 'MWh',
  kwh: 'kWh', unit: 'unit', share: 'share', mt: 't', kt: 'kt', g: 'g',
};

const UNIT_SYMBOL_RE = new RegExp(`^(${byLength(Object.keys(UNIT_SYMBOLS))})(?![A-Za-z0-9])`);
const UNIT_WORD_RE = new RegExp(`^(${byLength(Object.keys(UNIT_WORDS)).replace(/ /g, '[- \\u00A0]')})(?![A-Za-z])`, 'i');
const RATE_RE = new RegExp(`^(?:${SP}?/${SP}?|${SP}(?:per|a|an|each)${SP})(year|yr|annum|month|week|day|hour|y|a|d|h)(?![A-Za-z])`, 'i');
const PER_UNIT_RE = new RegExp(`^(?:${SP}?/${SP}?|${SP}(?:per|a|an)${SP})(kilogram|tonne|ton|pound|ounce|unit|share|kg|MWh|kWh|mt|kt|lb|oz|t|g)(?![A-Za-z])`, 'i');
const MAGNITUDE_RE = /^[ \u00A0\u202F\u2009]?(thousand|million|billion|trillion|bn|mn|tn)(?![A-Za-z])/i;
const CURRENCY_LETTER_RE = /^(bn|mn|tn|[kKmMbB])(?![A-Za-z])/;
const PERCENT_RE = /^[ \u00A0\u202F\u2009]?(%|percentage[- \u00A0]points?|basis[- \u00A0]points?|per[- \u00A0]?cent|pct|bps|pp)(?![A-Za-z])/i;
const MULTIPLE_RE = /^[ \u00A0\u202F\u2009]?(?:\u00D7|[xX](?![A-Za-z])|[-\u2010\u2011]?fold(?![A-Za-z])|times(?![A-Za-z]))/;
const CODE_AFTER_RE = new RegExp(`^${SP}?(${byLength(Object.keys(CURRENCY_CODES)).replace(/ /g, SP)})(?![A-Za-z])`, 'i');

function parseNumber(text: string): number {
  return Number(text.replace(/[,\u00A0\u202F\u2009]/g, ''));
}

function scale(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(12));
}

/** The value of a highlighted statistic, or undefined when its text holds no number. */
export function parseFigureValue(raw: string): FigureValue | undefined {
  let rest = raw.trim();
  let approximate = false;
  const approx = APPROX_PREFIX.exec(rest);
  if (approx) {
    approximate = true;
    rest = rest.slice(approx[0].length);
  }

  const fold = FOLD_VALUES[rest.toLowerCase()];
  if (fold !== undefined) return { value: fold, unit: '×', approximate };

  let value: number;
  let valueMax: number | undefined;
  let currency: string | undefined;
  const head = HEAD.exec(rest);
  if (head) {
    currency = head[1] ? CURRENCY_SIGNS[head[1]] : head[2] ? CURRENCY_CODES[head[2].toLowerCase()] : undefined;
    value = parseNumber(head[3]);
    if (head[4] !== undefined) valueMax = parseNumber(head[4]);
    rest = rest.slice(head[0].length);
  } else {
    const word = WORD_HEAD.exec(rest);
    if (!word) return undefined;
    const lower = word[1].toLowerCase().replace(/\s+/g, ' ');
    if (VAGUE_WORDS.has(lower)) {
      approximate = true;
      value = 1;
    } else {
      value = NUMBER_WORD_VALUES[lower] ?? 1;
    }
    rest = rest.slice(word[0].length);
  }

  let factor = 1;
  const magnitude = MAGNITUDE_RE.exec(rest);
  if (magnitude) {
    factor = MAGNITUDES[magnitude[1].toLowerCase()];
    rest = rest.slice(magnitude[0].length);
  } else if (currency) {
    const letter = CURRENCY_LETTER_RE.exec(rest);
    if (letter) {
      factor = MAGNITUDES[letter[1].toLowerCase()] ?? CURRENCY_LETTERS[letter[1].toLowerCase()];
      rest = rest.slice(letter[0].length);
    }
  }

  let unit: string | undefined;
  const percent = PERCENT_RE.exec(rest);
  const multiple = percent ? undefined : MULTIPLE_RE.exec(rest);
  if (percent) {
    const word = percent[1].toLowerCase();
    unit = /^(?:percentage|pp)/.test(word) ? 'pp' : /^(?:basis|bps)/.test(word) ? 'bp' : '%';
  } else if (multiple) {
    unit = '×';
  } else {
    const code = currency ? undefined : CODE_AFTER_RE.exec(rest);
    if (code) {
      currency = CURRENCY_CODES[code[1].toLowerCase().replace(/\s+/g, ' ')];
      rest = rest.slice(code[0].length);
    }
    if (currency) {
      unit = currency;
      const per = PER_UNIT_RE.exec(rest);
      if (per) unit = `${currency}/${PER_UNITS[per[1].toLowerCase()] ?? per[1]}`;
    } else {
      const trimmed = rest.replace(/^[ \u00A0\u202F\u2009]/, '');
      const symbol = UNIT_SYMBOL_RE.exec(trimmed);
      const word = symbol ? undefined : UNIT_WORD_RE.exec(trimmed);
      const info = symbol ? UNIT_SYMBOLS[symbol[1]] : word ? UNIT_WORDS[word[1].toLowerCase().replace(/[-\u00A0]/g, ' ')] : undefined;
      if (info) {
        unit = info.unit;
        factor *= info.factor;
        const after = trimmed.slice((symbol ?? word as RegExpExecArray)[0].length);
        const rate = RATE_RE.exec(after);
        if (rate && !unit.includes('/')) unit = `${unit}/${RATES[rate[1].toLowerCase()]}`;
      }
    }
  }

  // A range is kept low to high, however it was written ("between 80 and 55 million years").
  if (valueMax !== undefined && valueMax < value) [value, valueMax] = [valueMax, value];
  const result: FigureValue = { value: scale(value, factor), approximate };
  if (valueMax !== undefined) result.valueMax = scale(valueMax, factor);
  if (unit) result.unit = unit;
  return result;
}
