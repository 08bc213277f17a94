import { formatFrontMatter, type FrontMatterData } from './frontMatter';
import { USER_SECTION_HEADING } from './userSection';

/** The imported part of a note: front matter, title and converted article. */
export interface NoteContent {
  frontMatter: FrontMatterData;
  title: string;
  body: string;
}

/** The part of a note the importer owns, up to (not including) the `## Notes` heading. */
export function renderImportedPart(note: NoteContent): string {
  return `${formatFrontMatter(note.frontMatter)}${renderArticlePart(note)}`;
}

/** What follows the front matter in the imported part: the title heading and the converted article. */
export function renderArticlePart(note: Pick<NoteContent, 'title' | 'body'>): string {
  const body = note.body.trim();
  return `\n# ${note.title}\n\n${body ? `${body}\n\n` : ''}`;
}

/** A new note: the imported part and an empty section for the user. */
export function renderNewNote(note: NoteContent): string {
  return `${renderImportedPart(note)}${USER_SECTION_HEADING}\n\n`;
}
