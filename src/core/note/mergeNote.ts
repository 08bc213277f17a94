import { parseFrontMatter, splitFrontMatter, type FrontMatterData } from './frontMatter';
import { renderArticlePart, renderImportedPart, type NoteContent } from './renderNote';
import { findUserSection, USER_SECTION_HEADING } from './userSection';

export type MergeResult =
  | { kind: 'updated' | 'unchanged'; text: string }
  | { kind: 'conflict'; message: string };

/**
 * Re-import: rewrites the imported part of an existing note and keeps everything from the
 * `## Notes` heading on byte for byte. Front matter keys the importer does not own are kept.
 * The imported part's line endings are kept. `imported` only moves when something else changed.
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
  const sameArticle = articlePart === renderArticlePart(fresh)
    && importedKeys.every((key) => key === 'imported' || sameValue(parsed.data[key], fresh.frontMatter[key]));
  if (sameArticle) return { kind: 'unchanged', text: existing };

  // Line endings are judged on the imported part only: CRLF pasted into the user's section
  // must not turn the whole note to CRLF.
  const eol = /\r\n/.test(importedPart) ? '\r\n' : '\n';
  const frontMatter = mergeFrontMatter(parsed.data, fresh.frontMatter, importedKeys);
  const rendered = renderImportedPart({ ...fresh, frontMatter });
  return { kind: 'updated', text: (eol === '\n' ? rendered : rendered.replace(/\n/g, eol)) + userPart };
}

/** The importer's keys first, in its order, then the keys the user added, in theirs. */
function mergeFrontMatter(existing: FrontMatterData, fresh: FrontMatterData, importedKeys: readonly string[]): FrontMatterData {
  const merged: FrontMatterData = { ...fresh };
  for (const [key, value] of Object.entries(existing)) {
    if (!importedKeys.includes(key)) merged[key] = value;
  }
  return merged;
}

/** Front matter values are plain data (strings, numbers, lists of strings). */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
