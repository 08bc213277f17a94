// How each HTML element takes part in the Markdown layout. Anything not listed
// is an inline element whose text is kept (unknown tags, span, sup, mark...).

/** Elements that start and end a block (a paragraph break around them). */
export const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'address', 'details',
  'summary', 'dl', 'dt', 'dd', 'figure', 'hgroup', 'center', 'fieldset', 'legend', 'body', 'html',
  'ul', 'ol', 'li', 'blockquote', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'hr', 'figcaption', 'menu', 'colgroup',
]);

export const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Inline elements rendered with a Markdown delimiter. */
export const EMPHASIS_MARK: Record<string, string> = {
  em: '*', i: '*', strong: '**', b: '**', del: '~~', s: '~~', strike: '~~',
};

/** Inline elements rendered as a code span. */
export const CODE_ELEMENTS = new Set(['code', 'kbd', 'samp', 'tt']);

const GALLERY_CLASS = /(?:^|\s)(?:wp-block-gallery|gallery|tiled-gallery|blocks-gallery-grid)(?:\s|$)/;

export function isGallery(attributes: Record<string, string>): boolean {
  const className = attributes.class;
  return className !== undefined && GALLERY_CLASS.test(className);
}

/** `language-x` (or `lang-x`) on a `<pre>` or `<code>` names the fence's language. */
export function codeLanguage(attributes: Record<string, string>): string {
  const match = /(?:^|\s)lang(?:uage)?-([\w+#.-]+)/.exec(attributes.class ?? '');
  return match ? match[1] : '';
}
