// WordPress `content.rendered` HTML → Markdown note body.
//
// Conventions (kept stable: notes are diffed and re-imported):
// - blocks are separated by exactly one blank line; no leading/trailing blank
//   lines and no trailing newline (the caller adds it);
// - `<br>` is a backslash hard break; `&nbsp;` becomes a normal space and
//   collapses like any other whitespace;
// - emphasis is `*x*`, strong is `**x**`, lists use `-` and `1.`.

import { decodeHTML } from 'entities/decode';
import { limitNesting } from './limitNesting';
import { escapeText } from './markdownEscape';
import { MarkdownEmitter } from './markdownEmitter';
import { removeBlockCommentMarkdown } from './wordpressNoise';

/** Converts the HTML of a WordPress post body into Markdown. Never throws. */
export function htmlToMarkdown(html: string): string {
  if (typeof html !== 'string' || html === '') return '';
  let markdown: string;
  try {
    markdown = new MarkdownEmitter().convert(limitNesting(html));
  } catch {
    // Not expected; but an import must never fail on odd HTML, so keep the words.
    markdown = plainTextFallback(html);
  }
  return tidy(removeBlockCommentMarkdown(markdown));
}

function tidy(markdown: string): string {
  return markdown
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

function plainTextFallback(html: string): string {
  const text = decodeHTML(html.replace(/<[^>]*>?/g, ' ')).replace(/[\s\u00a0]+/g, ' ').trim();
  return escapeText(text, { atLineStart: true, previousChar: '', inLinkText: false, inTableCell: false });
}
