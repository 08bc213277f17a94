// Markdown building blocks for hover cards. Everything a card shows that comes from a note or an
// imported article (titles, sentences, site names, addresses) goes through here: text is escaped
// so that it renders as the same text and never as markup, and links are built only to http(s)
// addresses and to files of the workspace. The only command links are the extension's own.

/** The command a card's figure links run; the hover's MarkdownString enables only this and COPY_FIGURE_COMMAND. */
export const SHOW_FIGURES_COMMAND = 'rareEarthNotes.showFigures';

/** The command a statistic card's "Copy with citation" link runs; the hover enables it beside show-figures. */
export const COPY_FIGURE_COMMAND = 'rareEarthNotes.copyFigureWithCitation';

/**
 * Characters escaped with a backslash wherever they stand: emphasis, code, links, images, tables,
 * strikethrough, autolinks (`:` breaks `https://`, `javascript:`, `command:`), entities, escapes.
 * `#`, `+`, `-`, `=` and `1.` matter only at the start of a line (escaped there, below); `$` only
 * with theme icons, which cards leave off.
 */
const ALWAYS = /[\\`*_[\]()!|~&:]/g;

/**
 * Escapes text from a note or an article for any inline position of a card (including the start of
 * a line): every Markdown-significant character is backslash-escaped, `<` and `>` become entities
 * (so the card's Markdown never contains a raw tag), line breaks and control characters become one
 * space, so the text can never start a block of its own. Renders as the text, character for character.
 */
export function escapeMarkdown(text: string): string {
  const flat = text
    // Controls, line and paragraph separators, bidi overrides and zero-width characters: one space or nothing.
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\s\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ');
  let out = flat
    .replace(ALWAYS, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // `www.` starts an autolink; an escaped dot stops it.
    .replace(/(^|[^A-Za-z0-9])([Ww]{3})\./g, '$1$2\\.');
  // A line-starting `#`, `-`, `+`, `=`, `1.` or `1)` would start a block; escape it (cards may put text at a line start).
  out = out.replace(/^(\s*)([#+=-])/, '$1\\$2').replace(/^(\s*\d{1,9})([.)])/, '$1\\$2');
  return out;
}

/** Shortens text to at most `max` characters on a word boundary, with an ellipsis. Plain text in, plain text out. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  // Cut at the last space, unless the cut already ends a word.
  const space = flat[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Characters percent-encoded in any link destination we write: they end or confuse `(…)` destinations. */
function encodeDestination(text: string): string {
  return text.replace(/[()<>\\"'`[\]\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export interface LinkOptions {
  /**
   * Where workspace-relative targets resolve: the workspace folder's URI ending in `/`, e.g.
   * `file:///home/me/notes-ws/`. Without it (and without `resolveWorkspacePath`), workspace
   * targets stay relative, and a `#L12` line fragment is dropped (VS Code would read it as part
   * of the path).
   */
  workspaceBase?: string;
  /**
   * The URI of a workspace-relative path (already checked to stay inside the workspace), for
   * multi-root workspaces; wins over `workspaceBase`. Its answer is checked like a base.
   */
  resolveWorkspacePath?: (path: string) => string | undefined;
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * The link destination for a target, or undefined when the target is not allowed. Allowed: absolute
 * `http:`/`https:` addresses with a host, and workspace-relative file paths (`notes/a b.md`, optional
 * `#L12` line fragment) that stay inside the workspace. Everything else — `command:`, `javascript:`,
 * `data:`, `file:`, absolute paths, `..` — is refused.
 */
export function safeHref(target: string, options: LinkOptions = {}): string | undefined {
  const trimmed = target.trim();
  // eslint-disable-next-line no-control-regex -- a control character makes a target unusable
  if (trimmed === '' || /[\u0000-\u001F\u007F]/.test(trimmed)) return undefined;
  if (/^https?:\/\//i.test(trimmed)) {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      return undefined;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '' || url.hostname.startsWith('[')) return undefined;
    return encodeDestination(url.href);
  }
  if (SCHEME.test(trimmed) || trimmed.startsWith('/') || trimmed.includes('\\') || trimmed.startsWith('//')) return undefined;
  const hash = trimmed.indexOf('#');
  const path = hash === -1 ? trimmed : trimmed.slice(0, hash);
  const fragment = hash === -1 ? '' : trimmed.slice(hash);
  if (fragment !== '' && !/^#L\d{1,9}$/.test(fragment)) return undefined;
  const segments = path.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return undefined;
  const encoded = segments.map((segment) => encodeDestination(encodeURIComponent(segment))).join('/');
  if (options.resolveWorkspacePath !== undefined) {
    const resolved = options.resolveWorkspacePath(segments.join('/'));
    return resolved !== undefined && WORKSPACE_URI.test(resolved) && !resolved.endsWith('/') && !resolved.includes('#')
      ? `${encodeDestination(resolved)}${fragment}`
      : undefined;
  }
  const base = options.workspaceBase;
  if (base === undefined) return encoded;
  return WORKSPACE_URI.test(base) && base.endsWith('/') ? `${encodeDestination(base)}${encoded}${fragment}` : undefined;
}

/** Workspace files are linked only through file-like schemes, never `command:` or `javascript:`. */
const WORKSPACE_URI = /^(?:file|vscode-remote|vscode-vfs|vscode-test-web|memfs):\/\/[^\s<>\\"`]*$/;

/** `[text](destination)` when the target is allowed, else the escaped text alone. `text` is plain text. */
export function markdownLink(text: string, target: string | undefined, options: LinkOptions = {}): string {
  const label = escapeMarkdown(text);
  const href = target === undefined ? undefined : safeHref(target, options);
  return href === undefined || label.trim() === '' ? label : `[${label}](${href})`;
}

/** What the show-figures command lists; the card's command link carries it as its argument. */
export interface FigureQueryArgs {
  element?: string;
  region?: string;
  organization?: string;
  metric?: string;
}

/** A link running `rareEarthNotes.showFigures` with the query: the only command link a card has. */
export function showFiguresLink(text: string, query: FigureQueryArgs): string {
  const clean: FigureQueryArgs = {};
  for (const key of ['element', 'region', 'organization', 'metric'] as const) {
    const value = query[key];
    if (typeof value === 'string' && value !== '') clean[key] = value;
  }
  const args = encodeDestination(encodeURIComponent(JSON.stringify([clean])));
  return `[${escapeMarkdown(text)}](command:${SHOW_FIGURES_COMMAND}?${args})`;
}
