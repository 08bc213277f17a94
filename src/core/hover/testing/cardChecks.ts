// Test support for the hover cards (used by the *.test.ts files beside it, never by the extension):
// renders a card's Markdown the way a hover would and checks that nothing in it is live except the
// card's own markup, links and the one command link.
import MarkdownIt from 'markdown-it';
import { SHOW_FIGURES_COMMAND } from '../markdownText';
import { COPY_FIGURE_COMMAND } from '../statisticCard';

/** Tags a card may render to. No img, no raw HTML, no code (backticks are escaped). */
const ALLOWED_TAGS = new Set(['p', 'strong', 'em', 'a', 'ul', 'li', 'blockquote', 'br']);

/** markdown-it with HTML on (the worst case: our Markdown must hold no raw HTML at all) and linkify on. */
const permissive = new MarkdownIt({ html: true, linkify: true });
/** markdown-it like a hover with supportHtml false. */
const strict = new MarkdownIt({ html: false, linkify: true });

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

export function renderCard(markdown: string): string {
  return strict.render(markdown);
}

/** The link destinations written in a card's Markdown, `[text](destination)`. */
export function linkDestinations(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map((match) => match[1]);
}

function allowedHref(href: string): boolean {
  if (href.startsWith(`command:${SHOW_FIGURES_COMMAND}?`) || href.startsWith(`command:${COPY_FIGURE_COMMAND}?`)) return true;
  if (/^https?:\/\/[^\s"<>]+$/i.test(href)) return true;
  if (/^file:\/\/\/[^\s"<>]+$/.test(href)) return true;
  // Workspace-relative: no scheme, no leading slash, no parent segments.
  return !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(href) && !href.startsWith('/') && !/(^|\/)\.\.(\/|$)/.test(href);
}

/** Fails unless the card's Markdown and its rendering are inert (see ALLOWED_TAGS, allowedHref). */
export function assertInert(markdown: string): void {
  check(!/<[A-Za-z!/?]/.test(markdown), `raw HTML in the card's Markdown:\n${markdown}`);
  check(!/`/.test(markdown.replace(/\\`/g, '')), `an unescaped backtick in the card's Markdown:\n${markdown}`);
  for (const destination of linkDestinations(markdown)) {
    check(allowedHref(destination), `link to ${destination} in:\n${markdown}`);
  }
  for (const html of [strict.render(markdown), permissive.render(markdown)]) {
    for (const match of html.matchAll(/<\/?([A-Za-z][A-Za-z0-9]*)/g)) {
      check(ALLOWED_TAGS.has(match[1].toLowerCase()), `<${match[1]}> rendered from:\n${markdown}\n---\n${html}`);
    }
    for (const match of html.matchAll(/\s([A-Za-z-]+)="([^"]*)"/g)) {
      check(match[1] === 'href', `attribute ${match[1]} rendered:\n${html}`);
      const href = match[2].replace(/&amp;/g, '&');
      check(allowedHref(href), `href ${href} rendered:\n${html}`);
    }
  }
}

/** The plain text a Markdown fragment renders to (tags dropped, entities decoded). */
export function renderedText(markdown: string): string {
  return strict.renderInline(markdown)
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
