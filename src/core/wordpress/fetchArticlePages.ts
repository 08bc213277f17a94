import { WordPressFetchError, type WordPressFetchErrorKind } from './fetchError';
import type { HttpClient, HttpResponse } from './httpClient';
import { findRestLinks, type RestLinks } from './restDiscovery';
import {
  REST_PER_PAGE,
  classifyWordPressUrl,
  collectionPageUrl,
  defaultRestRoot,
  restEndpoint,
  restRootOf,
  restRouteOf,
  slugOfArticleUrl,
  withEmbed,
} from './restUrl';

/** One JSON answer of the REST API: a post object, or an array of posts for a collection page. */
export interface FetchedPage {
  /** The URL fetched, to name the source in errors and notes. */
  readonly source: string;
  /** The JSON body, as received (a byte-order mark removed). */
  readonly text: string;
}

export interface FetchArticlePagesOptions {
  /** Cancels the fetch; the pending request is aborted and a `cancelled` error raised. */
  readonly signal?: AbortSignal;
  /** The most collection pages to fetch (100 posts each); default {@link DEFAULT_MAX_PAGES}. */
  readonly maxPages?: number;
  /** After each page: pages done, and pages expected when known. */
  readonly onProgress?: (done: number, total: number | undefined) => void;
  /** Things the user should know that are not errors, e.g. that the page limit cut a collection short. */
  readonly onNote?: (message: string) => void;
  /** Retries after a 429 or a 503 (waiting as `Retry-After` says); default {@link DEFAULT_RETRIES}. */
  readonly retries?: number;
  /** The longest `Retry-After` waited for, in seconds; a longer one fails at once. Default {@link DEFAULT_MAX_RETRY_WAIT_SECONDS}. */
  readonly maxRetryWaitSeconds?: number;
  /** The current time, for `Retry-After` dates; injected by tests. */
  readonly now?: () => number;
}

export const DEFAULT_MAX_PAGES = 100;
export const DEFAULT_RETRIES = 2;
export const DEFAULT_MAX_RETRY_WAIT_SECONDS = 60;
/** The wait before retrying a 429 that gives no `Retry-After`. */
const DEFAULT_RETRY_WAIT_SECONDS = 1;

/**
 * Fetches the REST JSON for what the user typed: an article's public URL,
 * a REST item URL or a REST collection URL (all pages). See
 * {@link streamArticlePages}; this collects its pages.
 *
 * On cancellation it throws `WordPressFetchError` of kind `cancelled` and the
 * pages fetched so far are dropped; use {@link streamArticlePages} to keep them.
 */
export async function fetchArticlePages(input: string, http: HttpClient, options: FetchArticlePagesOptions = {}): Promise<FetchedPage[]> {
  const pages: FetchedPage[] = [];
  for await (const page of streamArticlePages(input, http, options)) pages.push(page);
  return pages;
}

/**
 * Yields the REST JSON pages for what the user typed, one request at a time:
 *
 * - an article's public URL: its page is fetched and its REST link read
 *   (`<link rel="alternate" type="application/json">` or the `Link:` header);
 *   without one, each post type listed by `/wp/v2/types` is asked for
 *   `?slug=<last path segment>` and the first match is yielded (as a single
 *   post object);
 * - a REST item URL: fetched with `_embed`;
 * - a REST collection URL: fetched with `_embed&per_page=100&page=1..N`,
 *   N from `X-WP-TotalPages` (without that header, until a short page),
 *   at most `maxPages` pages, with a note through `onNote` when cut short.
 *
 * Errors are `WordPressFetchError`s. On cancellation the generator throws a
 * `cancelled` one; pages already yielded stay with the consumer.
 */
export async function* streamArticlePages(input: string, http: HttpClient, options: FetchArticlePagesOptions = {}): AsyncGenerator<FetchedPage, void, undefined> {
  const client = new RestClient(http, options);
  client.throwIfCancelled(input.trim());
  const target = classifyWordPressUrl(input);
  switch (target.kind) {
    case 'rest-item': {
      const page = await client.getJson(target.url);
      options.onProgress?.(1, 1);
      yield page.page;
      return;
    }
    case 'article': {
      const page = await fetchArticle(client, target.url);
      options.onProgress?.(1, 1);
      yield page;
      return;
    }
    case 'rest-collection':
      yield* fetchCollection(client, target.url, options);
      return;
  }
}

async function* fetchCollection(client: RestClient, collectionUrl: string, options: FetchArticlePagesOptions): AsyncGenerator<FetchedPage, void, undefined> {
  const maxPages = Math.max(1, Math.floor(options.maxPages ?? DEFAULT_MAX_PAGES));
  let totalPages: number | undefined;
  let totalItems: number | undefined;
  for (let page = 1; ; page++) {
    let answer: JsonAnswer;
    try {
      answer = await client.getJson(collectionPageUrl(collectionUrl, page));
    } catch (error) {
      // Without X-WP-TotalPages, WordPress says "past the end" with a 400.
      if (page > 1 && totalPages === undefined && error instanceof WordPressFetchError && error.status === 400) return;
      throw error;
    }
    if (page === 1) {
      totalPages = headerCount(answer.response, 'X-WP-TotalPages');
      totalItems = headerCount(answer.response, 'X-WP-Total');
      if (totalItems === 0 || totalPages === 0 || (Array.isArray(answer.value) && answer.value.length === 0 && totalPages === undefined)) {
        options.onNote?.(`${collectionUrl} lists no articles; check its query parameters.`);
      }
    }
    const expected = totalPages === undefined ? undefined : Math.max(1, Math.min(totalPages, maxPages));
    options.onProgress?.(page, expected);
    yield answer.page;

    const more = totalPages !== undefined
      ? page < totalPages
      : Array.isArray(answer.value) && answer.value.length >= REST_PER_PAGE;
    if (!more) return;
    if (page >= maxPages) {
      const of = totalPages !== undefined
        ? ` of ${totalPages}${totalItems !== undefined ? ` (${totalItems} articles in all)` : ''}`
        : ' (the site did not say how many there are)';
      options.onNote?.(
        `Stopped after ${maxPages} ${maxPages === 1 ? 'page' : 'pages'}${of} of ${collectionUrl}: that is the page limit. ` +
        'Narrow the collection with query parameters (e.g. categories=, search=, after=) or raise the limit.',
      );
      return;
    }
  }
}

function headerCount(response: HttpResponse, name: string): number | undefined {
  const value = response.header(name)?.trim();
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** Page errors after which the article is still looked up through the REST API (which may answer where the page did not, e.g. CORS in the web host). */
const FALL_BACK_AFTER: ReadonlySet<WordPressFetchErrorKind> = new Set(['network', 'access-denied', 'server-error', 'http-error']);

async function fetchArticle(client: RestClient, pageUrl: string): Promise<FetchedPage> {
  let links: RestLinks = {};
  let pageError: WordPressFetchError | undefined;
  try {
    const { response, text } = await client.get(pageUrl);
    if (!isOk(response.status)) throw statusError(pageUrl, response, text, false);
    links = findRestLinks(response.header('Link'), text, response.url || pageUrl);
  } catch (error) {
    if (!(error instanceof WordPressFetchError) || !FALL_BACK_AFTER.has(error.kind)) throw error;
    pageError = error;
  }

  if (links.restUrl !== undefined) {
    const restUrl = restRouteOf(new URL(links.restUrl)) !== undefined ? withEmbed(links.restUrl) : links.restUrl;
    return (await client.getJson(restUrl)).page;
  }

  const root = links.apiRoot ?? defaultRestRoot(new URL(pageUrl));
  let lookup: SlugLookup;
  try {
    lookup = await findBySlug(client, pageUrl, root);
  } catch (error) {
    if (pageError !== undefined && !(error instanceof WordPressFetchError && error.kind === 'cancelled')) throw pageError;
    throw error;
  }
  if ('page' in lookup) return lookup.page;

  const example = restEndpoint(root, 'wp/v2/posts/123');
  const advice = `Paste the article's REST URL instead, like ${example} (for a custom post type, its rest_base replaces "posts").`;
  if (pageError !== undefined) {
    throw new WordPressFetchError(pageError.kind, `${pageError.message} Looking the article up by its slug through the REST API found nothing either. ${advice}`, {
      url: pageError.url, status: pageError.status, retryAfter: pageError.retryAfter, cause: pageError,
    });
  }
  const why = lookup.reason === 'no-slug'
    ? 'its address has no slug to look up'
    : lookup.reason === 'no-types'
      ? `the site's list of post types (${lookup.typesUrl}) could not be read: ${lookup.detail}`
      : `no post type (${lookup.tried.join(', ') || 'none readable'}) has an article with the slug "${lookup.slug}"`;
  throw new WordPressFetchError(
    'article-not-found',
    `Couldn't find the REST address of ${pageUrl}: the page has no <link rel="alternate" type="application/json"> and ${why}. ${advice}`,
    { url: pageUrl },
  );
}

type SlugLookup =
  | { page: FetchedPage }
  | { reason: 'no-slug' }
  | { reason: 'no-types'; typesUrl: string; detail: string }
  | { reason: 'no-match'; slug: string; tried: string[] };

interface PostTypeEntry { slug: string; restBase: string; namespace: string }

const NOT_ARTICLES = new Set(['attachment', 'nav_menu_item']);

/** Asks each viewable post type's collection for `?slug=…`; the first match wins. */
async function findBySlug(client: RestClient, pageUrl: string, root: string): Promise<SlugLookup> {
  const slug = slugOfArticleUrl(pageUrl);
  if (slug === undefined) return { reason: 'no-slug' };
  const typesUrl = restEndpoint(root, 'wp/v2/types');
  let types: unknown;
  try {
    types = (await client.getJson(typesUrl)).value;
  } catch (error) {
    if (error instanceof WordPressFetchError && error.kind !== 'cancelled' && error.kind !== 'network') {
      return { reason: 'no-types', typesUrl, detail: error.message };
    }
    throw error;
  }
  const candidates = postTypes(types);
  if (candidates === undefined) return { reason: 'no-types', typesUrl, detail: 'the answer is not a list of post types' };

  // Types named in the page's path (e.g. /news-archive/…) first, then WordPress's order.
  const segments = new Set(new URL(pageUrl).pathname.split('/').filter((segment) => segment !== ''));
  const ordered = [
    ...candidates.filter((type) => segments.has(type.restBase) || segments.has(type.slug)),
    ...candidates.filter((type) => !(segments.has(type.restBase) || segments.has(type.slug))),
  ];
  const tried: string[] = [];
  for (const type of ordered) {
    tried.push(type.slug);
    const url = restEndpoint(root, `${type.namespace}/${type.restBase}`, { slug, _embed: '' });
    let value: unknown;
    try {
      value = (await client.getJson(url)).value;
    } catch (error) {
      // A type the public cannot list (401), or that errs: try the next one.
      if (error instanceof WordPressFetchError && error.kind !== 'cancelled' && error.kind !== 'network') continue;
      throw error;
    }
    if (Array.isArray(value) && value.length > 0) return { page: { source: url, text: JSON.stringify(value[0]) } };
  }
  return { reason: 'no-match', slug, tried };
}

function postTypes(value: unknown): PostTypeEntry[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries: PostTypeEntry[] = [];
  for (const [key, raw] of Object.entries(value)) {
    if (typeof raw !== 'object' || raw === null) continue;
    const type = raw as Record<string, unknown>;
    const slug = typeof type.slug === 'string' ? type.slug : key;
    const restBase = typeof type.rest_base === 'string' && type.rest_base !== '' ? type.rest_base : slug;
    const namespace = typeof type.rest_namespace === 'string' && type.rest_namespace !== '' ? type.rest_namespace : 'wp/v2';
    // `viewable` is only present in the edit context; when absent, assume viewable.
    if (type.viewable === false || NOT_ARTICLES.has(slug) || slug.startsWith('wp_')) continue;
    entries.push({ slug, restBase, namespace });
  }
  return entries;
}

// ---------------------------------------------------------------------------
// Requests and their errors

interface JsonAnswer {
  response: HttpResponse;
  page: FetchedPage;
  value: unknown;
}

function isOk(status: number): boolean {
  return status >= 200 && status < 300;
}

class RestClient {
  private readonly signal: AbortSignal | undefined;

  constructor(private readonly http: HttpClient, private readonly options: FetchArticlePagesOptions) {
    this.signal = options.signal;
  }

  throwIfCancelled(url: string): void {
    if (this.signal?.aborted) throw new WordPressFetchError('cancelled', 'The fetch was cancelled.', { url });
  }

  /**
   * GET with the body read; network failures and cancellation become WordPressFetchErrors.
   * A 429, or a 503 with `Retry-After`, is retried after the wait the server asks for, when that
   * wait is short enough; the last answer is returned for the caller to report.
   */
  async get(url: string): Promise<{ response: HttpResponse; text: string }> {
    const retries = Math.max(0, Math.floor(this.options.retries ?? DEFAULT_RETRIES));
    const maxWait = this.options.maxRetryWaitSeconds ?? DEFAULT_MAX_RETRY_WAIT_SECONDS;
    for (let attempt = 0; ; attempt++) {
      const answer = await this.getOnce(url);
      const { status } = answer.response;
      const retryAfter = answer.response.header('Retry-After');
      if (attempt >= retries || !(status === 429 || (status === 503 && retryAfter !== undefined))) return answer;
      const wait = retryAfterSeconds(retryAfter, this.options.now?.() ?? Date.now()) ?? DEFAULT_RETRY_WAIT_SECONDS;
      if (wait > maxWait) return answer;
      await this.sleep(wait * 1000, url);
    }
  }

  private async getOnce(url: string): Promise<{ response: HttpResponse; text: string }> {
    this.throwIfCancelled(url);
    let response: HttpResponse;
    try {
      response = await this.http.get(url, this.signal);
    } catch (error) {
      this.throwIfCancelled(url);
      if (error instanceof WordPressFetchError) throw error;
      throw new WordPressFetchError(
        'network',
        `Could not reach ${new URL(url).host} (${reasonOf(error)}). Check the address and your connection; in the browser-based editor the site may also refuse cross-site requests — then paste the REST URL or use the desktop app.`,
        { url, cause: error },
      );
    }
    try {
      const text = await response.text();
      this.throwIfCancelled(url);
      return { response, text };
    } catch (error) {
      this.throwIfCancelled(url);
      if (error instanceof WordPressFetchError) throw error;
      throw new WordPressFetchError(
        'network',
        `The connection to ${new URL(url).host} dropped before the whole answer to ${url} arrived (${reasonOf(error)}). Try again; if it keeps happening, the site may be overloaded or blocking the request.`,
        { url, cause: error },
      );
    }
  }

  /** Waits, or throws `cancelled` as soon as the user cancels. */
  private sleep(ms: number, url: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        clearTimeout(timer);
        reject(new WordPressFetchError('cancelled', 'The fetch was cancelled.', { url }));
      };
      const timer = setTimeout(() => {
        this.signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      if (this.signal?.aborted) onAbort();
      else this.signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** GET a REST URL and insist on a 2xx JSON answer. */
  async getJson(url: string): Promise<JsonAnswer> {
    const { response, text } = await this.get(url);
    if (!isOk(response.status)) throw statusError(url, response, text, true);
    const body = text.replace(/^\uFEFF/, '');
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      throw notJsonError(url, response, body);
    }
    return { response, page: { source: url, text: body }, value };
  }
}

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

/** `Retry-After` as seconds from now: a number of seconds, or an HTTP date; undefined when absent or unreadable. */
export function retryAfterSeconds(value: string | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

function looksLikeHtml(response: HttpResponse, body: string): boolean {
  return /\bhtml\b/i.test(response.header('Content-Type') ?? '') || /^\s*</.test(body);
}

function redirectNote(url: string, response: HttpResponse): string {
  return response.url && response.url !== url ? ` (redirected to ${response.url})` : '';
}

function notJsonError(url: string, response: HttpResponse, body: string): WordPressFetchError {
  const details = { url, status: response.status };
  if (looksLikeHtml(response, body)) {
    const parsed = new URL(url);
    const prefix = /^(.*?)\/wp-json(\/|$)/.exec(parsed.pathname);
    const permalinkHint = prefix
      ? ` If the site has no pretty permalinks, try the ?rest_route= form, e.g. ${parsed.origin}${prefix[1]}/?rest_route=${restRouteOf(parsed) ?? '/'}.`
      : '';
    return new WordPressFetchError(
      'not-json',
      `${url} answered with an HTML page${redirectNote(url, response)}, not JSON — is the REST API public? A login page means it needs an account; a security plugin may have turned it off for visitors.${permalinkHint}`,
      details,
    );
  }
  const start = body.trim().slice(0, 60).replace(/\s+/g, ' ');
  return new WordPressFetchError(
    'not-json',
    `${url} answered with something that is not JSON${redirectNote(url, response)}${start ? ` (it starts "${start}")` : ' (an empty body)'}. Check that the URL is a WordPress REST address; a PHP warning printed by a plugin can also spoil the JSON.`,
    details,
  );
}

/** WordPress's own `{ code, message }` of an error answer, as " WordPress said: …". */
function wordPressSays(body: string): { code?: string; said: string } {
  try {
    const value = JSON.parse(body.replace(/^\uFEFF/, '')) as unknown;
    if (typeof value === 'object' && value !== null && 'message' in value && typeof value.message === 'string') {
      const code = 'code' in value && typeof value.code === 'string' ? value.code : undefined;
      const message = value.message.replace(/<[^>]*>/g, '').trim().slice(0, 200);
      return { code, said: ` WordPress said: "${message}"${code ? ` (${code})` : ''}.` };
    }
  } catch {
    // not JSON: nothing to quote
  }
  return { said: '' };
}

function retryAfterText(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return 'Wait a while before trying again.';
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return seconds >= 120 ? `Try again in ${Math.ceil(seconds / 60)} minutes (Retry-After: ${text}).` : `Try again in ${seconds} seconds (Retry-After: ${text}).`;
  }
  return `Try again after ${text} (Retry-After).`;
}

function statusError(url: string, response: HttpResponse, body: string, rest: boolean): WordPressFetchError {
  const status = response.status;
  const { code, said } = rest ? wordPressSays(body) : { said: '' };
  const where = `${url}${redirectNote(url, response)}`;
  const details = { url, status };
  if (status === 401 || status === 403) {
    return new WordPressFetchError(
      'access-denied',
      `${where} answered ${status} (${status === 401 ? 'login required' : 'forbidden'}).${said} The content needs a login, or a firewall or security plugin blocked the request. Only public articles can be fetched; open the URL in a browser to check.`,
      details,
    );
  }
  if (status === 404) {
    let advice = ' Check the address.';
    if (rest) {
      const parsed = new URL(url);
      const typesUrl = restEndpoint(restRootOf(parsed), 'wp/v2/types');
      advice = code === 'rest_post_invalid_id'
        ? ' There is no public post with that ID at this route: check the ID, and that the post is published.'
        : ` Check the post type's rest_base in the address — the site lists its post types at ${typesUrl} (a custom type's rest_base may differ from the word in its article URLs).`;
    }
    return new WordPressFetchError('not-found', `${where} was not found (404).${said}${advice}`, details);
  }
  if (status === 429) {
    const retryAfter = response.header('Retry-After');
    return new WordPressFetchError(
      'rate-limited',
      `${where} answered 429: too many requests. ${retryAfterText(retryAfter)}`,
      { ...details, ...(retryAfter !== undefined && { retryAfter }) },
    );
  }
  if (status >= 500) {
    const retryAfter = response.header('Retry-After');
    return new WordPressFetchError(
      'server-error',
      `${where} answered ${status}: the server had a problem.${said} Try again later.`,
      { ...details, ...(retryAfter !== undefined && { retryAfter }) },
    );
  }
  return new WordPressFetchError('http-error', `${where} answered with HTTP status ${status}.${said} Check the address and its query parameters.`, details);
}
