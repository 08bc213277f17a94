import { Parser } from 'htmlparser2';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template']);

/** Text of an HTML fragment (a title, an excerpt, a term name): tags dropped, entities decoded, white space collapsed. */
export function htmlToPlainText(html: string): string {
  const parts: string[] = [];
  let skipDepth = 0;
  const parser = new Parser({
    onopentagname(name) {
      if (SKIPPED.has(name)) skipDepth++;
    },
    onclosetag(name) {
      if (SKIPPED.has(name) && skipDepth > 0) skipDepth--;
    },
    ontext(text) {
      if (skipDepth === 0) parts.push(text);
    },
  }, { decodeEntities: true });
  parser.end(html);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
