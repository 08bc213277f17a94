// What is under the cursor in a line of a note: an element (name, symbol, or a compound naming one),
// a statistic, or a region or organization the index knows. Elements and statistics are found with
// the highlighter's own rules (findHighlights), so a hover appears exactly on highlighted text.
import { findHighlights, type Highlight } from '../highlight/findHighlights';
import { fenceAfter, FENCE_LINE, type Fence } from '../note/codeFence';
import { RARE_EARTH_ELEMENTS } from '../highlight/vocabulary';

export type HoverTarget =
  | {
    kind: 'element';
    /** IUPAC symbol of the element ('Dy'). */
    symbol: string;
    /** The highlighted text: `Dysprosium`, `Dy`, `Nd-Pr`, `NdFeB`. */
    text: string;
    /** Set when the text is a compound or formula (`NdFeB`, `Dy2O3`). */
    compound: boolean;
    start: number;
    end: number;
  }
  | { kind: 'statistic'; text: string; start: number; end: number }
  | { kind: 'region' | 'organization'; name: string; text: string; start: number; end: number };

/** Canonical region or organization for a name as written, or undefined when the index knows none. */
export type EntityLookup = (name: string) => { kind: 'region' | 'organization'; name: string } | undefined;

const SYMBOLS = new Set(RARE_EARTH_ELEMENTS.map((element) => element.symbol));
const BY_NAME = new Map(RARE_EARTH_ELEMENTS.flatMap((element) =>
  [element.name, ...(element.aliases ?? [])].map((name) => [name, element.symbol] as const)));

/**
 * The line with inline code spans and link destinations blanked out (same length, so offsets hold):
 * neither is prose, and neither gets a hover.
 */
export function maskInlineMarkup(line: string): string {
  const blank = (text: string) => ' '.repeat(text.length);
  return line
    // Code spans: a run of backticks up to the same run.
    .replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, blank)
    // Link and image destinations: ](…) with one level of nested parentheses, and <autolinks>.
    .replace(/\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\)/g, (match) => `]${blank(match.slice(1))}`)
    .replace(/<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>/g, blank);
}

/** The rare-earth symbol under `character` in a symbol list or formula, else the first one. */
function symbolIn(text: string, offset: number): string | undefined {
  const tokens = [...text.matchAll(/[A-Z][a-z]?/g)]
    .filter((match) => SYMBOLS.has(match[0]))
    .map((match) => ({ symbol: match[0], start: match.index, end: match.index + match[0].length }));
  return (tokens.find((token) => offset >= token.start && offset < token.end) ?? tokens[0])?.symbol;
}

/** The element named in a compound word (`samarium-cobalt` → Sm), the one under the cursor first. */
function nameIn(text: string, offset: number): string | undefined {
  const names = [...text.toLowerCase().matchAll(/[a-z]+/g)]
    .filter((match) => BY_NAME.has(match[0]))
    .map((match) => ({ symbol: BY_NAME.get(match[0]) as string, start: match.index, end: match.index + match[0].length }));
  return (names.find((name) => offset >= name.start && offset < name.end) ?? names[0])?.symbol;
}

function elementTarget(highlight: Highlight, character: number): HoverTarget | undefined {
  const rule = highlight.className.split(' ')[1];
  const offset = character - highlight.start;
  let symbol: string | undefined;
  if (rule === 'ren-element-name') symbol = BY_NAME.get(highlight.text.toLowerCase());
  else if (rule === 'ren-element-symbol') symbol = symbolIn(highlight.text, offset);
  else if (rule === 'ren-element-compound') symbol = nameIn(highlight.text, offset) ?? symbolIn(highlight.text, offset);
  if (symbol === undefined) return undefined;
  return { kind: 'element', symbol, text: highlight.text, compound: rule === 'ren-element-compound', start: highlight.start, end: highlight.end };
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}&'’.-]*[\p{L}\p{N}.])?/gu;
const MAX_NAME_WORDS = 5;

function entityTarget(line: string, character: number, lookup: EntityLookup): HoverTarget | undefined {
  const words = [...line.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const at = words.findIndex((word) => character >= word.start && character < word.end);
  if (at === -1) return undefined;
  // Longest name first: "Lynas Rare Earths" before "Lynas".
  for (let size = Math.min(MAX_NAME_WORDS, words.length); size >= 1; size--) {
    for (let first = Math.max(0, at - size + 1); first <= at && first + size <= words.length; first++) {
      const last = first + size - 1;
      let adjacent = true;
      for (let i = first; i < last && adjacent; i++) adjacent = /^[ \u00A0]+$/.test(line.slice(words[i].end, words[i + 1].start));
      if (!adjacent) continue;
      const start = words[first].start;
      const text = line.slice(start, words[last].end);
      for (const candidate of nameVariants(text)) {
        const found = lookup(candidate);
        if (found) return { kind: found.kind, name: found.name, text: candidate, start, end: start + candidate.length };
      }
    }
  }
  return undefined;
}

/** The text as written, without a possessive or a sentence's final dot (`U.S.` is tried whole first). */
function nameVariants(text: string): string[] {
  const variants = [text];
  const possessive = text.replace(/['’]s$/, '');
  if (possessive !== text) variants.push(possessive);
  const noDot = possessive.replace(/\.$/, '');
  if (noDot !== possessive) variants.push(noDot);
  return variants;
}

/** What is under `character` (UTF-16 offset) in `line`, or undefined for nothing worth a card. */
export function hoverTarget(line: string, character: number, lookup?: EntityLookup): HoverTarget | undefined {
  if (character < 0 || character > line.length) return undefined;
  const masked = maskInlineMarkup(line);
  const highlights = findHighlights(masked);
  // The highlight under the cursor; at its very end (the cursor just after it) when nothing starts there.
  const highlight = highlights.find((h) => character >= h.start && character < h.end)
    ?? highlights.find((h) => character === h.end && character > h.start);
  if (highlight) {
    if (highlight.kind === 'statistic') return { kind: 'statistic', text: highlight.text, start: highlight.start, end: highlight.end };
    const element = elementTarget(highlight, Math.min(character, highlight.end - 1));
    if (element) return element;
  }
  return lookup ? entityTarget(masked, character, lookup) : undefined;
}

const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*$/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Whether line `target` of a note is prose: not front matter (from a first-line `---` to its closing
 * `---` or `...`) and not a fenced code block (fence lines included; an unclosed fence runs to the end).
 */
export function isProseLine(getLine: (line: number) => string, lineCount: number, target: number): boolean {
  if (target < 0 || target >= lineCount) return false;
  let line = 0;
  if (lineCount > 0 && FRONT_MATTER_OPEN.test(getLine(0))) {
    let close = 1;
    while (close < lineCount && !FRONT_MATTER_CLOSE.test(getLine(close))) close++;
    if (close < lineCount) {
      if (target <= close) return false;
      line = close + 1;
    }
  }
  let fence: Fence | undefined;
  for (; line <= target; line++) {
    const match = FENCE_LINE.exec(getLine(line));
    const before = fence;
    fence = fenceAfter(fence, match?.[1], match?.[2]);
    // Fence lines are code too: the opening one and the closing one.
    if (line === target) return before === undefined && fence === undefined;
  }
  return true;
}
