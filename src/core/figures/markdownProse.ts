// The prose of a Markdown note, as blocks of text whose offsets are those of the note itself.
//
// A careful line scanner, not a full CommonMark parser: it is linear in the note's length and keeps
// every offset, which a token stream (markdown-it) does not do for inline text. Each block is a
// paragraph, a heading, a list item's paragraph or a table cell; its `text` is a copy of the note's
// characters from `start`, of the same length, where everything that is not prose is replaced by
// spaces: front matter, fenced and indented code, HTML blocks, comments, inline code, inline HTML
// (with what it encloses), link destinations and reference labels, images, bare URLs and
// autolinks, list markers, blockquote markers, heading markers, emphasis markers and backslashes of
// escapes. So a match at index i of `text` is at `start + i` in the note.
import { closesFence, opensFence, type Fence } from '../note/codeFence';
import { splitFrontMatter } from '../note/frontMatter';

export interface ProseBlock {
  /** Offset of `text[0]` in the note. */
  start: number;
  /** The note's characters from `start`, with every non-prose character replaced by a space. */
  text: string;
}

/** Block-level HTML tag names (CommonMark HTML block type 6): such a line starts an HTML block. */
const HTML_BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup', 'dd',
  'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame',
  'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link',
  'main', 'menu', 'menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'search', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul',
]);
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

const BLOCKQUOTE_PREFIX = /^(?: {0,3}> ?)+/;
const FENCE_RUN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|[0-9]{1,9}[.)])([ \t]+|$)(\[[ xX]\][ \t]+)?/;
const LINK_DEFINITION = /^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S/;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]]+\]:/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HTML_BLOCK_START = /^ {0,3}<(!--|\?|![A-Za-z]|!\[CDATA\[|\/?([A-Za-z][A-Za-z0-9-]*))/;
const HTML_RAW_TAGS = /^(?:script|pre|style|textarea)$/i;

function spaces(length: number): string {
  return ' '.repeat(length);
}

function indentWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** Offset of the note's body: just after the closing fence of its front matter, or 0 when it has none. */
export function bodyOffset(noteText: string): number {
  const { yaml, body } = splitFrontMatter(noteText);
  return yaml === undefined ? 0 : noteText.length - body.length;
}

/** The prose blocks of a note, in order, front matter excluded (`bodyStart`: from bodyOffset, when known). */
export function proseBlocks(noteText: string, bodyStart = bodyOffset(noteText), keep?: (raw: string) => boolean): ProseBlock[] {
  const blocks: ProseBlock[] = [];

  // The paragraph being gathered: its start, its first line (most paragraphs are one line, used as
  // is, without a copy) and, once it spans lines, its pieces (together as long as the note's lines).
  let paraStart = -1;
  let paraFirst = '';
  let paraPieces: string[] | undefined;
  let paraNewline = 0;
  const flush = () => {
    if (paraStart >= 0) {
      pushBlock(blocks, paraStart, paraPieces ? paraPieces.join('') : paraFirst, keep);
      paraStart = -1;
      paraPieces = undefined;
    }
  };
  const addToParagraph = (lineStart: number, prefixLength: number, content: string, newline: string) => {
    if (paraStart < 0) {
      paraStart = lineStart + prefixLength;
      paraFirst = content;
    } else {
      paraPieces ??= [paraFirst];
      paraPieces.push(spaces(paraNewline + prefixLength), content);
    }
    paraNewline = newline.length;
  };

  let fence: Fence | undefined;
  let htmlEnd: RegExp | 'blank' | undefined;
  let table = false;
  let listContentIndent = -1;
  let previousBlank = true;

  let position = bodyStart;
  while (position < noteText.length) {
    let lineEnd = noteText.indexOf('\n', position);
    if (lineEnd < 0) lineEnd = noteText.length;
    const next = lineEnd < noteText.length ? lineEnd + 1 : lineEnd;
    const lineStart = position;
    let line = noteText.slice(lineStart, lineEnd);
    let newline = noteText.slice(lineEnd, next);
    if (line.endsWith('\r')) {
      line = line.slice(0, -1);
      newline = `\r${newline}`;
    }
    position = next;

    if (fence) {
      const run = FENCE_RUN.exec(line.replace(BLOCKQUOTE_PREFIX, ''));
      if (run && closesFence(fence, run[1], run[2])) fence = undefined;
      continue;
    }
    if (htmlEnd) {
      if (htmlEnd === 'blank') {
        if (line.trim() === '') {
          htmlEnd = undefined;
          previousBlank = true;
        }
      } else if (htmlEnd.test(line)) {
        htmlEnd = undefined;
      }
      continue;
    }

    // Container prefix: blockquote markers.
    const quote = BLOCKQUOTE_PREFIX.exec(line);
    const prefixLength = quote ? quote[0].length : 0;
    const rest = line.slice(prefixLength);

    if (rest.trim() === '') {
      flush();
      table = false;
      previousBlank = true;
      continue;
    }
    const indent = indentWidth(rest);
    const wasBlank = previousBlank;
    previousBlank = false;

    // Indented code: four columns beyond the current list item's content, not continuing a paragraph.
    if (paraStart < 0 && indent >= 4 + Math.max(0, listContentIndent) && wasBlank && !table) continue;
    if (listContentIndent >= 0 && wasBlank && indent < listContentIndent && !LIST_ITEM.test(rest)) listContentIndent = -1;

    // Fast path: an unindented line that starts with a letter or quote (most prose) and has no table
    // pipe starts no block syntax: it is paragraph text.
    if (indent === 0 && !table && isPlainStart(rest.charCodeAt(0)) && !rest.includes('|')) {
      addToParagraph(lineStart, prefixLength, rest, newline);
      continue;
    }

    const fenceRun = FENCE_RUN.exec(rest);
    const opened = fenceRun ? opensFence(fenceRun[1], fenceRun[2]) : undefined;
    if (opened) {
      flush();
      table = false;
      fence = opened;
      continue;
    }

    const html = HTML_BLOCK_START.exec(rest);
    if (html) {
      const end = htmlBlockEnd(html, rest, paraStart >= 0);
      if (end) {
        flush();
        table = false;
        if (end === 'blank' || !end.test(rest.slice(html[0].length))) htmlEnd = end;
        continue;
      }
    }

    const heading = ATX_HEADING.exec(rest);
    if (heading) {
      flush();
      table = false;
      const contentStart = heading[0].length;
      let content = rest.slice(contentStart);
      // Closing sequence: spaces then #s at the end.
      const closing = /(?:^|[ \t])#+[ \t]*$/.exec(content);
      if (closing) content = content.slice(0, closing.index) + spaces(content.length - closing.index);
      pushBlock(blocks, lineStart + prefixLength, spaces(contentStart) + content, keep);
      continue;
    }

    if (paraStart >= 0 && !table && SETEXT_UNDERLINE.test(rest)) {
      flush();
      continue;
    }
    if (THEMATIC_BREAK.test(rest)) {
      flush();
      table = false;
      continue;
    }
    if (paraStart < 0 && LINK_DEFINITION.test(rest)) continue;

    // Tables: a row of cells above a delimiter row; each cell is a block of its own.
    if (table || (rest.includes('|') && TABLE_DELIMITER.test(peekLine(noteText, position)) && peekLine(noteText, position).includes('-'))) {
      if (!rest.includes('|') && table) {
        table = false;
      } else {
        flush();
        if (table && TABLE_DELIMITER.test(rest)) continue;
        table = true;
        pushCells(blocks, lineStart + prefixLength, rest, keep);
        continue;
      }
    }

    const item = LIST_ITEM.exec(rest);
    if (item && !(paraStart >= 0 && item[3] === '')) {
      flush();
      const markerLength = item[0].length;
      listContentIndent = indentWidth(rest) + item[2].length + Math.min(Math.max(item[3].length, 1), 4);
      addToParagraph(lineStart, prefixLength + markerLength, rest.slice(markerLength), newline);
      continue;
    }

    const footnote = FOOTNOTE_DEFINITION.exec(rest);
    if (footnote) {
      flush();
      addToParagraph(lineStart, prefixLength + footnote[0].length, rest.slice(footnote[0].length), newline);
      continue;
    }

    addToParagraph(lineStart, prefixLength, rest, newline);
  }
  flush();
  return blocks;
}

/** A letter (or a quote) cannot start any block syntax: the line is paragraph text. */
function isPlainStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 34 || code === 39 || code === 0x201c || code === 0x2018 || code > 0xbf;
}

/** The line that starts at `position`, without its line break. */
function peekLine(text: string, position: number): string {
  let end = text.indexOf('\n', position);
  if (end < 0) end = text.length;
  return text.slice(position, end).replace(BLOCKQUOTE_PREFIX, '');
}

/** How an HTML block that starts on this line ends, or undefined when the line does not start one. */
function htmlBlockEnd(match: RegExpExecArray, line: string, inParagraph: boolean): RegExp | 'blank' | undefined {
  const opener = match[1];
  if (opener === '!--') return /-->/;
  if (opener === '?') return /\?>/;
  if (opener === '![CDATA[') return /\]\]>/;
  if (opener.startsWith('!')) return />/;
  const name = match[2];
  if (!opener.startsWith('/') && HTML_RAW_TAGS.test(name)) return new RegExp(`</${name}\\s*>`, 'i');
  if (HTML_BLOCK_TAGS.has(name.toLowerCase())) return 'blank';
  // Any other complete tag alone on its line, not interrupting a paragraph.
  if (!inParagraph && /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>[ \t]*$/.test(line)) return 'blank';
  return undefined;
}

/** The cells of a table row, each a block; pipes inside code spans or escaped do not split. */
function pushCells(blocks: ProseBlock[], lineStart: number, row: string, keep: ((raw: string) => boolean) | undefined): void {
  let cellStart = 0;
  let index = 0;
  while (index <= row.length) {
    const ch = row[index];
    if (ch === '\\') {
      index += 2;
      continue;
    }
    if (ch === '`') {
      let run = 1;
      while (row[index + run] === '`') run++;
      const close = row.indexOf('`'.repeat(run), index + run);
      index = close < 0 ? index + run : close + run;
      continue;
    }
    if (ch === '|' || index === row.length) {
      if (index > cellStart) pushBlock(blocks, lineStart + cellStart, row.slice(cellStart, index), keep);
      cellStart = index + 1;
    }
    index++;
  }
}

/** Adds a block, masked, unless `keep` says its raw text is of no interest (then it is not masked at all). */
function pushBlock(blocks: ProseBlock[], start: number, raw: string, keep?: (raw: string) => boolean): void {
  if (keep && !keep(raw)) return;
  const text = maskInline(raw);
  if (text.trim() !== '') blocks.push({ start, text });
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const NAMED_ENTITIES: Record<string, string> = {
  '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&#39;': "'", '&nbsp;': ' ', '&ndash;': '–',
  '&mdash;': '—', '&#8211;': '–', '&#8212;': '—', '&#8217;': '’', '&#8216;': '‘', '&#8220;': '“', '&#8221;': '”',
  '&rsquo;': '’', '&lsquo;': '‘', '&ldquo;': '“', '&rdquo;': '”', '&hellip;': '…',
};
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/y;
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)>/y;
const OPEN_TAG = /<([A-Za-z][A-Za-z0-9-]*)(?:\s+[^<>]*?)?(\/?)>/y;
const CLOSE_TAG = /<\/([A-Za-z][A-Za-z0-9-]*)\s*>/y;
const BARE_URL = /(?<![A-Za-z0-9])(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp]):\/\/|www\.)[^\s<>"']+/g;
/** Characters the inline scanner acts on; everything else is prose. */
const INLINE_SPECIAL = /[\\`<![*_~&]/g;

/**
 * Replaces inline non-prose in a block's text with spaces, keeping its length. Emphasis and
 * strikethrough markers go (`*`, `_`, `~~`); a single `~` stays, as it means "approximately".
 */
export function maskInline(text: string): string {
  INLINE_SPECIAL.lastIndex = 0;
  if (!INLINE_SPECIAL.test(text) && !text.includes('://') && !text.includes('www.') && !text.includes('WWW.')) return text;
  const masks: number[] = []; // pairs of [from, to)
  const mask = (from: number, to: number) => {
    if (to > from) masks.push(from, to);
  };
  // Replacements of one character (decoded entities), at their offset.
  let replacements: Map<number, string> | undefined;
  // Link destinations to skip when the scan reaches the link text's closing bracket.
  const jumps = new Map<number, number>();

  BARE_URL.lastIndex = 0;
  if (text.includes('://') || text.includes('www.') || text.includes('WWW.')) {
    for (let url = BARE_URL.exec(text); url; url = BARE_URL.exec(text)) mask(url.index, url.index + urlLength(url[0]));
  }

  INLINE_SPECIAL.lastIndex = 0;
  let index = 0;
  while (index < text.length) {
    const jump = jumps.get(index);
    if (jump !== undefined) {
      jumps.delete(index);
      mask(index, jump);
      index = jump;
      continue;
    }
    INLINE_SPECIAL.lastIndex = index;
    const special = INLINE_SPECIAL.exec(text);
    // A pending jump before the next special character comes first.
    let nextJump = Infinity;
    if (jumps.size > 0) for (const at of jumps.keys()) if (at >= index && at < nextJump) nextJump = at;
    if (!special || special.index > nextJump) {
      if (nextJump === Infinity) break;
      index = nextJump;
      continue;
    }
    index = special.index;
    const ch = special[0];
    switch (ch) {
      case '\\':
        if (index + 1 < text.length && ASCII_PUNCTUATION.test(text[index + 1])) {
          mask(index, index + 1);
          index += 2;
        } else {
          index++;
        }
        break;
      case '`': {
        let run = 1;
        while (text[index + run] === '`') run++;
        const ticks = '`'.repeat(run);
        let close = text.indexOf(ticks, index + run);
        while (close >= 0 && text[close + run] === '`') {
          let extra = close + run;
          while (text[extra] === '`') extra++;
          close = text.indexOf(ticks, extra);
        }
        const end = close < 0 ? index + run : close + run;
        mask(index, end);
        index = end;
        break;
      }
      case '<': {
        const end = htmlAt(text, index);
        if (end > index) {
          mask(index, end);
          index = end;
        } else {
          index++;
        }
        break;
      }
      case '!':
        if (text[index + 1] === '[') {
          const close = closingBracket(text, index + 1);
          const destinationEnd = close < 0 ? -1 : linkTail(text, close);
          if (destinationEnd > 0) {
            mask(index, destinationEnd);
            index = destinationEnd;
            break;
          }
        }
        index++;
        break;
      case '[': {
        if (text[index + 1] === '^') {
          const close = text.indexOf(']', index);
          if (close > 0 && !/\s/.test(text.slice(index, close))) {
            mask(index, close + 1);
            index = close + 1;
            break;
          }
        }
        const close = closingBracket(text, index);
        const tailEnd = close < 0 ? -1 : linkTail(text, close);
        if (tailEnd > 0) {
          mask(index, index + 1);
          jumps.set(close, tailEnd);
        }
        index++;
        break;
      }
      case '*':
      case '_':
        mask(index, index + 1);
        index++;
        break;
      case '~':
        if (text[index + 1] === '~') {
          mask(index, index + 2);
          index += 2;
        } else {
          index++;
        }
        break;
      case '&': {
        ENTITY.lastIndex = index;
        const entity = ENTITY.exec(text);
        if (entity) {
          const decoded = NAMED_ENTITIES[entity[0]];
          if (decoded) (replacements ??= new Map()).set(index, decoded);
          mask(decoded ? index + 1 : index, index + entity[0].length);
          index += entity[0].length;
        } else {
          index++;
        }
        break;
      }
      default:
        index++;
    }
  }
  if (masks.length === 0 && !replacements) return text;
  return applyMasks(text, masks, replacements);
}

/** The length of a bare URL without the punctuation that ends its sentence or closes its brackets (as linkify reads it). */
function urlLength(url: string): number {
  let end = url.length;
  for (;;) {
    const last = url[end - 1];
    if ('.,;:!?\'"*_~'.includes(last)) end--;
    else if ((last === ')' || last === ']') && count(url, last === ')' ? '(' : '[', end) < count(url, last, end)) end--;
    else return end;
  }
}

function count(text: string, ch: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (text[i] === ch) n++;
  return n;
}

/** End of the inline HTML (comment, autolink, tag with its content) at `index`, or `index` when none. */
function htmlAt(text: string, index: number): number {
  HTML_COMMENT.lastIndex = index;
  const comment = HTML_COMMENT.exec(text);
  if (comment) return index + comment[0].length;
  AUTOLINK.lastIndex = index;
  const autolink = AUTOLINK.exec(text);
  if (autolink) return index + autolink[0].length;
  CLOSE_TAG.lastIndex = index;
  const close = CLOSE_TAG.exec(text);
  if (close) return index + close[0].length;
  OPEN_TAG.lastIndex = index;
  const open = OPEN_TAG.exec(text);
  if (!open) return index;
  const end = index + open[0].length;
  const name = open[1].toLowerCase();
  if (open[2] === '/' || VOID_ELEMENTS.has(name)) return end;
  // What the element encloses is not the note's prose either (as in the preview's highlighter).
  const closing = new RegExp(`</${name}\\s*>`, 'ig');
  closing.lastIndex = end;
  const found = closing.exec(text);
  return found ? found.index + found[0].length : end;
}

/** Index of the `]` closing the `[` at `open`, honouring escapes, code spans and nesting; -1 if none. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    const ch = text[index];
    if (ch === '\\') index++;
    else if (ch === '`') {
      let run = 1;
      while (text[index + run] === '`') run++;
      const close = text.indexOf('`'.repeat(run), index + run);
      if (close >= 0) index = close + run - 1;
    } else if (ch === '[') depth++;
    else if (ch === ']') {
      depth--;
      if (depth === 0) return index;
    }
  }
  return -1;
}

/**
 * After a link text's `]` at `close`: the end of `(destination "title")` or of a `[reference]`
 * label, or -1 when neither follows (then the brackets are prose).
 */
function linkTail(text: string, close: number): number {
  const after = text[close + 1];
  if (after === '(') {
    let depth = 0;
    for (let index = close + 1; index < text.length; index++) {
      const ch = text[index];
      if (ch === '\\') index++;
      else if (ch === '(') depth++;
      else if (ch === ')') {
        depth--;
        if (depth === 0) return index + 1;
      } else if (ch === '\n' && text[index + 1] === '\n') return -1;
    }
    return -1;
  }
  if (after === '[') {
    const end = text.indexOf(']', close + 2);
    return end < 0 ? -1 : end + 1;
  }
  return -1;
}

function applyMasks(text: string, masks: number[], replacements: Map<number, string> | undefined): string {
  const ranges: [number, number][] = [];
  for (let i = 0; i < masks.length; i += 2) ranges.push([masks[i], masks[i + 1]]);
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  const copy = (from: number, to: number) => {
    if (!replacements) {
      out += text.slice(from, to);
      return;
    }
    for (let i = from; i < to; i++) out += replacements.get(i) ?? text[i];
  };
  for (const [from, to] of ranges) {
    if (to <= cursor) continue;
    const start = Math.max(from, cursor);
    copy(cursor, start);
    // Keep line breaks, so lines stay lines.
    for (let i = start; i < to; i++) out += text[i] === '\n' ? '\n' : ' ';
    cursor = to;
  }
  copy(cursor, text.length);
  return out;
}
