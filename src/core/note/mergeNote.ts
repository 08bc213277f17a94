import { parseFrontMatter, splitFrontMatter, type FrontMatterData } from './frontMatter';
import { renderImportedPart, type NoteContent } from './renderNote';
import { findUserSection, USER_SECTION_HEADING } from './userSection';

export type MergeResult =
  | { kind: 'updated' | 'unchanged'; text: string }
  | { kind: 'conflict'; message: string };

/**
 * Re-import: rewrites the imported part of an existing note and keeps everything from the
 * `## Notes` heading on byte for byte. Front matter keys the importer does not own are kept.
 * The note's line endings are kept. `imported` only moves when something else changed.
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
  const eol = /\r\n/.test(existing) ? '\r\n' : '\n';

  const render = (imported: unknown) => {
    const frontMatter = mergeFrontMatter(parsed.data, { ...fresh.frontMatter, imported }, importedKeys);
    const importedPart = renderImportedPart({ ...fresh, frontMatter });
    return (eol === '\n' ? importedPart : importedPart.replace(/\n/g, eol)) + userPart;
  };

  const unchanged = render(parsed.data.imported ?? fresh.frontMatter.imported);
  if (unchanged === existing) return { kind: 'unchanged', text: existing };
  return { kind: 'updated', text: render(fresh.frontMatter.imported) };
}

/** The importer's keys first, in its order, then the keys the user added, in theirs. */
function mergeFrontMatter(existing: FrontMatterData, fresh: FrontMatterData, importedKeys: readonly string[]): FrontMatterData {
  const merged: FrontMatterData = { ...fresh };
  for (const [key, value] of Object.entries(existing)) {
    if (!importedKeys.includes(key)) merged[key] = value;
  }
  return merged;
}
