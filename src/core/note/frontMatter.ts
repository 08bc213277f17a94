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
  | { ok: false; error: string };

/** Parses front matter YAML into a plain object; a YAML error or a non-mapping is reported, not thrown. */
export function parseFrontMatter(yaml: string): FrontMatterResult {
  const document = parseDocument(yaml, { prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) {
    return { ok: false, error: document.errors[0].message };
  }
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return { ok: true, data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, error: 'front matter is not a mapping of keys to values' };
  }
  return { ok: true, data: data as FrontMatterData };
}

/** Serialises front matter with the YAML library, fenced, ending with a newline. */
export function formatFrontMatter(data: FrontMatterData): string {
  const yaml = stringify(data, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n`;
}
