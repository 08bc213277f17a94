// Sentence boundaries in a block of prose (a paragraph, heading, list item or table cell; blocks
// never share a sentence). A sentence ends at `.`, `!`, `?` or `…` (with closing quotes or
// brackets) followed by space and a capital, digit or opening quote, unless the word before the
// period is an abbreviation (U.S., e.g., Inc., Dr., Jan., No.) or an initial. Decimals (2.5) and
// versions (1.2.3) have no space after the point, so they never end a sentence.

/** What ends a sentence, and what may close after it: the candidate pattern and sentenceEnds' walk back share them. */
const STOPS = '.!?…';
const CLOSERS = '"\'”’)]';
const CANDIDATE = new RegExp(`[${STOPS}]+[${CLOSERS.replace(']', '\\]')}]*(?=[ \\t\\n\\u00A0\\u202F\\u2009]+["'“‘([]?[A-Z0-9$€£¥~])`, 'g');

/** Lower-case abbreviations (without their final period) after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'bros', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'gov', 'sen',
  'rep', 'lt', 'col', 'capt', 'no', 'nos', 'vs', 'v', 'approx', 'est', 'fig', 'figs', 'al', 'cf', 'ca', 'ed', 'eds', 'vol',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'pp', 'p', 'mn', 'bn',
]);

/**
 * Offsets in `text` where sentences end (exclusive), in order; the last sentence ends at
 * `text.length` and is not listed.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  // test(), not exec(): no match array per sentence. The match ends at lastIndex; its start is
  // found back from there, over the closing quotes and brackets, then the stops.
  CANDIDATE.lastIndex = 0;
  while (CANDIDATE.test(text)) {
    const end = CANDIDATE.lastIndex;
    let start = end;
    while (CLOSERS.includes(text[start - 1])) start--;
    while (start > 0 && STOPS.includes(text[start - 1])) start--;
    if (text[start] === '.' && text[start + 1] !== '.' && isAbbreviation(text, start)) continue;
    ends.push(end);
  }
  return ends;
}

/** The longest entry of ABBREVIATIONS. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

/** The word before the period at `dot` is an abbreviation, an initial or a dotted acronym (U.S.). */
function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && isWordOrDot(text.charCodeAt(start - 1))) start--;
  const length = dot - start;
  if (length === 0) return false;
  // U.S, e.g, i.e, U.K: letters separated by periods (so a period two before the dot).
  if (length >= 3 && text.charCodeAt(dot - 2) === 46 && /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(text.slice(start, dot))) return true;
  // An initial: J. Smith.
  if (length === 1 && text.charCodeAt(start) >= 65 && text.charCodeAt(start) <= 90) return true;
  // Most sentences end after a word longer than any abbreviation: then nothing is sliced.
  return length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(start, dot).toLowerCase());
}

/** A sentence's text as plain prose: whitespace collapsed, no space inside brackets or before closing punctuation. */
export function plainSentence(text: string): string {
  // Only runs of whitespace and whitespace other than a space are replaced: a single space stays as it is.
  const collapsed = text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
  return / [,.;:!?)\]]|[([] /.test(collapsed) ? collapsed.replace(/ (?=[,.;:!?)\]])|(?<=[([]) /g, '') : collapsed;
}

function isWordOrDot(code: number): boolean {
  return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
