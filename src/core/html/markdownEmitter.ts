// Turns htmlparser2's streaming events into Markdown. No DOM is built: an
// explicit stack of frames (one per open element) holds the Markdown written
// so far, so nesting depth costs heap, never JS call stack.

import { Parser } from 'htmlparser2';
import { Block, BlockKind, TableRow, gfmTable, joinBlocks, joinItemBlocks, listItem, quoteLines } from './blockLayout';
import { BLOCK_ELEMENTS, CODE_ELEMENTS, EMPHASIS_MARK, HEADING_LEVEL, codeLanguage, isGallery } from './elementKinds';
import { codeSpan, escapeText, escapeTitle, escapeUrl, fencedCode } from './markdownEscape';
import { isNoiseElement, isPluginLink, removeBlockCommentText } from './wordpressNoise';

type FrameKind =
  | 'container' // root, quote, list item, gallery: collects blocks, plus the open paragraph in `buffer`
  | 'cell' // table cell: a container flattened to one line
  | 'plain' // keeps its text; `block` says whether it breaks paragraphs
  | 'skip' // dropped with its content
  | 'media' // audio/video: dropped, but its `<source>` gives the link
  | 'emphasis' | 'link' | 'code' // inline, written around their content on close
  | 'heading' | 'caption' | 'cite' | 'tableCaption' | 'pre' // one-block leaves with their own buffer
  | 'list' | 'table';

/** Nesting deeper than this is kept as text: Markdown readers cap it too. */
const MAX_STRUCTURE_DEPTH = 32;
const MAX_INLINE_DEPTH = 64;

const UNSAFE_SCHEME = /^\s*(?:javascript|vbscript|data|file):/i;
const WHITESPACE_RUN = /[\t\n\f\r \u00a0]+/g;

class Frame {
  buffer = '';
  blocks: Block[] = [];
  paragraphKind: BlockKind = 'text';
  sink: Frame;
  container: Frame;
  list: Frame | undefined;
  table: Frame | undefined;
  // Element-specific data.
  mark = '';
  href = '';
  title = '';
  language = '';
  ordered = false;
  counter = 1;
  items: string[] = [];
  loose = false;
  rows: TableRow[] = [];
  colspan = 1;
  level = 0;
  block = false;

  constructor(readonly name: string, readonly kind: FrameKind, parent: Frame | undefined) {
    const ownsBuffer = kind !== 'plain' && kind !== 'skip' && kind !== 'media' && kind !== 'list' && kind !== 'table';
    this.sink = ownsBuffer || parent === undefined ? this : parent.sink;
    const isContainer = kind === 'container' || kind === 'cell';
    this.container = isContainer || parent === undefined ? this : parent.container;
    this.list = kind === 'list' ? this : isContainer || parent === undefined ? undefined : parent.list;
    this.table = kind === 'table' ? this : kind === 'cell' || parent === undefined ? undefined : parent.table;
  }
}

export class MarkdownEmitter {
  private readonly stack: Frame[];
  private pendingText = '';
  private atLineStart = true;
  private pendingSpace = false;
  private skipDepth = 0;
  private rawDepth = 0; // inside <pre> or <code>: text kept verbatim
  private singleLineDepth = 0; // headings, captions, cells: <br> becomes a space
  private cellDepth = 0;
  private linkDepth = 0;
  private structureDepth = 0;
  private inlineDepth = 0;
  private galleryDepth = 0;
  private readonly markDepth: Record<string, number> = { '*': 0, '**': 0, '~~': 0 };
  private media: Frame | undefined;

  constructor() {
    this.stack = [new Frame('#root', 'container', undefined)];
  }

  /** Converts a whole HTML string. */
  convert(html: string): string {
    const parser = new Parser(
      {
        onopentag: (name, attributes) => this.open(name, attributes),
        onclosetag: () => this.close(),
        ontext: (text) => {
          if (this.skipDepth === 0) this.pendingText += text;
        },
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
    );
    parser.write(html);
    parser.end();
    this.flushText();
    while (this.stack.length > 1) this.close();
    const root = this.stack[0];
    this.flushParagraph(root);
    return joinBlocks(root.blocks);
  }

  private get top(): Frame {
    return this.stack[this.stack.length - 1];
  }

  private push(name: string, kind: FrameKind): Frame {
    const frame = new Frame(name, kind, this.top);
    this.stack.push(frame);
    return frame;
  }

  /** True when inline content goes straight into a container's paragraph. */
  private get inFlow(): boolean {
    const top = this.top;
    return top.sink === top.container;
  }

  // ---- opening elements -------------------------------------------------

  private open(name: string, attributes: Record<string, string>): void {
    this.flushText();
    if (this.skipDepth > 0) {
      if (name === 'source' && this.media !== undefined && !this.media.href) this.media.href = attributes.src ?? '';
      this.skipDepth++;
      this.push(name, 'skip');
      return;
    }
    if (isNoiseElement(name, attributes)) {
      this.skipDepth++;
      this.push(name, 'skip');
      return;
    }
    if (this.rawDepth > 0) {
      this.openInRaw(name, attributes);
      return;
    }
    switch (name) {
      case 'br':
        this.lineBreak();
        this.push(name, 'plain');
        return;
      case 'img':
        this.image(attributes);
        this.push(name, 'plain');
        return;
      case 'hr':
        if (this.inFlow) {
          this.breakBlock();
          this.top.container.blocks.push({ text: '---', kind: 'other' });
        } else this.softBreak();
        this.push(name, 'plain');
        return;
      case 'iframe':
        this.embedLink(attributes.src || attributes['data-src'] || '', attributes.title || '');
        this.skipDepth++;
        this.push(name, 'skip');
        return;
      case 'audio':
      case 'video': {
        const frame = this.push(name, 'media');
        frame.href = attributes.src ?? '';
        this.media = frame;
        this.skipDepth++;
        return;
      }
      case 'a':
        this.openLink(attributes);
        return;
      case 'pre':
        this.openPre(attributes);
        return;
    }
    const mark = EMPHASIS_MARK[name];
    if (mark !== undefined) {
      this.openEmphasis(name, mark);
      return;
    }
    if (CODE_ELEMENTS.has(name)) {
      this.flushSpace();
      this.push(name, 'code');
      this.rawDepth++;
      return;
    }
    if (!BLOCK_ELEMENTS.has(name) && !(name === 'cite' && this.top.container.name === 'blockquote')) {
      this.push(name, 'plain');
      return;
    }
    this.openBlock(name, attributes);
  }

  private openInRaw(name: string, attributes: Record<string, string>): void {
    const raw = this.top.sink;
    if (name === 'br') raw.buffer += raw.kind === 'pre' ? '\n' : ' ';
    else if (name === 'code' && raw.kind === 'pre' && !raw.language) raw.language = codeLanguage(attributes);
    else if (raw.kind === 'pre' && BLOCK_ELEMENTS.has(name) && raw.buffer && !raw.buffer.endsWith('\n')) raw.buffer += '\n';
    this.push(name, 'plain');
  }

  private openBlock(name: string, attributes: Record<string, string>): void {
    // A block inside an inline element or a heading can't break the line there.
    if (!this.inFlow) {
      this.softBreak();
      this.push(name, 'plain').block = true;
      return;
    }
    const level = HEADING_LEVEL[name];
    if (level !== undefined) {
      this.breakBlock();
      this.push(name, 'heading').level = level;
      this.singleLineDepth++;
      return;
    }
    const container = this.top.container;
    switch (name) {
      case 'p':
        this.breakBlock();
        container.paragraphKind = 'paragraph';
        this.push(name, 'plain').block = true;
        return;
      case 'blockquote':
        if (this.structureDepth < MAX_STRUCTURE_DEPTH && this.cellDepth === 0) {
          this.breakBlock();
          this.push(name, 'container');
          this.structureDepth++;
          return;
        }
        break;
      case 'ul':
      case 'ol':
      case 'menu':
        if (this.structureDepth < MAX_STRUCTURE_DEPTH && this.cellDepth === 0 && this.galleryDepth === 0) {
          this.breakBlock();
          const list = this.push(name, 'list');
          list.ordered = name === 'ol';
          const start = Number.parseInt(attributes.start ?? '', 10);
          list.counter = Number.isFinite(start) && start >= 0 && start < 1e9 ? start : 1;
          this.structureDepth++;
          return;
        }
        break;
      case 'li':
        if (this.cellDepth === 0 && this.galleryDepth === 0 && this.top.list !== undefined) {
          this.breakBlock();
          this.push(name, 'container');
          return;
        }
        break;
      case 'table':
        if (this.cellDepth === 0) {
          this.breakBlock();
          this.push(name, 'table');
          return;
        }
        break;
      case 'tr':
        if (this.top.table !== undefined && this.cellDepth === 0) this.top.table.rows.push({ cells: [] });
        break;
      case 'td':
      case 'th':
        if (this.top.table !== undefined && this.cellDepth === 0) {
          const table = this.top.table;
          if (table.rows.length === 0) table.rows.push({ cells: [] });
          this.breakBlock();
          const cell = this.push(name, 'cell');
          const span = Number.parseInt(attributes.colspan ?? '', 10);
          cell.colspan = Number.isFinite(span) && span > 1 ? Math.min(span, 100) : 1;
          this.cellDepth++;
          this.singleLineDepth++;
          return;
        }
        break;
      case 'caption':
        if (this.top.table !== undefined && this.cellDepth === 0) {
          this.push(name, 'tableCaption');
          this.singleLineDepth++;
          return;
        }
        break;
      case 'figcaption':
        this.breakBlock();
        this.push(name, 'caption');
        this.markDepth['*']++; // the caption is italic already
        this.singleLineDepth++;
        return;
      case 'figure':
      case 'div':
        if (isGallery(attributes) && this.cellDepth === 0) {
          this.breakBlock();
          this.push(name, 'container').mark = 'gallery';
          this.galleryDepth++;
          return;
        }
        break;
    }
    if (name === 'cite' && container.name === 'blockquote') {
      this.breakBlock();
      this.push(name, 'cite');
      this.singleLineDepth++;
      return;
    }
    this.breakBlock();
    this.push(name, 'plain').block = true;
  }

  private openEmphasis(name: string, mark: string): void {
    this.flushSpace();
    const frame = this.push(name, 'emphasis');
    // `<em><em>x</em></em>` must not become `**x**`; very deep nesting is kept as text.
    if (this.markDepth[mark] === 0 && this.inlineDepth < MAX_INLINE_DEPTH) frame.mark = mark;
    this.markDepth[mark]++;
    this.inlineDepth++;
  }

  private openLink(attributes: Record<string, string>): void {
    this.flushSpace();
    const frame = this.push('a', 'link');
    const href = (attributes.href ?? '').trim();
    // Links can't nest; fragment-only anchors point nowhere once imported.
    if (this.linkDepth === 0 && href && !href.startsWith('#') && !UNSAFE_SCHEME.test(href)) {
      frame.href = href;
      frame.title = isPluginLink(attributes) ? '' : (attributes.title ?? '').replace(WHITESPACE_RUN, ' ').trim();
    }
    this.linkDepth++;
  }

  private openPre(attributes: Record<string, string>): void {
    if (this.inFlow && this.cellDepth === 0) this.breakBlock();
    else this.flushSpace();
    this.push('pre', this.inFlow && this.cellDepth === 0 ? 'pre' : 'code').language = codeLanguage(attributes);
    this.rawDepth++;
  }

  // ---- closing elements -------------------------------------------------

  private close(): void {
    this.flushText();
    if (this.stack.length <= 1) return;
    const frame = this.stack.pop() as Frame;
    switch (frame.kind) {
      case 'skip':
        this.skipDepth--;
        return;
      case 'media':
        this.skipDepth--;
        this.media = undefined;
        this.embedLink(frame.href, '');
        return;
      case 'plain':
        if (frame.block) {
          if (this.inFlow) this.breakBlock();
          else this.softBreak();
          if (frame.name === 'p') this.top.container.paragraphKind = 'text';
        }
        return;
      case 'emphasis':
        this.markDepth[EMPHASIS_MARK[frame.name]]--;
        this.inlineDepth--;
        this.closeInline(frame, frame.mark, frame.mark);
        return;
      case 'link':
        this.linkDepth--;
        this.closeLink(frame);
        return;
      case 'code':
        this.rawDepth--;
        this.closeCode(frame);
        return;
      case 'pre':
        this.rawDepth--;
        this.closePre(frame);
        return;
      case 'heading':
      case 'caption':
      case 'cite':
      case 'tableCaption':
        this.singleLineDepth--;
        if (frame.kind === 'caption') this.markDepth['*']--;
        this.closeLeaf(frame);
        return;
      case 'container':
        this.closeContainer(frame);
        return;
      case 'cell':
        this.closeCell(frame);
        return;
      case 'list':
        this.structureDepth--;
        this.closeList(frame);
        return;
      case 'table':
        this.closeTable(frame);
        return;
    }
  }

  /** Writes `mark content mark`, with edge whitespace and line breaks moved outside. */
  private closeInline(frame: Frame, open: string, close: string): void {
    const parent = this.top.sink;
    const content = frame.buffer;
    const core = trimInline(content);
    const leading = content.length > 0 && content[0] === ' ' ? ' ' : '';
    const trailingBreak = core.length < content.length && /\\\n\s*$/.test(content) ? '\\\n' : '';
    if (core === '') {
      parent.buffer += leading === '' || parent.buffer === '' || parent.buffer.endsWith(' ') ? '' : ' ';
      if (trailingBreak && parent.buffer !== '') parent.buffer += trailingBreak;
      return;
    }
    if (leading && parent.buffer !== '' && !parent.buffer.endsWith(' ') && !parent.buffer.endsWith('\n')) parent.buffer += ' ';
    let before = open;
    let after = close;
    // `foo*(bar)*` can't open emphasis (CommonMark flanking rules): keep the text.
    if (open.startsWith('*') && /[\p{P}\p{S}]/u.test(core[0]) && /[\p{L}\p{N}]/u.test(parent.buffer.slice(-1))) {
      before = '';
      after = '';
    }
    parent.buffer += before + core + after + trailingBreak;
    this.atLineStart = trailingBreak !== '';
  }

  private closeLink(frame: Frame): void {
    if (!frame.href) {
      this.closeInline(frame, '', '');
      return;
    }
    if (trimInline(frame.buffer) === '') return; // an empty link shows nothing
    const parent = this.top.sink;
    if (parent.buffer.endsWith('!') && !parent.buffer.endsWith('\\!')) parent.buffer = parent.buffer.slice(0, -1) + '\\!';
    const core = trimInline(frame.buffer);
    const plainText = core.replace(/\\(.)/g, '$1');
    const title = frame.title && frame.title.toLowerCase() !== plainText.toLowerCase() ? ' ' + escapeTitle(frame.title) : '';
    this.closeInline(frame, '[', '](' + escapeUrl(frame.href) + title + ')');
  }

  private closeCode(frame: Frame): void {
    const text = frame.buffer.replace(WHITESPACE_RUN, ' ');
    const core = text.trim();
    const parent = this.top.sink;
    if (core === '') {
      if (text) this.pendingSpace = !this.atLineStart;
      return;
    }
    if (text[0] === ' ' && !this.atLineStart && parent.buffer !== '' && !parent.buffer.endsWith(' ')) parent.buffer += ' ';
    parent.buffer += codeSpan(core, this.cellDepth > 0);
    this.atLineStart = false;
    this.pendingSpace = text.endsWith(' ');
  }

  private closePre(frame: Frame): void {
    const code = frame.buffer
      .replace(/\r\n?/g, '\n')
      .replace(/\u00a0/g, ' ')
      .replace(/[ \t]+$/gm, '')
      .replace(/^\n+|\n+$/g, '')
      .replace(/\n{3,}/g, '\n\n');
    if (code.trim() !== '') this.top.container.blocks.push({ text: fencedCode(code, frame.language), kind: 'other' });
    this.atLineStart = true;
    this.pendingSpace = false;
  }

  private closeLeaf(frame: Frame): void {
    const text = trimInline(frame.buffer.replace(/\\\n/g, ' '));
    this.atLineStart = true;
    this.pendingSpace = false;
    if (text === '') return;
    const container = this.top.container;
    switch (frame.kind) {
      case 'heading':
        container.blocks.push({
          // A trailing ` #` would read as the heading's closing sequence.
          text: container.kind === 'cell' ? text : '#'.repeat(frame.level) + ' ' + text.replace(/(\s)(#+)$/, '$1\\$2'),
          kind: 'other',
        });
        return;
      case 'caption':
        container.blocks.push({ text: '*' + text + '*', kind: 'other' });
        return;
      case 'cite':
        container.blocks.push({ text: '— ' + text, kind: 'other' });
        return;
      case 'tableCaption':
        if (frame.table !== undefined) frame.table.title = text;
        return;
    }
  }

  private closeContainer(frame: Frame): void {
    this.flushParagraph(frame);
    this.atLineStart = true;
    this.pendingSpace = false;
    const parent = this.top.container;
    if (frame.name === 'li') {
      const { text, loose } = joinItemBlocks(frame.blocks);
      const list = this.top.list;
      if (text === '' || list === undefined) return;
      list.items.push(listItem(list.ordered ? list.counter++ + '.' : '-', text));
      if (loose) list.loose = true;
      return;
    }
    if (frame.mark === 'gallery') {
      this.galleryDepth--;
      if (frame.blocks.length > 0) parent.blocks.push({ text: joinBlocks(frame.blocks, '\n'), kind: 'other' });
      return;
    }
    // blockquote
    this.structureDepth--;
    if (frame.blocks.length > 0) parent.blocks.push({ text: quoteLines(joinBlocks(frame.blocks)), kind: 'other' });
  }

  private closeCell(frame: Frame): void {
    this.cellDepth--;
    this.singleLineDepth--;
    this.flushParagraph(frame);
    this.atLineStart = true;
    this.pendingSpace = false;
    const table = this.top.table;
    if (table === undefined) return;
    const text = joinBlocks(frame.blocks, ' ').replace(/\s*\n\s*/g, ' ').trim();
    const row = table.rows[table.rows.length - 1];
    row.cells.push(text);
    for (let i = 1; i < frame.colspan; i++) row.cells.push('');
  }

  private closeList(frame: Frame): void {
    this.breakBlock();
    if (frame.items.length === 0) return;
    this.top.container.blocks.push({ text: frame.items.join(frame.loose ? '\n\n' : '\n'), kind: 'list' });
  }

  private closeTable(frame: Frame): void {
    this.breakBlock();
    const rows = frame.rows.filter((row) => row.cells.length > 0);
    const container = this.top.container;
    if (rows.length > 0) container.blocks.push({ text: gfmTable(rows), kind: 'other' });
    if (frame.title) container.blocks.push({ text: '*' + frame.title + '*', kind: 'other' });
  }

  // ---- inline content ---------------------------------------------------

  private flushText(): void {
    if (this.pendingText === '') return;
    const raw = this.pendingText;
    this.pendingText = '';
    if (this.rawDepth > 0) {
      this.top.sink.buffer += raw;
      return;
    }
    const text = removeBlockCommentText(raw).replace(WHITESPACE_RUN, ' ');
    if (text === '') return;
    const start = text[0] === ' ' ? 1 : 0;
    const end = text.length > start && text[text.length - 1] === ' ' ? text.length - 1 : text.length;
    if (start === 1 && !this.atLineStart) this.pendingSpace = true;
    if (end > start) this.writeText(text.slice(start, end));
    if (end < text.length && end >= start && !this.atLineStart) this.pendingSpace = true;
  }

  /** Writes prose, escaped for where it lands. */
  private writeText(text: string): void {
    const sink = this.top.sink;
    const space = this.pendingSpace && !this.atLineStart ? ' ' : '';
    this.pendingSpace = false;
    // `[1]` then `(x)` from the next text run would make a link.
    if (!space && text[0] === '(' && /(?:^|[^\\])\]$/.test(sink.buffer)) sink.buffer = sink.buffer.slice(0, -1) + '\\]';
    sink.buffer +=
      space +
      escapeText(text, {
        atLineStart: this.atLineStart,
        previousChar: space || sink.buffer.slice(-1),
        inLinkText: this.linkDepth > 0,
        inTableCell: this.cellDepth > 0,
      });
    this.atLineStart = false;
  }

  /** Writes ready-made Markdown (an image, a link). */
  private writeMarkup(markup: string): void {
    this.flushSpace();
    this.top.sink.buffer += markup;
    this.atLineStart = false;
  }

  /** Puts a pending collapsed space down before an inline element opens. */
  private flushSpace(): void {
    if (this.pendingSpace && !this.atLineStart) this.top.sink.buffer += ' ';
    this.pendingSpace = false;
  }

  private softBreak(): void {
    if (!this.atLineStart) this.pendingSpace = true;
  }

  private lineBreak(): void {
    if (this.singleLineDepth > 0) {
      this.softBreak();
      return;
    }
    if (this.atLineStart) {
      // `<br><br>` (or a break at a block's start) is a paragraph break.
      if (this.inFlow) this.breakBlock();
      return;
    }
    this.top.sink.buffer += '\\\n';
    this.atLineStart = true;
    this.pendingSpace = false;
  }

  private image(attributes: Record<string, string>): void {
    let src = attributes.src ?? '';
    // Lazy-loading plugins park the real address in a data attribute.
    if (!src || src.startsWith('data:')) src = attributes['data-src'] || attributes['data-lazy-src'] || src;
    const alt = (attributes.alt ?? '').replace(WHITESPACE_RUN, ' ').trim();
    if (!src || UNSAFE_SCHEME.test(src)) {
      if (alt) this.writeText(alt);
      return;
    }
    const escapedAlt = alt ? escapeText(alt, { atLineStart: false, previousChar: '[', inLinkText: true, inTableCell: this.cellDepth > 0 }) : '';
    this.writeMarkup('![' + escapedAlt + '](' + escapeUrl(src) + ')');
  }

  /** An iframe or media element as a link on its own line. */
  private embedLink(src: string, title: string): void {
    src = src.trim();
    if (!src || UNSAFE_SCHEME.test(src)) return;
    const label = title.replace(WHITESPACE_RUN, ' ').trim() || hostOf(src);
    const link = '[' + escapeText(label, { atLineStart: false, previousChar: '[', inLinkText: true, inTableCell: this.cellDepth > 0 }) + '](' + escapeUrl(src) + ')';
    if (this.inFlow && this.cellDepth === 0) {
      this.breakBlock();
      this.top.container.blocks.push({ text: link, kind: 'text' });
    } else {
      this.writeMarkup(link);
    }
  }

  // ---- blocks -----------------------------------------------------------

  /** Ends the open paragraph of the current container. */
  private breakBlock(): void {
    this.flushParagraph(this.top.container);
    this.atLineStart = true;
    this.pendingSpace = false;
  }

  private flushParagraph(container: Frame): void {
    if (container.buffer === '') return;
    const text = trimInline(container.buffer);
    container.buffer = '';
    if (text !== '') container.blocks.push({ text, kind: container.paragraphKind });
  }
}

/** Strips edge spaces and hard breaks (a break at a paragraph's end means nothing). */
function trimInline(text: string): string {
  return text.replace(/^(?:\s|\\\n)+/, '').replace(/(?:\s|\\\n)+$/, '');
}

/** The host of an address, as a readable link label. */
function hostOf(url: string): string {
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url);
  if (match) return match[1].replace(/^www\./, '');
  const name = url.split(/[?#]/)[0].split('/').pop();
  return name || url;
}
