// The entities a note mentions outside its figures: the front matter's lists (regions,
// organizations, topics, and element names among elements/tags/topics) and the region and element
// names of its body. Fast, allocation-light readers: the index runs them on every note of the workspace.
import { elements } from '../data/elements';
import { ORGANIZATION_NAMES } from '../figures/organizationNames';
import { REGION_NAMES } from '../figures/regionNames';

export interface FrontMatterLists {
  regions: string[];
  organizations: string[];
  /** Values of `elements`, `tags` and `topics`; the index keeps those naming a rare earth. */
  elements: string[];
  /** Values of `topics`, as written. */
  topics: string[];
  /** Offset of the first character after the front matter (0 without front matter). */
  bodyStart: number;
}

const LIST_KEYS: Readonly<Record<string, keyof Omit<FrontMatterLists, 'bodyStart'>>> = {
  regions: 'regions',
  region: 'regions',
  organizations: 'organizations',
  organization: 'organizations',
  elements: 'elements',
  tags: 'elements',
  topics: 'elements',
  topic: 'elements',
};
/** Keys whose values are topics too (and still element candidates). */
const TOPIC_KEYS: ReadonlySet<string> = new Set(['topics', 'topic']);

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;
const ITEM_LINE = /^[ \t]*-[ \t]+(.*?)[ \t]*$/;

/**
 * The list-valued keys of the note's front matter that name entities. Reads the subset of YAML the
 * importer writes and people type: block lists (`- China`), flow lists (`[China, 'U.S.']`) and a
 * single scalar; quoted or plain. Anything else is skipped, never thrown at.
 */
export function frontMatterLists(text: string): FrontMatterLists {
  const lists: FrontMatterLists = { regions: [], organizations: [], elements: [], topics: [], bodyStart: 0 };
  const opening = OPENING.exec(text);
  if (!opening) return lists;
  const rest = text.slice(opening[0].length, opening[0].length + 64 * 1024);
  const closing = CLOSING.exec(rest);
  if (!closing) return lists;
  lists.bodyStart = opening[0].length + closing.index + closing[0].length;
  let target: string[] | undefined;
  let topics = false;
  for (const line of rest.slice(0, closing.index).split('\n')) {
    const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
    const key = KEY_LINE.exec(trimmed);
    if (key) {
      const name = key[1].toLowerCase();
      const list = LIST_KEYS[name];
      target = undefined;
      if (!list) continue;
      topics = TOPIC_KEYS.has(name);
      const value = key[2] ?? '';
      const items = value === '' ? undefined : value.startsWith('[') ? flowList(value) : commaList(scalar(value));
      if (!items) target = lists[list];
      else {
        lists[list].push(...items);
        if (topics) lists.topics.push(...items);
      }
      continue;
    }
    if (!target) continue;
    const item = ITEM_LINE.exec(trimmed);
    if (item) {
      const value = scalar(item[1]);
      if (value) {
        target.push(value);
        if (topics) lists.topics.push(value);
      }
    } else if (trimmed.trim() !== '' && !/^[ \t]*#/.test(trimmed)) target = undefined;
  }
  return lists;
}

/** A company's legal form after a comma ("MP Materials, Inc.") belongs to the name before it. */
const LEGAL_FORM = /^(?:pty\.?\s+ltd|ltd|limited|inc|incorporated|corp|corporation|co|plc|llc|ag|sa|nv|gmbh)\.?$/i;

/** People write `regions: China, USA` for a list: a one-line value is split at its commas. */
function commaList(value: string): string[] {
  const items: string[] = [];
  for (const part of value.split(',')) {
    const item = part.trim();
    if (!item) continue;
    if (items.length > 0 && LEGAL_FORM.test(item)) items[items.length - 1] += `, ${item}`;
    else items.push(item);
  }
  return items;
}

/** A YAML scalar's text: quotes removed, a plain scalar's comment dropped. */
function scalar(raw: string): string {
  const text = raw.trim();
  if (text.startsWith("'")) {
    const end = text.lastIndexOf("'");
    return end > 0 ? text.slice(1, end).replace(/''/g, "'") : text.slice(1);
  }
  if (text.startsWith('"')) {
    const end = text.lastIndexOf('"');
    return (end > 0 ? text.slice(1, end) : text.slice(1)).replace(/\\(["\\/])/g, '$1');
  }
  const comment = text.search(/\s#/);
  return (comment >= 0 ? text.slice(0, comment) : text).trim();
}

/** The items of a one-line flow list, `[a, 'b, c', "d"]`. */
function flowList(value: string): string[] {
  const items: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (let i = 1; i < value.length; i++) {
    const char = value[i];
    if (quote) {
      current += char;
      if (char === quote) {
        if (quote === "'" && value[i + 1] === "'") current += value[++i];
        else quote = undefined;
      }
    } else if (char === "'" || char === '"') {
      quote = char;
      current += char;
    } else if (char === ',' || char === ']') {
      const item = scalar(current);
      if (item) items.push(item);
      current = '';
      if (char === ']') break;
    } else current += char;
  }
  return items;
}

export interface BodyMentions {
  /** Region names as written ('U.S.', 'Myanmar', 'Chinese'). */
  regions: string[];
  /** Organization names as written ('Lynas'). */
  organizations: string[];
  /** Element names as written ('dysprosium'). */
  elements: string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ELEMENT_NAMES: ReadonlySet<string> = new Set(elements.map((element) => element.name.toLowerCase()));

/**
 * Region and organization names are proper nouns, matched as written (so 'US' never matches 'us',
 * nor 'US$' a currency), longest first ('USA Rare Earth' is a company); element names in lower
 * case, capitalised or in capitals. The names are figure extraction's (regionNames.ts,
 * organizationNames.ts), so a mention and a figure's subject agree.
 */
const REGION = 1;
const ORGANIZATION = 2;
const ELEMENT = 4;

interface BodyWord {
  name: string;
  kinds: number;
  /** The call of bodyMentions that last found this word: dedupes without a Set per call. */
  seen: number;
}

/**
 * Every name the body pattern matches, with what it names (REGION | ORGANIZATION | ELEMENT): one
 * lookup per match, and the name returned is this string, not a slice that would pin the note's text.
 */
const BODY_WORDS = new Map<string, BodyWord>();

/** What follows a name: anything but a letter, digit, '_' or '$' ('US$5' is money, not a region). */
const NAME_END = '(?![A-Za-z0-9_$\\u00C0-\\uFFFF])';

/**
 * One scan finds both kinds of name. A name is tried at each word start (the leading \b lets the
 * engine skip positions inside words; no `u` flag: both are several times faster), where the names
 * beginning with a capital ('China', 'Dysprosium', 'NEODYMIUM') are cheap: most word starts are
 * lower case and fail the first-character check at once. Lower-case element names would make every
 * lower-case word start expensive (most of the time of one pattern of all names), so they are found
 * from their end: the scan stops at the endings they share ('um') and a lookbehind names the word
 * ending there (group 1). Same matches, same order: an element name is one run of ASCII letters (a
 * unit test checks it), so no other name can start inside it, and where a longer name starting with
 * it matches, that name is found first, at the shared start.
 */
function bodyPattern(): RegExp {
  const addWord = (name: string, kind: number) => {
    const word = BODY_WORDS.get(name);
    if (word) word.kinds |= kind;
    else BODY_WORDS.set(name, { name, kinds: kind, seen: 0 });
  };
  for (const name of REGION_NAMES.keys()) addWord(name, REGION);
  for (const name of ORGANIZATION_NAMES.keys()) addWord(name, ORGANIZATION);
  for (const name of ELEMENT_NAMES) {
    addWord(name, ELEMENT);
    addWord(name[0].toUpperCase() + name.slice(1), ELEMENT);
    addWord(name.toUpperCase(), ELEMENT);
  }
  const longestFirst = (names: Iterable<string>) => [...names].sort((a, b) => b.length - a.length).map(escape).join('|');
  const fromStart = [...BODY_WORDS.keys()].filter((name) => !ELEMENT_NAMES.has(name));
  const endings = new Set([...ELEMENT_NAMES].map((name) => name.slice(-2)));
  const atStart = `\\b(?:${longestFirst(fromStart)})`;
  const atEnd = `(?:${longestFirst(endings)})(?<=\\b(${longestFirst(ELEMENT_NAMES)}))`;
  return new RegExp(`(?:${atStart}|${atEnd})${NAME_END}`, 'g');
}

const BODY = bodyPattern();

/**
 * BODY_WORDS by length and first character. A match is a fresh string: a Map has to hash it, which
 * cost more than the rest of the loop; this finds it with a number and a string comparison.
 */
const shape = (length: number, firstChar: number) => length * 128 + (firstChar & 127);
const WORDS_BY_SHAPE = wordsByShape();

function wordsByShape(): (BodyWord[] | undefined)[] {
  let longest = 0;
  for (const name of BODY_WORDS.keys()) longest = Math.max(longest, name.length);
  // Filled up front: an array written at scattered indexes becomes a slow dictionary.
  const words = new Array<BodyWord[] | undefined>((longest + 1) * 128).fill(undefined);
  for (const word of BODY_WORDS.values()) (words[shape(word.name.length, word.name.charCodeAt(0))] ??= []).push(word);
  return words;
}

/** The word `name`, found at `start` in `text` (whose first character is read faster there). */
function wordAt(text: string, start: number, name: string): BodyWord | undefined {
  const words = WORDS_BY_SHAPE[shape(name.length, text.charCodeAt(start))];
  if (!words) return undefined;
  // BODY only matches these words, so a shape that one word has is that word.
  if (words.length === 1) return words[0];
  for (const word of words) if (word.name === name) return word;
  return undefined;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Whether a UTF-16 code unit is a letter, digit or '_' (ASCII without a regular expression). */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
  return WORD_CHAR.test(String.fromCharCode(code));
}

let calls = 0;

/** Region, organization and element names in the note's text after its front matter, each once. */
export function bodyMentions(text: string, bodyStart = 0): BodyMentions {
  const call = ++calls;
  const found: BodyMentions = { regions: [], organizations: [], elements: [] };
  BODY.lastIndex = bodyStart;
  for (let match = BODY.exec(text); match; match = BODY.exec(text)) {
    const endAnchored = match[1];
    const name = endAnchored ?? match[0];
    const start = endAnchored === undefined ? match.index : match.index + match[0].length - endAnchored.length;
    // The lookbehind sees the front matter too: a name must start in the body.
    if (start < bodyStart) continue;
    // A name must start a word ('FUS' is no 'US' mention); \b alone only knows ASCII letters.
    if (start > 0 && isWordChar(text.charCodeAt(start - 1))) {
      // Another name may start inside this one ('éU.S.' after the '.'): look again from the next
      // character. An element name is one word, with no name inside it.
      if (endAnchored === undefined) BODY.lastIndex = match.index + 1;
      continue;
    }
    const word = wordAt(text, start, name);
    if (!word || word.seen === call) continue;
    word.seen = call;
    if (word.kinds & REGION) found.regions.push(word.name);
    if (word.kinds & ORGANIZATION) found.organizations.push(word.name);
    if (word.kinds & ELEMENT) found.elements.push(word.name);
  }
  return found;
}
