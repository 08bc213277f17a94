// Minimal Markdown escaping: a character is escaped only when, left alone, it
// would change what markdown-it renders (start a heading, a list, emphasis, a
// link, HTML, a table cell border...). Prose such as `~69%`, `R&D`, `U.S.`,
// `5 * 3` or `Nd-Pr` is left exactly as written.

/** Where a piece of text lands, as far as escaping is concerned. */
export interface EscapeContext {
  /** The text begins a Markdown line (block start or after a hard break). */
  atLineStart: boolean;
  /** The character written just before the text, or '' when unknown. */
  previousChar: string;
  /** Inside link text or image alt: every bracket is escaped. */
  inLinkText: boolean;
  /** Inside a GFM table cell: `|` is a cell border. */
  inTableCell: boolean;
}

const SPECIAL = /[\\`*_[\]<&~|]/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WHITESPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Escapes text for a Markdown inline position. */
export function escapeText(text: string, context: EscapeContext): string {
  let prefix = '';
  let rest = text;
  if (context.atLineStart) {
    [prefix, rest] = escapeLineStart(text);
  }
  if (!SPECIAL.test(rest)) return prefix + rest;
  const before = prefix ? prefix[prefix.length - 1] : context.atLineStart ? ' ' : context.previousChar;
  return prefix + escapeInline(rest, before, context);
}

// Block syntax only counts at the start of a line; the escape goes on the
// first character so the rest of the line reads as typed.
function escapeLineStart(text: string): [string, string] {
  const first = text.charCodeAt(0);
  // Fast path: letters, quotes and most punctuation cannot start a block.
  if (!(first === 35 || first === 62 || first === 45 || first === 43 || first === 42 || first === 61 || first === 95 || (first >= 48 && first <= 57))) {
    return ['', text];
  }
  let match: RegExpExecArray | null;
  if ((match = /^#{1,6}(?=\s|$)/.exec(text))) return ['\\' + match[0], text.slice(match[0].length)];
  if (text[0] === '>') return ['\\>', text.slice(1)];
  if (/^([-*_])(?:\s*\1){2,}\s*$/.test(text)) return ['\\' + text[0], text.slice(1)];
  if (/^[-+*](?=\s|$)/.test(text)) return ['\\' + text[0], text.slice(1)];
  if (/^(?:=+|-+)\s*$/.test(text)) return ['\\' + text[0], text.slice(1)];
  if ((match = /^(\d{1,9})([.)])(?=\s|$)/.exec(text))) return [match[1] + '\\' + match[2], text.slice(match[0].length)];
  return ['', text];
}

function escapeInline(text: string, before: string, context: EscapeContext): string {
  let out = '';
  let last = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const ch = text[i];
    let replacement: string | undefined;
    switch (ch) {
      case '\\': {
        const next = text[i + 1];
        if (next === undefined || ASCII_PUNCTUATION.test(next)) replacement = '\\\\';
        break;
      }
      case '`':
        replacement = '\\`';
        break;
      case '*':
      case '_':
      case '~': {
        let end = i + 1;
        while (end < length && text[end] === ch) end++;
        const prev = i === 0 ? before : text[i - 1];
        const next = end < length ? text[end] : '';
        if (!delimiterRunIsInert(ch, end - i, prev, next)) {
          out += text.slice(last, i) + ('\\' + ch).repeat(end - i);
          last = end;
        }
        i = end - 1;
        continue;
      }
      case '[':
        if (context.inLinkText) replacement = '\\[';
        break;
      case ']':
        if (context.inLinkText || text[i + 1] === '(') replacement = '\\]';
        break;
      case '<':
        // As an entity, not `\<`: the output then never holds `<tag` at all.
        if (i + 1 === length || /[A-Za-z/!?]/.test(text[i + 1])) replacement = '&lt;';
        break;
      case '&':
        if (/^&#?[A-Za-z0-9]+;/.test(text.slice(i, i + 40))) replacement = '\\&';
        break;
      case '|':
        if (context.inTableCell) replacement = '\\|';
        break;
    }
    if (replacement !== undefined) {
      out += text.slice(last, i) + replacement;
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

// A run of `*`, `_` or `~` that cannot open or close anything stays as is.
function delimiterRunIsInert(ch: string, runLength: number, prev: string, next: string): boolean {
  const prevSpace = prev === ' ' || (prev !== '' && WHITESPACE.test(prev));
  const nextSpace = next !== '' && WHITESPACE.test(next);
  if (ch === '~') return runLength === 1; // markdown-it strikes through `~~` only
  if (prevSpace && nextSpace) return true;
  // `_` inside a word (snake_case) never makes emphasis.
  return ch === '_' && prev !== '' && next !== '' && WORD_CHAR.test(prev) && WORD_CHAR.test(next);
}

/** A link or image destination that needs no angle brackets. */
export function escapeUrl(url: string): string {
  let out = url.trim().replace(/[\s<>|]/g, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
  if (!parenthesesBalanced(out)) out = out.replace(/[()]/g, '\\$&');
  return out;
}

function parenthesesBalanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** A link title in double quotes. */
export function escapeTitle(title: string): string {
  return '"' + title.replace(/[\\"]/g, '\\$&').replace(/</g, '&lt;').replace(/\|/g, '\\|') + '"';
}

/** An inline code span with a fence longer than any backtick run inside. */
export function codeSpan(code: string, inTableCell: boolean): string {
  const fence = '`'.repeat(longestRun(code, '`') + 1);
  const pad = code.startsWith('`') || code.endsWith('`') ? ' ' : '';
  const body = inTableCell ? code.replace(/\|/g, '\\|') : code;
  return fence + pad + body + pad + fence;
}

/** A fenced code block; the fence outgrows every backtick run in the code. */
export function fencedCode(code: string, language: string): string {
  const fence = '`'.repeat(Math.max(3, longestRun(code, '`') + 1));
  return fence + language + '\n' + code + '\n' + fence;
}

function longestRun(text: string, ch: string): number {
  let longest = 0;
  let current = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ch) {
      current++;
      if (current > longest) longest = current;
    } else {
      current = 0;
    }
  }
  return longest;
}
