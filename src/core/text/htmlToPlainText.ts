import { Parser } from 'htmlparser2';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template']);

/** Tags that end a line or a block: "<p>One.</p><p>Two.</p>" reads "One. Two.", not "One.Two.". */
const BREAKING = new Set([
  'br', 'hr', 'p', 'div', 'li', 'ul', 'ol', 'dd', 'dt', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'section', 'article', 'header', 'footer',
]);

/** Text of an HTML fragment (a title, an excerpt, a term name): tags dropped, entities decoded, white space collapsed. */
export function htmlToPlainText(html: string): string {
  const parts: string[] = [];
  let skipDepth = 0;
  const parser = new Parser({
    onopentagname(name) {
      if (SKIPPED.has(name)) skipDepth++;
      if (BREAKING.has(name)) parts.push(' ');
    },
    onclosetag(name) {
      if (SKIPPED.has(name) && skipDepth > 0) skipDepth--;
      if (BREAKING.has(name)) parts.push(' ');
    },
    ontext(text) {
      if (skipDepth === 0) parts.push(text);
    },
  }, { decodeEntities: true });
  parser.end(html);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
