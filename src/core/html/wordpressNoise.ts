// What WordPress (and its plugins) put in `content.rendered` that is not part
// of the article: hidden helper text, embed scripts, forms, and block comments
// that leaked into the text (escaped, or mangled into `©!-- /wp:... --&gt;`).

/** Elements dropped with everything inside them. */
const DROPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'form', 'button', 'input', 'select',
  'textarea', 'option', 'optgroup', 'datalist', 'object', 'embed', 'canvas', 'head', 'title',
  'link', 'meta', 'base', 'frameset', 'frame', 'map', 'dialog',
]);

/** Classes of text meant for screen readers only, e.g. "(opens in a new tab)". */
const HIDDEN_CLASS = /(?:^|\s)(?:screen-reader-text|screen-reader-only|sr-only|visually-hidden|hidden-visually)(?:\s|$)/;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Whether an element and all of its content should be left out. */
export function isNoiseElement(name: string, attributes: Record<string, string>): boolean {
  if (DROPPED_ELEMENTS.has(name)) return true;
  const className = attributes.class;
  if (className !== undefined && HIDDEN_CLASS.test(className)) return true;
  if (attributes.hidden !== undefined) return true;
  const style = attributes.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}

// A block comment as text: `<!-- wp:x -->`, `&lt;!-- /wp:x --&gt;`, or the
// mangled `©!-- /wp:paragraph --&gt;`; unterminated ones run to the end.
const BLOCK_COMMENT_TEXT = /(?:<|©|&lt;|&amp;lt;|&)?!--\s*\/?wp:[\s\S]*?(?:--\s*(?:>|&gt;)|$)/g;
// The tail of a comment whose `<!--` was lost: `/wp:paragraph -->`.
const BLOCK_COMMENT_TAIL = /\/?wp:[a-z][a-z0-9-]*(?:\/[a-z0-9-]+)?(?:\s+\{[^}]*\})?\s*\/?--\s*(?:>|&gt;)/g;

/** Removes WordPress block-comment remnants from decoded text. */
export function removeBlockCommentText(text: string): string {
  if (text.indexOf('wp:') === -1) return text;
  return text.replace(BLOCK_COMMENT_TEXT, '').replace(BLOCK_COMMENT_TAIL, '');
}

/** Last line of defence on the finished Markdown (entities or escapes may differ). */
export function removeBlockCommentMarkdown(markdown: string): string {
  if (markdown.indexOf('wp:') === -1) return markdown;
  return markdown
    .replace(/(?:\\?<|©|&lt;|&amp;lt;|&)?\\?!--\s*\/?wp:[^\n]*?(?:--\s*(?:\\?>|&gt;)|$)/gm, '')
    .replace(/\/?wp:[a-z][a-z0-9-]*(?:\/[a-z0-9-]+)?\s*\/?--\s*(?:\\?>|&gt;)/g, '');
}

/** Internal-link plugins set the target's title on every anchor: not worth keeping. */
export function isPluginLink(attributes: Record<string, string>): boolean {
  const className = attributes.class;
  return (className !== undefined && /(?:^|\s)wpil_keyword_link(?:\s|$)/.test(className)) || attributes['data-wpil-keyword-link'] !== undefined;
}
