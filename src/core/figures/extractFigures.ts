// Every statistic of a note, with its sentence, subjects and metric: "no number without its source".
//
// What counts as a statistic is what the editor and the preview highlight as one (findHighlights,
// kind 'statistic'), run over the note's prose only (markdownProse.ts: no front matter, code, HTML,
// comments, link destinations or markup). Per note the work is linear: one highlighter pass per
// prose block, and for blocks holding a figure one pass each for sentence ends, metric words,
// regions and organizations, whose hits are then assigned to sentences by offset.
import { APPROXIMATION_WORDS, RARE_EARTH_ELEMENTS } from '../highlight/vocabulary';
import { splitFrontMatter } from '../note/frontMatter';
import { findElementHits, findStatisticHits, mayHoldStatistic, type ScanHit } from './highlightScan';
import { chooseMetric, findMetricKeywords } from './figureMetric';
import { proseBlocks } from './markdownProse';
import type { NoteFigure } from './noteFigure';
import { ORGANIZATION_NAMES } from './organizationNames';
import { parseFigureValue, type FigureValue } from './parseFigureValue';
import { REGION_NAMES } from './regionNames';
import { plainSentence, sentenceEnds } from './sentences';

interface FoundFigure {
  /** Offsets in the block's text. */
  start: number;
  end: number;
  raw: string;
  value: FigureValue;
}

export function extractFigures(noteText: string): NoteFigure[] {
  const figures: NoteFigure[] = [];
  const { yaml, body } = splitFrontMatter(noteText);
  const bodyStart = yaml === undefined ? 0 : noteText.length - body.length;
  // Blocks that cannot hold a statistic are not even masked.
  const blocks = proseBlocks(noteText, bodyStart, mayHoldStatistic);
  let organizationMatcher: NameMatcher | undefined;
  let lineCursor = 0;
  let lineNumber = 0;
  const lineOf = (offset: number): number => {
    for (let i = noteText.indexOf('\n', lineCursor); i >= 0 && i < offset; i = noteText.indexOf('\n', i + 1)) {
      lineNumber++;
      lineCursor = i + 1;
    }
    return lineNumber;
  };

  for (const block of blocks) {
    const text = block.text;
    const found = findStatistics(text);
    if (found.length === 0) continue;
    organizationMatcher ??= organizationMatcherFor(yaml);
    const ends = sentenceEnds(text);

    // Figures grouped by sentence; each sentence's subjects and metric words are found once.
    let sentenceIndex = 0;
    for (let first = 0; first < found.length;) {
      while (sentenceIndex < ends.length && ends[sentenceIndex] <= found[first].start) sentenceIndex++;
      const sentenceStart = sentenceIndex === 0 ? 0 : ends[sentenceIndex - 1];
      const sentenceEnd = sentenceIndex < ends.length ? ends[sentenceIndex] : text.length;
      let last = first;
      while (last + 1 < found.length && found[last + 1].start < sentenceEnd) last++;

      const sentenceText = text.slice(sentenceStart, sentenceEnd);
      const sentence = plainSentence(sentenceText);
      const keywords = findMetricKeywords(sentenceText);
      const subjects = {
        elements: elementsIn(sentenceText),
        regions: unique(REGION_MATCHER.find(sentenceText).map((hit) => hit.name)),
        organizations: unique(organizationMatcher.find(sentenceText).map((hit) => hit.name)),
      };
      for (let i = first; i <= last; i++) {
        const { start, end, raw, value } = found[i];
        const metric = chooseMetric(sentenceText, keywords, { start: start - sentenceStart, end: end - sentenceStart, unit: value.unit }, {
          previousFigureEnd: i > first ? found[i - 1].end - sentenceStart : 0,
          nextFigureStart: i < last ? found[i + 1].start - sentenceStart : sentenceText.length,
        });
        // Every key, even when undefined: one object shape for all figures keeps the index's work on them fast.
        const figure: NoteFigure = {
          value: value.value,
          valueMax: value.valueMax,
          unit: value.unit,
          approximate: value.approximate,
          raw,
          start: block.start + start,
          end: block.start + end,
          line: lineOf(block.start + start),
          sentence,
          // Shared by the figures of one sentence (read-only, like the rest of a figure).
          subjects,
          metric,
        };
        figures.push(figure);
      }
      first = last + 1;
    }
  }
  return figures;
}

/** The statistics the highlighter finds in a block's text (see highlightScan.ts), with their values. */
function findStatistics(text: string): FoundFigure[] {
  const found: FoundFigure[] = [];
  for (const hit of findStatisticHits(text)) {
    const value = parseFigureValue(hit.text);
    if (!value) continue;
    // The highlighter leaves an approximation word out of the match ("about" in "about 300").
    if (!value.approximate && APPROXIMATION_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start))) value.approximate = true;
    found.push({ start: hit.start, end: hit.end, raw: hit.text, value });
  }
  return found;
}

/** An approximation word (about, more than, up to…) right before a figure. */
const APPROXIMATION_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:${[...APPROXIMATION_WORDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.]/g, '\\.').replace(/ /g, '[ \\u00A0]')).join('|')})[ \\u00A0\\u202F\\u2009]$`,
  'i',
);

function unique(values: string[]): string[] {
  return values.length < 2 ? values : [...new Set(values)];
}

// ---- elements ------------------------------------------------------------------------------------

const SYMBOLS = new Set(RARE_EARTH_ELEMENTS.map((e) => e.symbol));
const SYMBOL_BY_NAME = new Map(RARE_EARTH_ELEMENTS.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((name) => [name, e.symbol] as const)));
/** Compounds named in words, and the elements they contain. */
const COMPOUND_ELEMENTS: Record<string, readonly string[]> = {
  'neodymium iron boron': ['Nd'], 'samarium cobalt': ['Sm'], 'neodymium praseodymium': ['Nd', 'Pr'], didymium: ['Nd', 'Pr'],
  mischmetal: ['Ce', 'La'], terfenol: ['Tb', 'Dy'], 'terfenol-d': ['Tb', 'Dy'],
};

/** The element symbols named in a sentence, as the highlighter finds them, in order of first mention. */
function elementsIn(sentenceText: string): string[] {
  const symbols: string[] = [];
  for (const hit of findElementHits(sentenceText)) symbols.push(...elementSymbols(hit));
  return unique(symbols);
}

/** The element symbols an element highlight stands for; none for a group word (rare earths, REE). */
function elementSymbols(highlight: ScanHit): string[] {
  // The class names are stable (rule names are not): ren-element-group, -name, -symbol, -compound.
  if (highlight.rule?.className.endsWith('-group')) return [];
  const lower = highlight.text.toLowerCase();
  const byName = SYMBOL_BY_NAME.get(lower);
  if (byName) return [byName];
  const words = COMPOUND_ELEMENTS[lower.replace(/[-\u00A0 ]+/g, ' ')] ?? COMPOUND_ELEMENTS[lower];
  if (words) return [...words];
  // Symbols, pairs, formulas and compounds written with symbols: Nd, Nd-Pr, NdFeB, Dy2O3, Nd:YAG.
  return (highlight.text.match(/[A-Z][a-z]?/g) ?? []).filter((symbol) => SYMBOLS.has(symbol));
}

// ---- names (regions, organizations) ----------------------------------------------------------------

interface NameHit {
  start: number;
  end: number;
  name: string;
}

interface NameMatcher {
  find(text: string): NameHit[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Whole-word matcher for names in exact case (or any case), longest first; ` ` in a name also accepts a no-break space. */
function nameMatcher(names: ReadonlyMap<string, string>, ignoreCase: boolean, notBefore = ''): NameMatcher {
  const lookup = new Map<string, string>();
  for (const [name, canonical] of names) lookup.set(ignoreCase ? name.toLowerCase() : name, canonical);
  const source = [...names.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeRegExp(name).replace(/ /g, '[ \\u00A0]').replace(/['’]/g, "['’]"))
    .join('|');
  // A name ending in a period (U.S.) may end a sentence; otherwise no letter or digit may follow.
  const regex = new RegExp(`(?<![A-Za-z0-9\\u00C0-\\u024F])(?:${source})(?![A-Za-z0-9\\u00C0-\\u024F${notBefore}])`, ignoreCase ? 'gi' : 'g');
  return {
    find(text: string): NameHit[] {
      const hits: NameHit[] = [];
      regex.lastIndex = 0;
      for (let match = regex.exec(text); match; match = regex.exec(text)) {
        const key = match[0].replace(/\u00A0/g, ' ').replace(/’/g, "'");
        const name = lookup.get(ignoreCase ? key.toLowerCase() : key);
        if (name) hits.push({ start: match.index, end: match.index + match[0].length, name });
      }
      return hits;
    },
  };
}

/** Regions: never the "US" of "US$". */
const REGION_MATCHER = nameMatcher(REGION_NAMES, false, '$');
const ORGANIZATION_MATCHER = nameMatcher(ORGANIZATION_NAMES, false);

/** The organization matcher for a note: the well-known names, plus its own front matter `organizations`. */
function organizationMatcherFor(yaml: string | undefined): NameMatcher {
  const own = frontMatterOrganizations(yaml).filter((name) => !ORGANIZATION_NAMES.has(name) && name.length > 1);
  if (own.length === 0) return ORGANIZATION_MATCHER;
  const extra = nameMatcher(new Map(own.map((name) => [name, name])), true);
  return {
    find(text: string): NameHit[] {
      const known = ORGANIZATION_MATCHER.find(text);
      const more = extra.find(text).filter((hit) => !known.some((k) => k.start < hit.end && hit.start < k.end));
      return more.length === 0 ? known : [...known, ...more].sort((a, b) => a.start - b.start);
    },
  };
}

/**
 * The `organizations` list of a note's front matter, read with a small line scanner (block or flow
 * sequence of plain or quoted scalars) rather than a YAML parse, which would cost more than the
 * rest of the extraction.
 */
export function frontMatterOrganizations(yaml: string | undefined): string[] {
  if (yaml === undefined || !yaml.includes('organizations')) return [];
  const key = /^organizations:[ \t]*(.*)$/m.exec(yaml);
  if (!key) return [];
  const inline = key[1].replace(/[ \t]+#.*$/, '').trim();
  const names: string[] = [];
  if (inline.startsWith('[')) {
    for (const part of inline.replace(/^\[|\]$/g, '').split(',')) names.push(unquote(part));
  } else if (inline === '') {
    const lines = yaml.slice(key.index + key[0].length + 1).split('\n');
    for (const line of lines) {
      const item = /^[ \t]*-[ \t]+(.*?)[ \t\r]*$/.exec(line);
      if (!item) break;
      names.push(unquote(item[1]));
    }
  } else {
    names.push(unquote(inline));
  }
  return names.filter((name) => name !== '');
}

function unquote(text: string): string {
  const trimmed = text.trim();
  if (/^'.*'$/.test(trimmed)) return trimmed.slice(1, -1).replace(/''/g, "'");
  if (/^".*"$/.test(trimmed)) return trimmed.slice(1, -1).replace(/\\"/g, '"');
  return trimmed;
}
