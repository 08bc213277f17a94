import { WordPressFetchError } from './fetchError';

/** WordPress caps `per_page` at 100. */
export const REST_PER_PAGE = 100;

/** A public article page: its REST address has to be discovered. */
export interface ArticleUrl {
  readonly kind: 'article';
  /** The page URL, without fragment. */
  readonly url: string;
}

/** A WordPress REST URL, either `/wp-json/<route>` or `?rest_route=<route>`. */
export interface RestUrl {
  readonly kind: 'rest-item' | 'rest-collection';
  /**
   * Ready to request: `_embed` added; for a collection also `per_page=100`,
   * without `page` (see {@link collectionPageUrl}). The user's other query
   * parameters are kept.
   */
  readonly url: string;
  /** The REST route, e.g. `/wp/v2/posts/5`. */
  readonly route: string;
  /** The API root, e.g. `https://site/wp-json/` or `https://site/?rest_route=/`. */
  readonly root: string;
}

export type WordPressUrl = ArticleUrl | RestUrl;

function shorten(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Parses what the user typed as an absolute http(s) URL (trimmed, fragment
 * dropped), or throws a `WordPressFetchError` of kind `invalid-url`.
 */
export function parseHttpUrl(input: string): URL {
  const text = input.trim();
  if (text === '') {
    throw new WordPressFetchError('invalid-url', 'Enter the address of an article or of a WordPress REST endpoint (https://…).');
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    const hint = /^[\w-]+(\.[\w-]+)+(:\d+)?(\/|$)/.test(text) ? ` Did you mean https://${shorten(text)}?` : '';
    throw new WordPressFetchError('invalid-url', `"${shorten(text)}" is not a URL. Paste the full address, starting with https://.${hint}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new WordPressFetchError(
      'invalid-url',
      `Only http:// and https:// addresses can be fetched, not "${shorten(url.protocol, 30)}" ("${shorten(text)}"). Paste the article's web address or a WordPress REST URL.`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new WordPressFetchError('invalid-url', `Remove the user name and password from "${shorten(url.host)}" in the URL; only public content can be fetched.`);
  }
  url.hash = '';
  return url;
}

/** The REST route of `url` (e.g. `/wp/v2/posts/5`), or undefined when it is not a REST URL. */
export function restRouteOf(url: URL): string | undefined {
  const routeParam = url.searchParams.get('rest_route');
  if (routeParam !== null) return `/${routeParam.replace(/^\/+/, '')}`;
  const match = /^(.*?\/wp-json)(\/.*)?$/.exec(url.pathname);
  if (!match) return undefined;
  return match[2] ?? '/';
}

/** The API root of a REST URL: `https://site/wp-json/` or `https://site/?rest_route=/`. */
export function restRootOf(url: URL): string {
  const root = new URL(url.href);
  root.hash = '';
  if (url.searchParams.has('rest_route')) {
    root.search = '';
    root.searchParams.set('rest_route', '/');
    return finish(root);
  }
  const match = /^(.*?\/wp-json)(\/.*)?$/.exec(url.pathname);
  root.pathname = `${match ? match[1] : ''}/`;
  root.search = '';
  return root.href;
}

/** The default API root of a site when nothing better is known: `<origin>/wp-json/`. */
export function defaultRestRoot(url: URL): string {
  return `${url.origin}/wp-json/`;
}

/**
 * The URL of `route` (e.g. `wp/v2/types`) under an API root from
 * {@link restRootOf}, with query parameters; an empty value gives a bare
 * parameter (`_embed`).
 */
export function restEndpoint(root: string, route: string, params: Readonly<Record<string, string>> = {}): string {
  const url = new URL(root);
  const path = route.replace(/^\/+/, '');
  if (url.searchParams.has('rest_route')) {
    url.searchParams.set('rest_route', `/${path}`);
  } else {
    url.pathname = `${url.pathname.replace(/\/*$/, '/')}${path}`;
  }
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return finish(url);
}

/** Serialises `url`, writing an empty `_embed` as bare `_embed` (WordPress reads both alike). */
function finish(url: URL): string {
  const query = url.searchParams.toString().replace(/(^|&)_embed=(?=&|$)/, '$1_embed');
  url.search = query;
  return url.href;
}

/** Adds `_embed` to a REST URL unless the user already gave one (e.g. `_embed=author`). */
export function withEmbed(href: string): string {
  const url = new URL(href);
  if (!url.searchParams.has('_embed')) url.searchParams.set('_embed', '');
  return finish(url);
}

/** Page `page` (1-based) of a collection URL from {@link classifyWordPressUrl}. */
export function collectionPageUrl(collectionUrl: string, page: number): string {
  const url = new URL(collectionUrl);
  url.searchParams.set('page', String(page));
  return finish(url);
}

/**
 * Classifies and normalises what the user typed: an article page, a REST
 * item (`…/wp-json/wp/v2/news-archive/11066`, `?rest_route=/wp/v2/posts/5`)
 * or a REST collection (`…/wp-json/wp/v2/posts?categories=7`).
 *
 * Collections get `per_page=100` (replacing the user's) and lose `page`:
 * every page is fetched. Throws `WordPressFetchError` (`invalid-url`).
 */
export function classifyWordPressUrl(input: string): WordPressUrl {
  const url = parseHttpUrl(input);
  const route = restRouteOf(url);
  if (route === undefined) return { kind: 'article', url: url.href };

  const segments = route.split('/').filter((segment) => segment !== '');
  if (segments.length < 3) {
    throw new WordPressFetchError(
      'invalid-url',
      `"${shorten(url.href)}" is the REST API index, not a list of articles. Use a post type's address, e.g. ${restEndpoint(restRootOf(url), 'wp/v2/posts')}.`,
    );
  }
  const root = restRootOf(url);
  const item = /^\d+$/.test(segments[segments.length - 1]);
  if (!url.searchParams.has('_embed')) url.searchParams.set('_embed', '');
  if (item) return { kind: 'rest-item', url: finish(url), route, root };
  url.searchParams.delete('page');
  url.searchParams.set('per_page', String(REST_PER_PAGE));
  return { kind: 'rest-collection', url: finish(url), route, root };
}

/**
 * The slug an article URL most likely has: its last non-empty path segment,
 * decoded (`/news/chinas-patent-surge/` → `chinas-patent-surge`), or
 * undefined when the path is empty.
 */
export function slugOfArticleUrl(href: string): string | undefined {
  const segments = new URL(href).pathname.split('/').filter((segment) => segment !== '');
  const last = segments[segments.length - 1];
  if (last === undefined) return undefined;
  const withoutExtension = last.replace(/\.(html?|php)$/i, '');
  try {
    return decodeURIComponent(withoutExtension);
  } catch {
    return withoutExtension;
  }
}
