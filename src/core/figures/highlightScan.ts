// The highlighter's statistics and element names, found fast enough for a whole notes folder.
//
// findHighlights (src/core/highlight) scans every position of its text with every rule; over
// 150 MB of notes that takes half a minute. The matches it returns are exactly those of one
// regular expression made of all its rules as ordered alternatives (skip rules first, then
// HIGHLIGHT_RULES), tried at each position from left to right: the earliest start wins, and at the
// same start the earlier rule. This module runs that same alternation, sticky, but only at the
// positions where a statistic can start: word starts at most STAT_REACH characters before a digit
// (the rules' own guard, DIGIT_AHEAD, promises 24) or before a magnitude or fold word. What it
// returns for statistics equals findHighlights' statistic highlights (a test holds it to that).
import { HIGHLIGHT_RULES, RULE_FLAGS, SKIP_RULES, type HighlightRule } from '../highlight/highlightRules';
import { APPROXIMATION_SIGNS, APPROXIMATION_WORDS, CURRENCY_CODES, CURRENCY_SIGNS, FOLD_WORDS } from '../highlight/vocabulary';

export interface ScanHit {
  start: number;
  end: number;
  text: string;
  /** The matching rule; undefined for a skip rule (comment, tag, URL). */
  rule: HighlightRule | undefined;
}

interface Rules {
  /** All the rules as one sticky test: does any of them match at this position? */
  any: RegExp;
  /** Each rule, sticky, in priority order. */
  each: { regex: RegExp; rule: HighlightRule | undefined }[];
}

function rules(entries: { source: string; rule: HighlightRule | undefined }[]): Rules {
  const flags = stickyFlags(entries.map((entry) => entry.source));
  // Back-references stay inside their own rule in the combined test: renumber them past the
  // groups of the rules before.
  let groups = 0;
  const renumber = entries.some(({ source }) => /\\[1-9]/.test(source));
  const parts = entries.map(({ source }) => {
    if (!renumber) return `(?:${source})`;
    const offset = groups;
    groups += captureGroups(source);
    return `(?:${offset === 0 ? source : source.replace(/\\([1-9])/g, (_, n: string) => `\\${Number(n) + offset}`)})`;
  });
  return {
    any: new RegExp(parts.join('|'), flags),
    each: entries.map(({ source, rule }) => ({ regex: new RegExp(source, flags), rule })),
  };
}

/**
 * Sticky flags for the rules: RULE_FLAGS without 'g', and without 'u' when every source reads the
 * same without it (no astral characters, \u{…} or \p{…}: the rules promise \uHHHH), which V8 runs faster.
 */
function stickyFlags(sources: string[]): string {
  const flags = `${RULE_FLAGS.replace('g', '')}y`;
  const portable = sources.every((source) => {
    // Astral characters (surrogate pairs), \u{…} and \p{…} need 'u'; BMP characters do not.
    if (/\\u\{|\\p\{|\\P\{|[\uD800-\uDFFF]/.test(source)) return false;
    try {
      new RegExp(source, flags.replace('u', ''));
      return true;
    } catch {
      return false;
    }
  });
  return portable ? flags.replace('u', '') : flags;
}

function captureGroups(source: string): number {
  return (new RegExp(`${source}|`, 'u').exec('') as RegExpExecArray).length - 1;
}

/**
 * Skip rules and statistic rules. Element rules are left out: none of their matches can hold the
 * start of a statistic (they are words and formulas, ending at a word end; a number inside a
 * formula such as Nd2Fe14B follows a letter, where no statistic starts).
 */
const STAT_RULES = rules([
  ...SKIP_RULES.map((rule) => ({ source: rule.source, rule: undefined })),
  ...HIGHLIGHT_RULES.filter((rule) => rule.kind === 'statistic').map((rule) => ({ source: rule.source, rule })),
]);
const ELEMENT_RULES = rules(HIGHLIGHT_RULES.filter((rule) => rule.kind === 'element').map((rule) => ({ source: rule.source, rule })));

/** The match of the first rule that matches at `position` (as findHighlights would pick it there). */
function execAt(r: Rules, text: string, position: number): ScanHit | undefined {
  r.any.lastIndex = position;
  if (!r.any.test(text)) return undefined;
  for (const { regex, rule } of r.each) {
    regex.lastIndex = position;
    const match = regex.exec(text);
    if (match && match[0].length > 0) return { start: position, end: position + match[0].length, text: match[0], rule };
  }
  return undefined;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Letters that count as part of a word (the rules' WORD_CHARS): a match never starts after one. */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/** Number words a magnitude may follow (two billion), should a rule accept them. */
const NUMBER_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'a', 'several', 'half',
];

/**
 * Words a statistic (or a skipped URL) can start with, lower case: the first word of each
 * approximation, currency code, currency sign spelt with letters (US$), number word and fold word.
 * A candidate position starting with any other word is not tried, which saves most regex calls.
 */
const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const SPACE = '[ \\u00A0\\u202F\\u2009]';
const FIRST_WORDS = [
  // A whole approximation phrase and the space after it: "in excess of ", not "In 2023".
  ...APPROXIMATION_WORDS.map((phrase) => `${escape(phrase).replace(/ /g, SPACE)}${SPACE}`),
  ...NUMBER_WORDS.map((word) => `${word}${SPACE}`),
  ...[...CURRENCY_CODES, ...CURRENCY_SIGNS.filter((sign) => /^[A-Za-z]/.test(sign)), ...FOLD_WORDS].map(escape),
  'https?://', 'ftp://', 'www\\.',
].sort((a, b) => b.length - a.length);
const FIRST_WORD = new RegExp(`(?:${FIRST_WORDS.join('|')})`, 'iy');
/** Characters other than letters a statistic (or a skipped comment, tag or URL) can start with. */
const FIRST_CHARS = new Set([...'0123456789<', ...[...APPROXIMATION_SIGNS, ...CURRENCY_SIGNS].map((sign) => sign[0]).filter((ch) => !/[A-Za-z]/.test(ch))]);

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function mayStartStatistic(text: string, p: number, code: number): boolean {
  if (!isLetter(code)) return FIRST_CHARS.has(text[p]);
  FIRST_WORD.lastIndex = p;
  return FIRST_WORD.test(text);
}

/** Words the word-only statistic rules need (two billion, a thousand, tenfold). */
const TRIGGER_WORDS = ['illion', 'housand', 'fold'];
/** A number's digits, or a trigger word: one pass over the text finds every trigger, in order. */
const TRIGGER = new RegExp(`[0-9]+|${TRIGGER_WORDS.join('|')}`, 'g');
const ANY_TRIGGER = new RegExp(`[0-9]|${TRIGGER_WORDS.join('|')}`);

/** Whether a text can hold a statistic at all: a digit or a trigger word. */
export function mayHoldStatistic(text: string): boolean {
  return ANY_TRIGGER.test(text);
}
/** How far before its first digit (or magnitude or fold word) a statistic may start. */
const STAT_REACH = 32;


/**
 * The statistic highlights of `text`, as findHighlights would return them (kind 'statistic'),
 * sorted and not overlapping.
 */
export function findStatisticHits(text: string): ScanHit[] {
  const hits: ScanHit[] = [];
  let position = 0;
  // Positions before `tried` were tried for an earlier trigger, and the answer depends on the
  // text alone: the windows of close triggers (digits of one sentence) overlap, each is tried once.
  let tried = 0;
  for (const at of triggers(text)) {
    if (at < position) continue;
    for (let p = Math.max(position, tried, at - STAT_REACH); p <= at; p++) {
      tried = p + 1;
      const code = text.charCodeAt(p);
      if (isSpace(code) || (p > 0 && isWordChar(text.charCodeAt(p - 1))) || !mayStartStatistic(text, p, code)) continue;
      const hit = execAt(STAT_RULES, text, p);
      if (!hit) continue;
      if (hit.rule?.kind === 'statistic') hits.push(hit);
      position = hit.end;
      if (hit.end > at) break;
      p = hit.end - 1;
    }
  }
  return hits;
}

/** Offsets of the first digit of each number, and of magnitude and fold words, in order. */
function triggers(text: string): number[] {
  const found: number[] = [];
  // test(), not exec(): no match array per number. The match ends at lastIndex; its start is
  // found back from there (a run of digits, or one of the three words).
  TRIGGER.lastIndex = 0;
  while (TRIGGER.test(text)) {
    const end = TRIGGER.lastIndex;
    let start = end;
    if (isDigit(text.charCodeAt(end - 1))) while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    else start -= (TRIGGER_WORDS.find((word) => text.endsWith(word, end)) as string).length;
    found.push(start);
  }
  return found;
}

/** Word starts where an element name (any case), compound or symbol (exact case) may be. */
const ELEMENT_NAME_CANDIDATE = /(?<![A-Za-z0-9\u00C0-\u024F])(?:scandium|yttri|lanthan|cerium|praseodym|neodym|prometh|samarium|europium|gadolin|terbium|dyspros|holmium|erbium|thulium|ytterbium|lute[tc]ium|didymium|mischmetal|terfenol)/gi;
const ELEMENT_SYMBOL_CANDIDATE = /(?<![A-Za-z0-9\u00C0-\u024F])(?:Sc|Y|La|Ce|Pr|Nd|Pm|Sm|Eu|Gd|Tb|Dy|Ho|Er|Tm|Yb|Lu)(?![a-z])/g;

function candidates(regex: RegExp, text: string, into: number[]): void {
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) into.push(match.index);
}

/**
 * The element highlights (names, symbols, compounds; group words such as "rare earths" too) of a
 * short text, such as a sentence: the element rules tried, in order, at each word start where an
 * element may be named.
 */
export function findElementHits(text: string): ScanHit[] {
  const starts: number[] = [];
  candidates(ELEMENT_NAME_CANDIDATE, text, starts);
  candidates(ELEMENT_SYMBOL_CANDIDATE, text, starts);
  if (starts.length === 0) return [];
  starts.sort((x, y) => x - y);
  const hits: ScanHit[] = [];
  let position = 0;
  for (const start of starts) {
    if (start < position) continue;
    const hit = execAt(ELEMENT_RULES, text, start);
    if (!hit) continue;
    hits.push(hit);
    position = hit.end;
  }
  return hits;
}
