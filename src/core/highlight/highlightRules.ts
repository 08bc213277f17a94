// The highlighting rules: one regular expression source per rule, built from vocabulary.ts, shared by
// findHighlights (JavaScript, preview) and the TextMate injection grammar (Oniguruma, editor).
//
// Each `source` is written in the common subset of both engines and is compiled in JavaScript with
// the flags in RULE_FLAGS ('gu') and in Oniguruma with none (TextMate's default). To stay portable:
// - no \w, \b, \d, \s: their Unicode behaviour differs; explicit classes such as [A-Za-z0-9] instead;
// - look-behinds are fixed length per top-level alternative (Oniguruma's limit);
// - no inline flags such as (?i): case-insensitive letters are spelt as classes ([Nn]);
// - characters beyond ASCII as \uHHHH (both engines read it; \x{...} would not work in JavaScript);
// - '[' is escaped inside classes and '&&' never appears (Oniguruma reads them as set operations);
// - no capture groups (the grammar numbers one capture per rule), no back-references.
//
// Speed (the editor runs the grammar on every keystroke's line): a rule starts with RULE_START, then a
// rare first character (a digit, a capital, a currency sign, ~) so that Oniguruma skips ahead by its
// first-character map; lower-case words, which would stop it at almost every letter, are confined to
// three rules built around a literal Oniguruma searches for (…um, rare earth / lanthan…, …fold). For
// the same reason an approximation word is not painted: it makes the number after it a statistic
// ("about 300"), checked by a look-behind from the number ("about 69%": 69% is painted).
//
// Class names (every highlight has a base class, ren-element or ren-stat, then a specific one):
//   ren-element ren-element-compound  magnets, alloys, formulas: NdFeB, SmCo, NdPr, Nd2Fe14B, Nd3+, Mischmetal
//   ren-element ren-element-group     rare earth(s), rare earth element(s), REE(s), REO, TREO, LREE, lanthanides
//   ren-element ren-element-name      the 17 element names, lower case, Capitalised or UPPER CASE
//   ren-element ren-element-symbol    a bare symbol where it can only be an element: (Nd), Nd-Pr, Nd/Pr, Nd oxide
//   ren-stat ren-stat-currency        $2.5 billion, US$60/kg, RMB 5 million, 300 million yuan
//   ren-stat ren-stat-percent         69%, 85–90%, 30-45 percent, ~69%, 5 percentage points
//   ren-stat ren-stat-quantity        5,000 tonnes, 10 kt, 2 Mt, 300 MW, 1.2 million tons per year, 5 t/yr
//   ren-stat ren-stat-magnitude       59 million, 2.5bn
//   ren-stat ren-stat-multiple        3×, 10x, 10-fold, tenfold, 3 times higher
//   ren-stat ren-stat-count           25,900 (thousands separators)
//   ren-stat ren-stat-approx          300 in "about 300", 40 in "more than 40" (a bare number after an approximation)
// Earlier rules win when two matches start at the same place; an earlier start always wins.
import {
  APPROXIMATION_SIGNS, APPROXIMATION_WORDS, COMPOUND_WORDS, COMPOUNDS, CURRENCY_CODES, CURRENCY_MAGNITUDE_LETTERS,
  CURRENCY_NAMES, CURRENCY_SIGNS, FOLD_WORDS, FORMULA_PARTNER_SYMBOLS, GROUP_ACRONYMS, GROUP_ACRONYMS_PLURAL,
  GROUP_PHRASES, MAGNITUDE_WORDS, PAIR_PARTNER_SYMBOLS, PERCENT_WORDS, RARE_EARTH_ELEMENTS, RATE_UNITS, AMBIGUOUS_SYMBOLS,
  SYMBOL_CONTEXT_WORDS, TIMES_COMPARATIVES, UNIT_SYMBOLS, UNIT_WORDS,
} from './vocabulary';

export type HighlightKind = 'element' | 'statistic';

export interface HighlightRule {
  /** Stable rule name; also the last part of the class name. */
  name: string;
  kind: HighlightKind;
  /** TextMate scope, always ending in `.rare-earth`. */
  scope: string;
  /** Space-separated classes for the preview: the base class of the kind, then the rule's own. */
  className: string;
  /** One regular expression source, valid in Oniguruma and in JavaScript with RULE_FLAGS; starts with RULE_START. */
  source: string;
  /**
   * What a match can start with (START_CLASSES): the grammar runs the rules that start alike as one
   * pattern. A test checks every rule's matches against it.
   */
  starts: readonly StartClass[];
  /**
   * The source without its optional leading approximation sign: the same matches wherever the
   * match starts with a letter or digit. The grammar uses it there.
   */
  unsigned: string;
}

/**
 * Classes of first characters: an upper- or lower-case ASCII letter, a digit, or a sign (an
 * approximation sign or a currency sign that is not a letter).
 */
export type StartClass = 'upper' | 'lower' | 'digit' | 'sign';

/** Flags for `new RegExp(rule.source, RULE_FLAGS)` in JavaScript. */
export const RULE_FLAGS = 'gu';

// ---- building blocks -------------------------------------------------------------------------

/** Escapes regular-expression syntax characters (those both engines agree on). */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Letters that count as part of a word around a match (ASCII, digits, Latin-1 and Latin Extended-A/B letters). */
const WORD_CHARS = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
/** Not preceded by a word character. */
const START = `(?<![${WORD_CHARS}])`;
/** Not followed by a word character. */
const END = `(?![${WORD_CHARS}])`;
/** A number may not continue a word, another number or a decimal/version (1.2.3, F-35 is handled by END). */
const NUM_START = `(?<![${WORD_CHARS}.,])`;
/** Space between words: space, no-break space, narrow no-break space, thin space. */
const SP = '[ \\u00A0\\u202F\\u2009]';
/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign. */
const DASH = '[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]';
/** Between words of a compound term: space or hyphen. */
const JOIN = '[- \\u00A0\\u202F\\u2009\\u2010\\u2011]';

/** Plain alternation of regex parts, longest first (used for parts that are already patterns). */
function alternation(parts: readonly string[]): string {
  const unique = [...new Set(parts)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${unique.join('|')})`;
}

type CaseMode = 'exact' | 'lead' | 'any';

interface TrieNode {
  terminal: boolean;
  children: Map<string, { pattern: string; node: TrieNode }>;
}

function charPattern(ch: string, anyCase: boolean, joinSpaces: boolean): { key: string; pattern: string } {
  if (ch === ' ' || (joinSpaces && ch === '-')) return joinSpaces ? { key: ' ', pattern: JOIN } : { key: ' ', pattern: SP };
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (!anyCase || lower === upper) return { key: ch, pattern: escapeRegExp(ch) };
  return { key: lower, pattern: `[${upper}${lower}]` };
}

function emitTrie(node: TrieNode): string {
  const parts = [...node.children.values()].map(({ pattern, node: child }) => pattern + emitTrie(child));
  if (parts.length === 0) return '';
  if (node.terminal) return `(?:${parts.join('|')})?`;
  return parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`;
}

/**
 * An alternation of words as a prefix tree ([Nn](?:[Ee][Oo]…|…)), so that the engines reject a
 * position after one character test instead of one per word. Case: 'exact' as written; 'lead' as
 * written or with a capital first letter; 'any' in any case. Spaces accept SP, or with `join` (the
 * default for 'any') spaces and hyphens accept JOIN. Longer words are tried before their prefixes.
 */
function words(list: readonly string[], mode: CaseMode, join = mode === 'any'): string {
  const root: TrieNode = { terminal: false, children: new Map() };
  for (const word of list) {
    let node = root;
    [...word].forEach((ch, i) => {
      const { key, pattern } = charPattern(ch, mode === 'any' || (mode === 'lead' && i === 0), join);
      let next = node.children.get(key);
      if (!next) {
        next = { pattern, node: { terminal: false, children: new Map() } };
        node.children.set(key, next);
      }
      node = next.node;
    });
    node.terminal = true;
  }
  return `(?:${emitTrie(root)})`;
}

/** Exact-case words. */
function literals(list: readonly string[]): string {
  return words(list, 'exact');
}


// ---- elements --------------------------------------------------------------------------------

const SYMBOLS = RARE_EARTH_ELEMENTS.map((e) => e.symbol);
const RE_SYMBOL = literals(SYMBOLS);
const ANY_FORMULA_SYMBOL = literals([...SYMBOLS, ...FORMULA_PARTNER_SYMBOLS]);
const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);
/** A letter in either case, as a class: [Aa]. */
const letterCase = (ch: string) => (ch.toLowerCase() === ch.toUpperCase() ? escapeRegExp(ch) : `[${ch.toUpperCase()}${ch.toLowerCase()}]`);
/** Title Case (every word capitalised) and UPPER CASE forms of lower-case phrases. */
const titleAndUpper = (phrases: readonly string[]) => phrases.flatMap((p) => [p.split(' ').map(capitalised).join(' '), capitalised(p), p.toUpperCase()]);

/** Nd2Fe14B, Dy2O3, CeO2, SmCo5, Y3Al5O12: a rare earth symbol first, at least one more symbol and one digit. */
const FORMULA = `${RE_SYMBOL}(?=[A-Za-z]{0,3}[0-9])[0-9]{0,2}(?:${ANY_FORMULA_SYMBOL}[0-9]{0,2}){1,5}`;
/** Ions: Nd3+, Er3+. */
const ION = `${RE_SYMBOL}[234]\\+`;

/** Magnet and compound names: NdFeB(s), SmCo5, Terfenol-D, Nd:YAG, Mischmetal, NEODYMIUM-IRON-BORON. */
const compoundRule = `${words([...COMPOUNDS, ...COMPOUNDS.filter((c) => /[A-Za-z]$/.test(c)).map((c) => `${c}s`), ...titleAndUpper(COMPOUND_WORDS)], 'exact', true)}${END}`;
const formulaRule = `${FORMULA}${END}`;
const ionRule = `${ION}(?![${WORD_CHARS}+])`;

/** Group terms starting with a capital: REE(s), REO, TREO, LREE, Rare Earths, RARE EARTH ELEMENTS, Lanthanides. */
const groupRule = `${alternation([
  words(titleAndUpper(GROUP_PHRASES), 'exact', true),
  ...GROUP_ACRONYMS.filter((a) => !GROUP_ACRONYMS_PLURAL.includes(a)).map(escapeRegExp),
  ...GROUP_ACRONYMS_PLURAL.map((a) => `${escapeRegExp(a)}s?`),
])}${END}`;
/**
 * Lower-case group terms: rare earths, rare-earth elements, lanthanides. One rule per first letter
 * (r, l), so that each starts with a literal (rare, lanthan) that Oniguruma searches for.
 */
const groupLowerRules = [...new Set(GROUP_PHRASES.map((phrase) => phrase[0]))]
  .map((letter) => ({ letter, source: `${words(GROUP_PHRASES.filter((phrase) => phrase[0] === letter), 'exact', true)}${END}` }));

const NAMES = RARE_EARTH_ELEMENTS.flatMap((e) => [e.name, ...(e.aliases ?? [])]);
/** Element names starting with a capital: Neodymium, NEODYMIUM. */
const nameRule = `${words(NAMES.flatMap((n) => [capitalised(n), n.toUpperCase()]), 'exact')}${END}`;
/**
 * Lower-case element names, all ending in "um": the stems as a prefix tree, then "um", so that
 * Oniguruma looks for the literal rather than stopping at every letter a name may start with.
 */
const nameLowerRule = `${words(NAMES.map((n) => n.slice(0, -2)), 'exact')}um${END}`;

/** Between symbols of a pair or list: Nd-Pr, Nd/Pr, Nd–Pr, Nd, Pr and Dy. */
const PAIR_SEP = `${SP}?(?:${DASH}|/)${SP}?`;
const LIST_SEPS = [',', ', ', ',\\u00A0', ' and ', ' or ', ', and ', ', or ', ' & '];
const LIST_SEP = `(?:,${SP}?(?:(?:and|or)${SP})?|${SP}(?:and|or|&)${SP})`;
const LIST_SYMBOLS = SYMBOLS.filter((s) => !AMBIGUOUS_SYMBOLS.includes(s));
const LIST_SYMBOL = literals(LIST_SYMBOLS);
/** Every list symbol has two letters, so "a list symbol and a separator before the last two letters" is fixed length per separator. */
const AFTER_LIST_SYMBOL = `(?<=${LIST_SEPS.map((sep) => `${LIST_SYMBOL}${sep}[A-Z][a-z]`).join('|')})`;
if (LIST_SYMBOLS.some((s) => s.length !== 2)) throw new Error('list symbols must have two letters');

// (Nd): in parentheses, alone (the look-behind after the symbol, so that the symbol anchors the search).
const symbolParenRule = `${RE_SYMBOL}(?<=\\((?:${SYMBOLS.filter((s) => s.length === 2).join('|')})|\\((?:${SYMBOLS.filter((s) => s.length === 1).join('|')}))(?=\\))`;
// Nd-Pr, Nd/Pr, Nd-Fe-B, Nd–Pr: highlighted as a whole; never the same symbol twice (Y/Y, La-La, Ho-Ho).
const symbolPairRule = `(?:${SYMBOLS.map((s) => `${escapeRegExp(s)}(?!${PAIR_SEP}${escapeRegExp(s)}${END})`).join('|')})(?:${PAIR_SEP}(?:${RE_SYMBOL}|${literals(PAIR_PARTNER_SYMBOLS)}))+${END}`;
// Nd, Pr, Dy and Tb: each symbol of a list of symbols that are not also words (Y, Er, La, Ho stay out).
const symbolListRule = `${LIST_SYMBOL}(?=${LIST_SEP}${LIST_SYMBOL}${END})`;
const symbolListEndRule = `${LIST_SYMBOL}${AFTER_LIST_SYMBOL}${END}`;
// Nd oxide, Dy metal, NdPr magnets: the symbol alone is highlighted.
const symbolContextRule = `${RE_SYMBOL}(?=${JOIN}${words(SYMBOL_CONTEXT_WORDS, 'lead')}${END})`;

// ---- statistics ------------------------------------------------------------------------------

/** A number: 69, 2.5, 25,900, 1,234.5, 25 900 (narrow/thin/no-break space groups). */
const NUMBER = `(?:[0-9]{1,3}(?:[,\\u00A0\\u202F\\u2009][0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?`;
/** A number that does not continue a word, a decimal/version (1.2.3) or into more digits. */
const NUM = `${NUM_START}${NUMBER}(?![0-9]|[.,][0-9])`;
/** Range between two numbers: 85–90, 30-45, 10 to 20, between 30 and 45. */
const RANGE = `(?:${SP}?${DASH}${SP}?|${SP}(?:to|and)${SP})`;
/** Approximation signs, painted with the figure: ~69%, ≈ 5 Mt. */
const SIGN_PREFIX = `(?:${literals(APPROXIMATION_SIGNS)}${SP}?)`;
const MAGNITUDE = `(?:(?:${SP}?(?:bn|mn|tn)|${SP}${words(MAGNITUDE_WORDS.filter((w) => w.length > 2), 'lead')})${END})`;
const UNIT = `(?:(?:${literals(UNIT_SYMBOLS)}|${words(UNIT_WORDS, 'lead')})${END})`;
const RATE = `(?:(?:${SP}?/${SP}?${literals(RATE_UNITS)}|${SP}(?:per|a|an|each)${SP}${literals(RATE_UNITS.filter((u) => u.length > 2))})${END})`;
/** Per unit after a price: /kg, per tonne, a pound. */
const PER_UNIT = `(?:(?:${SP}?/${SP}?(?:${literals(UNIT_SYMBOLS)}|${literals(['tonne', 'ton', 'pound', 'kilogram', 'ounce', 'unit'])})|${SP}(?:per|a|an)${SP}(?:${literals(['kg', 't', 'lb', 'MWh', 'kWh', 'tonne', 'ton', 'pound', 'kilogram', 'ounce', 'unit', 'share'])}))${END})`;

const SIGN = literals(CURRENCY_SIGNS);
const CODE = literals(CURRENCY_CODES);
const CURRENCY_MAGNITUDE = `(?:${MAGNITUDE}|${literals(CURRENCY_MAGNITUDE_LETTERS)}${END})`;
/** $2.5 billion, US$60–70/kg, €5m, $60 to $70. */
const currencyRule = `${SIGN}${SP}?${NUMBER}(?:${RANGE}${SIGN}?${SP}?${NUMBER})?${CURRENCY_MAGNITUDE}?(?![0-9])${PER_UNIT}?`;
/** USD 5 million, RMB 300. */
const currencyCodeRule = `${CODE}${SP}?${NUMBER}(?:${RANGE}${NUMBER})?${CURRENCY_MAGNITUDE}?(?![0-9])${PER_UNIT}?`;
/** 300 million yuan, 5 USD. */
const currencyNameRule = `${NUM}(?:${RANGE}${NUMBER})?${MAGNITUDE}?${SP}(?:${CODE}|${words(CURRENCY_NAMES, 'lead')})${END}${PER_UNIT}?`;

const percentRule = `${NUM}(?:%?${RANGE}${NUMBER})?${SP}?(?:%|${words(PERCENT_WORDS, 'lead')}${END})`;

const quantityRule = `${NUM}(?:${RANGE}${NUMBER})?${MAGNITUDE}?${SP}?${UNIT}${RATE}?`;

const magnitudeRule = `${NUM}(?:${RANGE}${NUMBER})?${MAGNITUDE}`;

const TIMES = `${SP}times${SP}${literals(TIMES_COMPARATIVES)}${END}`;
const multipleRule = `${NUM}(?:${SP}?\\u00D7|[xX]${END}|${DASH}?fold${END}|${TIMES})`;
/** Tenfold, twofold: the stems as a prefix tree, then the literal "fold". */
const multipleWordsRule = `${words(FOLD_WORDS.map((w) => w.slice(0, -4)), 'lead')}fold${END}`;

const countRule = `${NUM_START}[0-9]{1,3}(?:[,\\u202F\\u2009][0-9]{3})+(?:\\.[0-9]+)?(?![0-9]|[.,][0-9])${END}`;

/**
 * About 300, more than 40: a bare number right after an approximation word, never a year (up to
 * 2030). The first digit comes first, so that it anchors the search; then a look-behind, spelt out
 * per word and fixed length for Oniguruma, checks the word before it (at a line start or after a
 * non-letter); then the rest of the number.
 */
const APPROX_BEHIND = (() => {
  // Group the words (and their capitalised forms) by length: one fixed-length alternative per length.
  const byLength = new Map<number, string[]>();
  for (const word of APPROXIMATION_WORDS) {
    const list = byLength.get(word.length) ?? [];
    list.push(`${letterCase(word[0])}${escapeRegExp(word.slice(1)).replace(/ /g, SP)}`);
    byLength.set(word.length, list);
  }
  const alternatives = [...byLength.keys()].sort((a, b) => b - a).flatMap((length) => {
    const group = `(?:${(byLength.get(length) as string[]).join('|')})${SP}[0-9]`;
    return [`[^A-Za-z0-9]${group}`, `^${group}`];
  });
  return `(?<=${alternatives.join('|')})`;
})();
/**
 * The same check, first and cheaply: the word's last two characters, a space and the digit (one
 * fixed-length look-behind), so that most numbers (in 2024) fail before the long one above.
 */
const APPROX_SUFFIX_BEHIND = `(?<=(?:${[...new Set(APPROXIMATION_WORDS.map((word) => escapeRegExp(word.slice(-2))))].join('|')})${SP}[0-9])`;
const NOT_A_YEAR = '(?!(?<=1)[5-9][0-9]{2}(?![0-9])|(?<=2)0[0-9]{2}(?![0-9]))';
const NUMBER_AFTER_FIRST_DIGIT = `(?:[0-9]{0,2}(?:[,\\u00A0\\u202F\\u2009][0-9]{3})+|[0-9]*)(?:\\.[0-9]+)?(?![0-9]|[.,][0-9])`;
const approxRule = `[0-9]${APPROX_SUFFIX_BEHIND}${APPROX_BEHIND}${NOT_A_YEAR}${NUMBER_AFTER_FIRST_DIGIT}(?!${DASH}?[${WORD_CHARS}])`;
/** ~120, ≈ 40: a bare number after an approximation sign (painted with it). */
const approxSignRule = `${SIGN_PREFIX}(?!(?:1[5-9]|20)[0-9]{2}(?![0-9]))${NUM}(?!${DASH}?[${WORD_CHARS}])`;

/** Every rule's source starts with this look-behind: a match never starts inside a word. */
export const RULE_START = START;

interface RuleOptions {
  starts: readonly StartClass[];
  /** The match may begin with an approximation sign (~69%, ≈ 5 Mt), painted with it. */
  signed?: boolean;
}

function rule(name: string, kind: HighlightKind, scope: string, className: string, body: string, { starts, signed = false }: RuleOptions): HighlightRule {
  const base = kind === 'element' ? 'ren-element' : 'ren-stat';
  return {
    name, kind, scope: `${scope}.rare-earth`, className: `${base} ${base}-${className}`,
    source: `${START}${signed ? `${SIGN_PREFIX}?` : ''}${body}`, starts: signed ? [...new Set([...starts, 'sign' as const])] : starts,
    unsigned: `${START}${body}`,
  };
}

/**
 * A pattern for where a match may start: at one of `symbols` not followed by a lower-case letter, or
 * at one of `prefixes`. Alternatives are grouped by their first letter, and the letters split in
 * halves behind a class look-ahead, so that Oniguruma tests a few classes and one letter's
 * alternatives at a capital rather than every alternative in turn.
 */
function startsWithCapital(symbols: readonly string[], prefixes: readonly string[]): string {
  const byLetter = new Map<string, string[]>();
  const add = (word: string, rest: string) => {
    const list = byLetter.get(word[0]) ?? [];
    if (!list.includes(rest)) list.push(rest);
    byLetter.set(word[0], list);
  };
  for (const symbol of symbols) add(symbol, `${escapeRegExp(symbol.slice(1))}(?![a-z])`);
  for (const prefix of prefixes) add(prefix, escapeRegExp(prefix.slice(1)));
  const branch = (letter: string) => `${escapeRegExp(letter)}(?:${(byLetter.get(letter) as string[]).join('|')})`;
  const split = (letters: readonly string[]): string => {
    if (letters.length <= 3) return `(?:${letters.map(branch).join('|')})`;
    const half = letters.slice(0, Math.ceil(letters.length / 2));
    return `(?:(?=[${half.join('')}])${split(half)}|${split(letters.slice(half.length))})`;
  };
  return split([...byLetter.keys()].sort());
}

/**
 * What every match that starts with a capital begins with: a rare-earth symbol not followed by a
 * lower-case letter (symbols, formulas, ions, NdFeB, Nd:YAG), or the first three characters of a
 * capitalised or upper-case word of the vocabulary (Neodymium, RARE, TREO, Terfenol, USD, US$).
 * The grammar tests it first, so that most capitalised words (The, China) fail within a few
 * characters; test/grammar checks it against every match of the rules that start with a capital.
 */
export const UPPER_START = startsWithCapital(SYMBOLS, [
  ...NAMES.flatMap((n) => [capitalised(n), n.toUpperCase()]),
  ...titleAndUpper([...GROUP_PHRASES, ...COMPOUND_WORDS]),
  ...COMPOUNDS, ...GROUP_ACRONYMS, ...CURRENCY_CODES, ...CURRENCY_SIGNS.filter((sign) => /^[A-Z]/.test(sign)),
].filter((word) => /^[A-Z]/.test(word)).map((word) => word.slice(0, 3)));

/**
 * For each StartClass, a pattern for one character of it. Signs beyond ASCII are alternatives, not
 * class members: Oniguruma cannot skip ahead by a class that holds them and would try every position.
 */
export const START_CLASSES: Readonly<Record<StartClass, string>> = {
  upper: '[A-Z]',
  lower: '[a-z]',
  digit: '[0-9]',
  sign: (() => {
    const signs = [...new Set([...APPROXIMATION_SIGNS, ...CURRENCY_SIGNS].map((sign) => sign[0]).filter((ch) => !/[A-Za-z]/.test(ch)))];
    const ascii = signs.filter((ch) => ch.charCodeAt(0) < 0x80);
    const beyond = signs.filter((ch) => ch.charCodeAt(0) >= 0x80).map((ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    return `(?:[${ascii.map((ch) => (/[\\\]^-]/.test(ch) ? `\\${ch}` : ch)).join('')}]|${beyond.join('|')})`;
  })(),
};

/**
 * The rules in priority order: at the same start, the earlier rule wins. Several rules share a class
 * and scope (a family): each is one simple expression, as Oniguruma cannot use its first-character
 * skip on an alternation of unlike branches and would then try every position.
 */
export const HIGHLIGHT_RULES: readonly HighlightRule[] = [
  rule('compound', 'element', 'entity.name.type.element.compound', 'compound', compoundRule, { starts: ['upper'] }),
  rule('formula', 'element', 'entity.name.type.element.compound', 'compound', formulaRule, { starts: ['upper'] }),
  rule('ion', 'element', 'entity.name.type.element.compound', 'compound', ionRule, { starts: ['upper'] }),
  rule('group', 'element', 'entity.name.type.element.group', 'group', groupRule, { starts: ['upper'] }),
  rule('name', 'element', 'entity.name.type.element.name', 'name', nameRule, { starts: ['upper'] }),
  rule('symbol-paren', 'element', 'entity.name.type.element.symbol', 'symbol', symbolParenRule, { starts: ['upper'] }),
  rule('symbol-pair', 'element', 'entity.name.type.element.symbol', 'symbol', symbolPairRule, { starts: ['upper'] }),
  rule('symbol-list', 'element', 'entity.name.type.element.symbol', 'symbol', symbolListRule, { starts: ['upper'] }),
  rule('symbol-list-end', 'element', 'entity.name.type.element.symbol', 'symbol', symbolListEndRule, { starts: ['upper'] }),
  rule('symbol-context', 'element', 'entity.name.type.element.symbol', 'symbol', symbolContextRule, { starts: ['upper'] }),
  rule('currency', 'statistic', 'constant.numeric.statistic.currency', 'currency', currencyRule, { starts: ['upper', 'sign'], signed: true }),
  rule('currency-code', 'statistic', 'constant.numeric.statistic.currency', 'currency', currencyCodeRule, { starts: ['upper'] }),
  rule('currency-name', 'statistic', 'constant.numeric.statistic.currency', 'currency', currencyNameRule, { starts: ['digit'], signed: true }),
  rule('percent', 'statistic', 'constant.numeric.statistic.percent', 'percent', percentRule, { starts: ['digit'], signed: true }),
  rule('quantity', 'statistic', 'constant.numeric.statistic.quantity', 'quantity', quantityRule, { starts: ['digit'], signed: true }),
  rule('magnitude', 'statistic', 'constant.numeric.statistic.magnitude', 'magnitude', magnitudeRule, { starts: ['digit'], signed: true }),
  rule('multiple', 'statistic', 'constant.numeric.statistic.multiple', 'multiple', multipleRule, { starts: ['digit'], signed: true }),
  rule('count', 'statistic', 'constant.numeric.statistic.count', 'count', countRule, { starts: ['digit'], signed: true }),
  rule('approx-sign', 'statistic', 'constant.numeric.statistic.approx', 'approx', approxSignRule, { starts: ['sign'] }),
  rule('approx', 'statistic', 'constant.numeric.statistic.approx', 'approx', approxRule, { starts: ['digit'] }),
  ...groupLowerRules.map(({ letter, source }) => rule(`group-lower-${letter}`, 'element', 'entity.name.type.element.group', 'group', source, { starts: ['lower'] })),
  rule('name-lower', 'element', 'entity.name.type.element.name', 'name', nameLowerRule, { starts: ['lower'] }),
  rule('multiple-words', 'statistic', 'constant.numeric.statistic.multiple', 'multiple', multipleWordsRule, { starts: ['lower', 'upper'] }),
];

/**
 * Spans that are not prose even inside Markdown text: HTML comments, inline HTML tags and bare URLs
 * (VS Code's Markdown grammar leaves them unscoped inside paragraphs). Both engines consume them
 * before the highlight rules can look inside; they produce no highlight. `source` follows the same
 * portability rules as HIGHLIGHT_RULES. The grammar matches comments with begin/end so that a comment
 * may span lines; `begin` and `end` are given for that.
 */
export interface SkipRule {
  name: string;
  scope: string;
  source: string;
  begin?: string;
  end?: string;
}

export const SKIP_RULES: readonly SkipRule[] = [
  {
    name: 'html-comment',
    scope: 'comment.block.html.rare-earth',
    source: '<!--(?:[^-]|-(?!->))*(?:-->|$)',
    begin: '<!--',
    end: '-->',
  },
  { name: 'html-tag', scope: 'meta.tag.inline.html.rare-earth', source: '</?[A-Za-z][A-Za-z0-9-]*(?:[ \\t/][^<>]*)?>' },
  // "://" is a literal Oniguruma searches for; the scheme before it is checked after.
  { name: 'url', scope: 'meta.link.bare.rare-earth', source: `(?<![A-Za-z0-9])(?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp])://[^ \\t<>"'\\u00A0\\u202F\\u2009]+` },
];
