// Lays finished Markdown blocks out inside their containers: quotes, list
// items and tables. Pure string work, no knowledge of HTML.

/**
 * `text`: loose inline content (not from a `<p>`), `paragraph`: a `<p>`,
 * `list`: a whole list, `other`: headings, quotes, code, tables, rules...
 */
export type BlockKind = 'text' | 'paragraph' | 'list' | 'other';

export interface Block {
  text: string;
  kind: BlockKind;
}

export function joinBlocks(blocks: readonly Block[], separator = '\n\n'): string {
  let out = '';
  for (let i = 0; i < blocks.length; i++) out += (i === 0 ? '' : separator) + blocks[i].text;
  return out;
}

/** Prefixes every line with `> ` (a bare `>` on blank lines, so no trailing space). */
export function quoteLines(text: string): string {
  return '> ' + text.replace(/\n/g, '\n> ').replace(/^> $/gm, '>');
}

/**
 * The content of one list item. A sub-list right after the item's own text
 * stays tight; two real blocks need a blank line, which makes the list loose.
 */
export function joinItemBlocks(blocks: readonly Block[]): { text: string; loose: boolean } {
  let text = '';
  let loose = false;
  for (let i = 0; i < blocks.length; i++) {
    if (i > 0) {
      const tight = blocks[i - 1].kind === 'text' && (blocks[i].kind === 'list' || blocks[i].kind === 'text');
      text += tight ? '\n' : '\n\n';
      if (!tight) loose = true;
    }
    text += blocks[i].text;
  }
  return { text, loose };
}

/** `- first line` with the following lines indented to the content column. */
export function listItem(marker: string, content: string): string {
  const indent = ' '.repeat(marker.length + 1);
  return marker + ' ' + content.replace(/\n(?!\n|$)/g, '\n' + indent);
}

export interface TableRow {
  cells: string[];
}

/** A GFM table; the first row is the header row (GFM requires one). */
export function gfmTable(rows: readonly TableRow[]): string {
  let columns = 0;
  for (const row of rows) columns = Math.max(columns, row.cells.length);
  if (columns === 0) return '';
  const line = (cells: readonly string[]): string => {
    let out = '|';
    for (let i = 0; i < columns; i++) out += ' ' + (cells[i] ?? '') + ' |';
    return out;
  };
  const lines = [line(rows[0].cells), '|' + ' --- |'.repeat(columns)];
  for (let i = 1; i < rows.length; i++) lines.push(line(rows[i].cells));
  return lines.join('\n');
}
