// A markdown-it plugin that wraps the element names and statistics findHighlights() finds in
// `<span class="…">` elements, for the Markdown preview.
//
// It works on tokens, after parsing: only the `text` children of `inline` tokens are split, so
// nothing of code (inline, fenced, indented), HTML (blocks, inline tags and what they enclose,
// comments), link destinations, image alt text or front matter is ever touched. A matched text
// token becomes text tokens around `html_inline` span open/close tokens, so markdown-it's renderer
// still escapes the note's text; the only HTML this plugin writes is the span tags themselves.
import type MarkdownIt from 'markdown-it';
import { findHighlights } from './findHighlights';

type Token = MarkdownIt.Token;
type StateCore = MarkdownIt.StateCore;

export interface MarkdownItHighlightOptions {
  /** Read once per parse: when it returns false the rule returns at once and the output is plain markdown-it's. */
  enabled: () => boolean;
}

/** The name of the core rule this plugin adds (e.g. to disable it with `md.disable`). */
export const HIGHLIGHT_RULE = 'rare_earth_notes_highlight';

export function markdownItHighlight(md: MarkdownIt, options: MarkdownItHighlightOptions): void {
  const escapeHtml = md.utils.escapeHtml;
  // Pushed to the end of the core chain: after `linkify` (which must see whole URLs in text tokens),
  // `replacements`/`smartquotes` (typographer) and `text_join` (which merges escaped characters back).
  md.core.ruler.push(HIGHLIGHT_RULE, (state: StateCore) => {
    if (!options.enabled()) return;
    highlightTokens(state, escapeHtml);
  });
}

function highlightTokens(state: StateCore, escapeHtml: (text: string) => string): void {
  const frontMatter = frontMatterLines(state.tokens);
  for (const token of state.tokens) {
    if (token.type !== 'inline' || !token.children?.length) continue;
    if (frontMatter && token.map && inRanges(token.map, frontMatter)) continue;
    const children = highlightChildren(state, token.children, escapeHtml);
    if (children) token.children = children;
  }
}

/**
 * The children of one inline token with their matched text tokens split, or undefined when
 * nothing matched (the common case allocates nothing).
 */
function highlightChildren(state: StateCore, children: Token[], escapeHtml: (text: string) => string): Token[] | undefined {
  let out: Token[] | undefined;
  let inAutolink = false;
  let htmlDepth = 0;
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    switch (child.type) {
      case 'link_open':
        // An autolink's or linkified URL's label is the destination itself: leave it whole.
        inAutolink = child.info === 'auto';
        break;
      case 'link_close':
        inAutolink = false;
        break;
      case 'html_inline':
        htmlDepth = Math.max(0, htmlDepth + htmlTagDepthChange(child.content));
        break;
      case 'text': {
        if (inAutolink || htmlDepth > 0 || child.content === '') break;
        const highlights = findHighlights(child.content);
        if (highlights.length === 0) break;
        out ??= children.slice(0, index);
        splitText(state, child, highlights, escapeHtml, out);
        continue;
      }
    }
    out?.push(child);
  }
  return out;
}

/** Appends to out the tokens that replace one text token: text, span open, matched text, span close, … */
function splitText(
  state: StateCore,
  token: Token,
  highlights: ReturnType<typeof findHighlights>,
  escapeHtml: (text: string) => string,
  out: Token[],
): void {
  const text = token.content;
  let cursor = 0;
  const pushText = (content: string) => {
    if (content === '') return;
    const piece = new state.Token('text', '', 0);
    piece.content = content;
    piece.level = token.level;
    out.push(piece);
  };
  const pushHtml = (content: string) => {
    const piece = new state.Token('html_inline', '', 0);
    piece.content = content;
    piece.level = token.level;
    out.push(piece);
  };
  for (const { start, end, className } of highlights) {
    // The matcher promises sorted, non-overlapping ranges inside the text; a broken promise
    // costs a highlight, never the text.
    if (start < cursor || end <= start || end > text.length) continue;
    pushText(text.slice(cursor, start));
    pushHtml(`<span class="${escapeHtml(className)}">`);
    pushText(text.slice(start, end));
    pushHtml('</span>');
    cursor = end;
  }
  pushText(text.slice(cursor));
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const OPEN_TAG = /^<([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[\s\S]*?(\/?)>$/;
const CLOSE_TAG = /^<\/[A-Za-z][A-Za-z0-9-]*\s*>$/;

/**
 * +1 for an inline HTML element that opens (its content is left alone until it closes), -1 for a
 * closing tag, 0 for void and self-closing tags, comments, declarations and the like.
 */
function htmlTagDepthChange(html: string): number {
  if (CLOSE_TAG.test(html)) return -1;
  const open = OPEN_TAG.exec(html);
  if (!open || open[2] === '/' || VOID_ELEMENTS.has(open[1].toLowerCase())) return 0;
  return 1;
}

/**
 * Line ranges of front matter tokens (e.g. `front_matter` from VS Code's preview or
 * markdown-it-front-matter). They carry no inline children of their own, but a plugin that turns
 * front matter into other tokens keeps the map: nothing inside it is highlighted.
 */
function frontMatterLines(tokens: Token[]): Array<[number, number]> | undefined {
  let ranges: Array<[number, number]> | undefined;
  for (const token of tokens) {
    if (token.map && /front_?matter/i.test(token.type)) (ranges ??= []).push([token.map[0], token.map[1]]);
  }
  return ranges;
}

function inRanges(map: [number, number], ranges: Array<[number, number]>): boolean {
  return ranges.some(([start, end]) => map[0] >= start && map[1] <= end);
}
