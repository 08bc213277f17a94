import { parseDocument, stringify } from 'yaml';

/** A note split at its front matter fence. `body` is everything after the closing `---` line. */
export interface SplitNote {
  /** The YAML between the fences, or undefined when the note has no front matter. */
  yaml: string | undefined;
  body: string;
}

/** Some editors start a file with a byte order mark; the fence is still the first line. */
const FENCE = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

export function splitFrontMatter(text: string): SplitNote {
  const opening = FENCE.exec(text);
  if (!opening) return { yaml: undefined, body: text };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING_FENCE.exec(rest);
  if (!closing) return { yaml: undefined, body: text };
  return { yaml: rest.slice(0, closing.index), body: rest.slice(closing.index + closing[0].length) };
}

export type FrontMatterData = Record<string, unknown>;

export type FrontMatterResult =
  | { ok: true; data: FrontMatterData }
  /** `offset`: where in the YAML text the problem is (UTF-16 index). */
  | { ok: false; error: string; offset: number };

/** Parses front matter YAML into a plain object; a YAML error or a non-mapping is reported, not thrown. */
export function parseFrontMatter(yaml: string): FrontMatterResult {
  const document = parseDocument(yaml, { prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    return { ok: false, error: error.message, offset: error.pos[0] };
  }
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // toJS throws on an alias to an anchor that is not defined before it (`title: *name`).
    return { ok: false, error: error instanceof Error ? error.message : String(error), offset: 0 };
  }
  if (data === null || data === undefined) return { ok: true, data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'a list' : 'a single value';
    return { ok: false, error: `front matter is ${what}, not a mapping of keys to values (key: value lines)`, offset: document.contents?.range[0] ?? 0 };
  }
  return { ok: true, data: data as FrontMatterData };
}

/**
 * Same result as `parseFrontMatter`, faster for the front matter the importer writes and people
 * type: `key: value` lines with plain or simply quoted values and block lists of such values. Anything
 * fancier (comments, block scalars, anchors, flow collections, escapes, numbers in odd notations…)
 * goes to the full YAML parser.
 */
export function readFrontMatter(yaml: string): FrontMatterResult {
  const data = readSimpleFrontMatter(yaml);
  return data === undefined ? parseFrontMatter(yaml) : { ok: true, data };
}

const SIMPLE_KEY = /^([A-Za-z_][A-Za-z0-9_-]{0,200}):(?: +|$)/;
/** Keys the core schema reads as something else than their text, or that JavaScript objects treat specially. */
const SPECIAL_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;
const SEQUENCE_ITEM = /^( *)- +(?=\S)/;
/** Characters a plain scalar cannot start with (YAML indicators); quotes are handled separately. */
const INDICATOR = /^[-?:,[\]{}#&*!|>%@`]/;
const NULL_WORD = /^(?:~|null|Null|NULL)$/;
const BOOL_WORD = /^(?:true|True|TRUE|false|False|FALSE)$/;
const DECIMAL = /^[-+]?[0-9]{1,15}$/;
/**
 * A number in YAML 1.2's core schema (its tag resolution: integers, octal 0o, hex 0x, floats with
 * an optional exponent, .inf, .nan): left to the full parser. Anything else, such as the importer's
 * hash `49f38c0f623dd771`, is a string.
 */
const CORE_NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** The mapping, or undefined when the YAML uses anything beyond the simple shapes. */
export function readSimpleFrontMatter(yaml: string): FrontMatterData | undefined {
  if (/[\t\uFEFF]|\r(?!\n)/.test(yaml)) return undefined;
  const lines = yaml.split('\n');
  const data: FrontMatterData = {};
  let index = 0;
  while (index < lines.length) {
    const line = trimCarriageReturn(lines[index++]);
    if (BLANK.test(line)) continue;
    const key = SIMPLE_KEY.exec(line);
    if (!key || SPECIAL_KEY.test(key[1])) return undefined;
    const rest = trimSpaces(line.slice(key[0].length));
    if (rest !== '') {
      const value = rest === '[]' ? [] : simpleScalar(rest);
      if (value === undefined) return undefined;
      data[key[1]] = value;
      continue;
    }
    // An empty value: a block list of simple scalars on the next lines, or null.
    const items: unknown[] = [];
    let indent: string | undefined;
    while (index < lines.length) {
      const next = trimCarriageReturn(lines[index]);
      if (BLANK.test(next)) {
        index++;
        continue;
      }
      const item = SEQUENCE_ITEM.exec(next);
      if (!item) {
        if (next[0] === ' ') return undefined;
        break;
      }
      if (indent !== undefined && item[1] !== indent) return undefined;
      indent = item[1];
      const value = simpleScalar(trimSpaces(next.slice(item[0].length)));
      if (value === undefined) return undefined;
      items.push(value);
      index++;
    }
    data[key[1]] = indent === undefined ? null : items;
  }
  return data;
}

/** YAML's white space is spaces and tabs only (a no-break space is content), and tabs take the full parser. */
const BLANK = /^ *$/;

function trimSpaces(text: string): string {
  return text.replace(/ +$/, '');
}

function trimCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** A one-line scalar as the core schema reads it, or undefined when it is not one of the simple shapes. */
function simpleScalar(text: string): unknown {
  const first = text[0];
  if (first === '"') {
    const inner = text.slice(1, -1);
    return text.length >= 2 && text.endsWith('"') && !/["\\]/.test(inner) ? inner : undefined;
  }
  if (first === "'") {
    const inner = text.slice(1, -1);
    return text.length >= 2 && text.endsWith("'") && !inner.replace(/''/g, '').includes("'") ? inner.replace(/''/g, "'") : undefined;
  }
  if (INDICATOR.test(text) || text.includes(': ') || text.endsWith(':') || text.includes(' #')) return undefined;
  if (NULL_WORD.test(text)) return null;
  if (BOOL_WORD.test(text)) return text[0] === 't' || text[0] === 'T';
  if (DECIMAL.test(text)) return Number(text);
  if (CORE_NUMBER.test(text)) return undefined;
  return text;
}

/** Serialises front matter with the YAML library, fenced, ending with a newline. */
export function formatFrontMatter(data: FrontMatterData): string {
  const yaml = stringify(data, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n`;
}
