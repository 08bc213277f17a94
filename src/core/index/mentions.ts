// The entities a note mentions outside its figures: the front matter's lists (regions,
// organizations, and element names among elements/tags/topics) and the region and element names of
// its body. Fast, allocation-light readers: the index runs them on every note of the workspace.
import { elements } from '../data/elements';
import { ORGANIZATION_NAMES } from '../figures/organizationNames';
import { REGION_NAMES } from '../figures/regionNames';

export interface FrontMatterLists {
  regions: string[];
  organizations: string[];
  /** Values of `elements`, `tags` and `topics`; the index keeps those naming a rare earth. */
  elements: string[];
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
};

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
  const lists: FrontMatterLists = { regions: [], organizations: [], elements: [], bodyStart: 0 };
  const opening = OPENING.exec(text);
  if (!opening) return lists;
  const rest = text.slice(opening[0].length, opening[0].length + 64 * 1024);
  const closing = CLOSING.exec(rest);
  if (!closing) return lists;
  lists.bodyStart = opening[0].length + closing.index + closing[0].length;
  let target: string[] | undefined;
  for (const line of rest.slice(0, closing.index).split('\n')) {
    const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
    const key = KEY_LINE.exec(trimmed);
    if (key) {
      const list = LIST_KEYS[key[1].toLowerCase()];
      target = undefined;
      if (!list) continue;
      const value = key[2] ?? '';
      if (value === '' ) target = lists[list];
      else if (value.startsWith('[')) lists[list].push(...flowList(value));
      else pushScalar(lists[list], value);
      continue;
    }
    if (!target) continue;
    const item = ITEM_LINE.exec(trimmed);
    if (item) pushScalar(target, item[1]);
    else if (trimmed.trim() !== '' && !/^[ \t]*#/.test(trimmed)) target = undefined;
  }
  return lists;
}

function pushScalar(list: string[], raw: string): void {
  const value = scalar(raw);
  if (value) list.push(value);
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
function bodyPattern(): RegExp {
  const words = new Set([...REGION_NAMES.keys(), ...ORGANIZATION_NAMES.keys()]);
  for (const name of ELEMENT_NAMES) {
    words.add(name);
    words.add(name[0].toUpperCase() + name.slice(1));
    words.add(name.toUpperCase());
  }
  // A leading \b lets the engine skip positions inside words; no `u` flag: both are several times faster.
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`\\b(?:${alternatives.join('|')})(?![A-Za-z0-9_$\\u00C0-\\uFFFF])`, 'g');
}

const BODY = bodyPattern();
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Region, organization and element names in the note's text after its front matter, each once. */
export function bodyMentions(text: string, bodyStart = 0): BodyMentions {
  const found = { regions: new Set<string>(), organizations: new Set<string>(), elements: new Set<string>() };
  BODY.lastIndex = bodyStart;
  for (let match = BODY.exec(text); match; match = BODY.exec(text)) {
    const name = match[0];
    // A name must start a word ('FUS' is no 'US' mention).
    if (match.index > 0 && WORD_CHAR.test(text[match.index - 1])) {
      BODY.lastIndex = match.index + 1;
      continue;
    }
    if (REGION_NAMES.has(name)) found.regions.add(name);
    if (ORGANIZATION_NAMES.has(name)) found.organizations.add(name);
    if (ELEMENT_NAMES.has(name.toLowerCase())) found.elements.add(name);
  }
  return { regions: [...found.regions], organizations: [...found.organizations], elements: [...found.elements] };
}
