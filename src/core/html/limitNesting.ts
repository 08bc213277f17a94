// htmlparser2 keeps its open elements in an array it shifts and unshifts, so every tag costs time
// in proportion to the nesting depth: 100,000 nested <div>s take seconds. Real articles nest a few
// dozen levels; deeper tags are dropped here (their content kept) before the parser sees them.

/** Open elements kept; deeper ones lose their tags but keep their text. */
export const MAX_HTML_DEPTH = 256;

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Their content is text to the parser, so tag-like text inside them is not counted. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** An open one of these is closed by the next of its kind, as browsers do for `<li>a<li>b`. */
const SIBLING_CLOSED = new Set(['li', 'p', 'dt', 'dd', 'tr', 'td', 'th', 'option']);

const TAG_NAME_END = /[\s/>]/;

/** The HTML with every tag deeper than `maxDepth` open elements replaced by a space. */
export function limitNesting(html: string, maxDepth = MAX_HTML_DEPTH): string {
  const open: string[] = [];
  const dropped = new Map<string, number>();
  const cuts: number[] = [];
  let pos = 0;
  for (;;) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) break;
    const next = html[lt + 1];
    if (next === '!' || next === '?') {
      const end = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) + 2 : html.indexOf('>', lt + 2);
      if (end < 2) break;
      pos = end + 1;
      continue;
    }
    const closing = next === '/';
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!/[A-Za-z]/.test(html[nameStart] ?? '')) {
      pos = lt + 1;
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < html.length && !TAG_NAME_END.test(html[nameEnd])) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const end = tagEnd(html, nameEnd);
    if (end < 0) break;
    pos = end + 1;

    if (closing) {
      const count = dropped.get(name) ?? 0;
      if (count > 0) {
        dropped.set(name, count - 1);
        cuts.push(lt, pos);
      } else {
        const at = open.lastIndexOf(name);
        if (at >= 0) open.length = at;
      }
    } else if (RAW_TEXT_ELEMENTS.has(name)) {
      pos = rawTextEnd(html, name, pos);
    } else if (!VOID_ELEMENTS.has(name)) {
      if (SIBLING_CLOSED.has(name) && open[open.length - 1] === name) open.pop();
      if (open.length >= maxDepth) {
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        cuts.push(lt, pos);
      } else {
        open.push(name);
      }
    }
  }
  if (cuts.length === 0) return html;
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    parts.push(html.slice(from, cuts[i]));
    from = cuts[i + 1];
  }
  parts.push(html.slice(from));
  // A space, not nothing: joining the text around a tag must not spell a new tag ("<scr<div>ipt>").
  return parts.join(' ');
}

/** Index of the `>` that ends a tag whose name ends at `from`, skipping quoted attribute values; -1 if none. */
function tagEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const char = html[i];
    if (char === '>') return i;
    if (char === '=') {
      i++;
      while (i < html.length && /\s/.test(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return -1;
        i = close + 1;
        continue;
      }
      continue;
    }
    i++;
  }
  return -1;
}

/** Where scanning resumes after a raw-text element's content: past its closing tag, or the end. */
function rawTextEnd(html: string, name: string, from: number): number {
  const closing = new RegExp(`</${name}[\\s/>]`, 'ig');
  closing.lastIndex = from;
  const match = closing.exec(html);
  return match ? match.index + 2 : html.length;
}
