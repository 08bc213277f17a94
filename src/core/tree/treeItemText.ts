// What a note's tree item says: its description, its tooltip (Markdown, every piece of note text
// escaped, links only to http(s) addresses) and its citation. Pure, so the provider stays thin.
import type { NoteProvenance } from '../figures/noteFigure';
import { shortDate } from '../hover/cardParts';
import { escapeMarkdown, markdownLink } from '../hover/markdownText';

/** `2025-08-29`, with the workspace folder's name in a multi-root workspace: `2025-08-29 · research`. */
export function noteDescription(note: NoteProvenance, root?: string): string {
  return [shortDate(note.date), root].filter((part) => part !== undefined && part !== '').join(' · ');
}

/**
 * The tooltip's Markdown: the title in bold, the front matter problem if any, the excerpt, then
 * the site, date and a link to the source article, and the note's path.
 */
export function noteTooltipMarkdown(note: NoteProvenance): string {
  const blocks = [`**${escapeMarkdown(note.title)}**`];
  if (note.frontMatterError) {
    blocks.push(`⚠ Front matter is not valid YAML (line ${note.frontMatterError.line + 1}): ${escapeMarkdown(note.frontMatterError.message)}`);
  }
  if (note.excerpt) blocks.push(escapeMarkdown(note.excerpt));
  const source: string[] = [];
  if (note.site !== undefined) source.push(escapeMarkdown(note.site));
  const date = shortDate(note.date);
  if (date !== undefined) source.push(escapeMarkdown(date));
  if (note.url !== undefined) source.push(markdownLink('Source article', note.url));
  if (source.length > 0) blocks.push(source.join(' · '));
  blocks.push(`\`${note.notePath.replace(/`/g, "'")}\``);
  return blocks.join('\n\n');
}

/** `Title. Site, 2025-08-29. https://…` — the parts the note has, in that order. */
export function noteCitation(note: NoteProvenance): string {
  const title = note.title.replace(/[.\s]+$/, '');
  const parts: string[] = [];
  const where = [note.site, shortDate(note.date)].filter((part) => part !== undefined && part !== '').join(', ');
  if (where !== '') parts.push(where);
  if (note.url !== undefined) parts.push(note.url);
  if (parts.length === 0) return /[?!…]$/.test(title) ? title : `${title}.`;
  // A title ending in ? or ! needs no full stop after it.
  const rest = `${parts.join('. ')}${note.url === undefined ? '.' : ''}`;
  return `${title}${/[?!…]$/.test(title) ? ' ' : '. '}${rest}`;
}

/** An http(s) source address, or undefined: the tree opens nothing else in the browser. */
export function sourceAddress(note: NoteProvenance): string | undefined {
  return note.url !== undefined && /^https?:\/\/[^\s/]+/i.test(note.url) ? note.url : undefined;
}
