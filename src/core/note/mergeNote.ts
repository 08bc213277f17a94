import { parseFrontMatter, splitFrontMatter, type FrontMatterData } from './frontMatter';
import { renderArticlePart, renderImportedPart, type NoteContent } from './renderNote';
import { findUserSection, USER_SECTION_HEADING } from './userSection';

/**
 * Front matter key holding a fingerprint of the imported part as the importer wrote it, so that a
 * re-import can tell whether the user edited that part since (see {@link mergeNote}).
 */
export const IMPORTED_HASH_KEY = 'imported_hash';

/** Keys left out of the fingerprint: the import time moves on every update, and the fingerprint cannot hold itself. */
const UNHASHED_KEYS = new Set(['imported', IMPORTED_HASH_KEY]);

export type MergeResult =
  | { kind: 'updated' | 'unchanged'; text: string }
  /** The user edited the imported part since the last import: `text` is the update, to be written beside the note. */
  | { kind: 'edited'; text: string }
  | { kind: 'conflict'; message: string };

/**
 * Re-import: rewrites the imported part of an existing note and keeps everything from the
 * `## Notes` heading on byte for byte. Front matter keys the importer does not own are kept.
 * The imported part's line endings are kept. `imported` only moves when something else changed.
 *
 * When the note carries an {@link IMPORTED_HASH_KEY} and its imported part no longer matches it,
 * the user edited that part: the note is left alone and the result is `edited`, with the text the
 * update would have had. When the site's article is the one last imported, the result is
 * `unchanged` whatever the user did. Notes without a fingerprint (written before it existed) are
 * taken as unedited: there is no record of what was imported to compare with.
 */
export function mergeNote(existing: string, fresh: NoteContent, importedKeys: readonly string[]): MergeResult {
  const split = splitFrontMatter(existing);
  const parsed = split.yaml === undefined ? undefined : parseFrontMatter(split.yaml);
  if (!parsed?.ok) {
    return { kind: 'conflict', message: `its front matter cannot be read (${parsed?.error ?? 'missing'}); fix it or move the note away, then import again` };
  }
  const userStart = findUserSection(split.body);
  if (userStart < 0) {
    return { kind: 'conflict', message: `it has no "${USER_SECTION_HEADING}" heading, so your text cannot be told from the article's; add the heading above your own text, then import again` };
  }
  const userPart = split.body.slice(userStart);
  const importedPart = existing.slice(0, existing.length - userPart.length);

  // Compared by value, not by text: how the user writes their own keys, or which line endings
  // their editor saved, is no reason to rewrite the note.
  const articlePart = split.body.slice(0, userStart).replace(/\r\n/g, '\n');
  const freshArticlePart = renderArticlePart(fresh);
  const freshHash = importedHash(fresh.frontMatter, importedKeys, freshArticlePart);
  const storedHash = parsed.data[IMPORTED_HASH_KEY];
  const sameArticle = articlePart === freshArticlePart
    && importedKeys.every((key) => UNHASHED_KEYS.has(key) || sameValue(parsed.data[key], fresh.frontMatter[key]));
  if (sameArticle || storedHash === freshHash) return { kind: 'unchanged', text: existing };

  // Line endings are judged on the imported part only: CRLF pasted into the user's section
  // must not turn the whole note to CRLF.
  const eol = /\r\n/.test(importedPart) ? '\r\n' : '\n';
  const frontMatter = mergeFrontMatter(parsed.data, fresh.frontMatter, importedKeys, freshHash);
  const rendered = renderImportedPart({ ...fresh, frontMatter });
  const text = (eol === '\n' ? rendered : rendered.replace(/\n/g, eol)) + userPart;
  const edited = typeof storedHash === 'string' && storedHash !== importedHash(parsed.data, importedKeys, articlePart);
  return { kind: edited ? 'edited' : 'updated', text };
}

/** A new note's front matter with the fingerprint of what is written. */
export function withImportedHash(note: NoteContent, importedKeys: readonly string[]): NoteContent {
  const hash = importedHash(note.frontMatter, importedKeys, renderArticlePart(note));
  return { ...note, frontMatter: { ...note.frontMatter, [IMPORTED_HASH_KEY]: hash } };
}

/**
 * Fingerprint of the importer's front matter values and the article part (LF line endings),
 * independent of key order and of the user's own keys.
 */
export function importedHash(frontMatter: FrontMatterData, importedKeys: readonly string[], articlePart: string): string {
  const keys = importedKeys.filter((key) => !UNHASHED_KEYS.has(key)).sort();
  // Scalars as text: `wp_id: "101"` and `wp_id: 101` are the same value to a reader.
  const values = keys.map((key) => [key, asText(frontMatter[key])]);
  return fingerprint(`${JSON.stringify(values)}\n${articlePart.replace(/\r\n/g, '\n')}`);
}

function asText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asText);
  return value === null || value === undefined || typeof value === 'object' ? value ?? null : String(value);
}

/**
 * Two 32-bit FNV-1a hashes with different seeds, as 16 hex digits: enough to notice an edit
 * (this guards against accidents, not against an attacker, who could edit the hash too).
 */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The importer's keys first, in its order, then the keys the user added, in theirs; the fingerprint last. */
function mergeFrontMatter(existing: FrontMatterData, fresh: FrontMatterData, importedKeys: readonly string[], hash: string): FrontMatterData {
  const merged: FrontMatterData = { ...fresh };
  for (const [key, value] of Object.entries(existing)) {
    if (!importedKeys.includes(key) && key !== IMPORTED_HASH_KEY) merged[key] = value;
  }
  merged[IMPORTED_HASH_KEY] = hash;
  return merged;
}

/** Front matter values are plain data (strings, numbers, lists of strings). */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
