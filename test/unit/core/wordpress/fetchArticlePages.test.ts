import { strict as assert } from 'node:assert';
import { WordPressFetchError, isFetchCancelled, type WordPressFetchErrorKind } from '../../../../src/core/wordpress/fetchError';
import { fetchArticlePages, streamArticlePages, type FetchedPage } from '../../../../src/core/wordpress/fetchArticlePages';
import type { HttpClient, HttpResponse } from '../../../../src/core/wordpress/httpClient';

// ---------------------------------------------------------------------------
// An in-memory HttpClient: URL → status, headers and body.

interface FakeRoute {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Where a redirect ended (HttpResponse.url). */
  finalUrl?: string;
  /** Fail like fetch does when nothing answers. */
  networkError?: boolean;
}

class FakeHttp implements HttpClient {
  readonly requests: string[] = [];
  /** Runs before answering each request; may abort a controller, etc. */
  beforeAnswer: ((url: string) => void) | undefined;

  constructor(private readonly routes: Record<string, FakeRoute>) {}

  async get(url: string, signal?: AbortSignal): Promise<HttpResponse> {
    this.requests.push(url);
    this.beforeAnswer?.(url);
    await Promise.resolve();
    if (signal?.aborted) throw new DOMException('This operation was aborted', 'AbortError');
    const route = this.routes[url] ?? { status: 404, headers: { 'Content-Type': 'text/html' }, body: '<html><body>Not found</body></html>' };
    if (route.networkError) throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND site.test') });
    const headers = new Map(Object.entries(route.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
    return {
      url: route.finalUrl ?? url,
      status: route.status ?? 200,
      header: (name) => headers.get(name.toLowerCase()),
      text: async () => route.body ?? '',
    };
  }
}

function json(value: unknown, headers: Record<string, string> = {}): FakeRoute {
  return { status: 200, headers: { 'Content-Type': 'application/json; charset=UTF-8', ...headers }, body: JSON.stringify(value) };
}

function wpError(status: number, code: string, message: string, headers: Record<string, string> = {}): FakeRoute {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ code, message, data: { status } }) };
}

function html(body: string, headers: Record<string, string> = {}): FakeRoute {
  return { status: 200, headers: { 'Content-Type': 'text/html; charset=UTF-8', ...headers }, body };
}

function posts(count: number, from = 1): { id: number; title: { rendered: string } }[] {
  return Array.from({ length: count }, (_, index) => ({ id: from + index, title: { rendered: `Post ${from + index}` } }));
}

async function rejection(promise: Promise<unknown>, kind: WordPressFetchErrorKind, pattern?: RegExp): Promise<WordPressFetchError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof WordPressFetchError, `expected a WordPressFetchError, got ${String(error)}`);
    assert.equal(error.kind, kind, error.message);
    if (pattern) assert.match(error.message, pattern);
    return error;
  }
  assert.fail('expected a rejection');
}

const SITE = 'https://site.test';
const ITEM = { id: 11066, slug: 'chinas-patent-surge', title: { rendered: 'China’s patent surge' } };

// ---------------------------------------------------------------------------

describe('fetchArticlePages', () => {
  describe('REST item URLs', () => {
    it('fetches a /wp-json item with _embed', async () => {
      const http = new FakeHttp({ [`${SITE}/wp-json/wp/v2/news-archive/11066?_embed`]: json(ITEM) });
      const progress: [number, number | undefined][] = [];
      const pages = await fetchArticlePages(` ${SITE}/wp-json/wp/v2/news-archive/11066 `, http, { onProgress: (done, total) => progress.push([done, total]) });
      assert.deepEqual(pages, [{ source: `${SITE}/wp-json/wp/v2/news-archive/11066?_embed`, text: JSON.stringify(ITEM) }]);
      assert.deepEqual(progress, [[1, 1]]);
    });

    it('fetches a ?rest_route= item, keeping other parameters', async () => {
      const url = `${SITE}/?rest_route=%2Fwp%2Fv2%2Fposts%2F5&lang=en&_embed`;
      const http = new FakeHttp({ [url]: json({ id: 5 }) });
      const pages = await fetchArticlePages(`${SITE}/?rest_route=/wp/v2/posts/5&lang=en`, http);
      assert.deepEqual(http.requests, [url]);
      assert.equal(pages[0].text, '{"id":5}');
    });

    it('drops a byte-order mark before the JSON', async () => {
      const http = new FakeHttp({ [`${SITE}/wp-json/wp/v2/posts/5?_embed`]: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '\uFEFF{"id":5}' } });
      assert.equal((await fetchArticlePages(`${SITE}/wp-json/wp/v2/posts/5`, http))[0].text, '{"id":5}');
    });
  });

  describe('REST collections', () => {
    const base = `${SITE}/wp-json/wp/v2/posts?categories=7&_embed&per_page=100`;

    it('pages through X-WP-TotalPages with _embed and per_page=100, keeping the user\'s parameters', async () => {
      const headers = { 'X-WP-Total': '250', 'X-WP-TotalPages': '3' };
      const http = new FakeHttp({
        [`${base}&page=1`]: json(posts(100, 1), headers),
        [`${base}&page=2`]: json(posts(100, 101), headers),
        [`${base}&page=3`]: json(posts(50, 201), headers),
      });
      const progress: [number, number | undefined][] = [];
      const notes: string[] = [];
      const pages = await fetchArticlePages(`${SITE}/wp-json/wp/v2/posts?categories=7`, http, {
        onProgress: (done, total) => progress.push([done, total]),
        onNote: (note) => notes.push(note),
      });
      assert.deepEqual(http.requests, [`${base}&page=1`, `${base}&page=2`, `${base}&page=3`]);
      assert.deepEqual(pages.map((page) => page.source), http.requests);
      assert.deepEqual(pages.map((page) => (JSON.parse(page.text) as unknown[]).length), [100, 100, 50]);
      assert.deepEqual(progress, [[1, 3], [2, 3], [3, 3]]);
      assert.deepEqual(notes, []);
    });

    it('replaces the user\'s per_page and page', async () => {
      const http = new FakeHttp({ [`${SITE}/wp-json/wp/v2/posts?per_page=100&search=cerium&_embed&page=1`]: json(posts(3), { 'X-WP-TotalPages': '1' }) });
      const pages = await fetchArticlePages(`${SITE}/wp-json/wp/v2/posts?per_page=5&search=cerium&page=4`, http);
      assert.equal(pages.length, 1);
    });

    it('without X-WP-TotalPages, continues while pages are full', async () => {
      const plain = `${SITE}/wp-json/wp/v2/posts?_embed&per_page=100`;
      const http = new FakeHttp({
        [`${plain}&page=1`]: json(posts(100)),
        [`${plain}&page=2`]: json(posts(40, 101)),
      });
      const progress: [number, number | undefined][] = [];
      const pages = await fetchArticlePages(`${SITE}/wp-json/wp/v2/posts`, http, { onProgress: (done, total) => progress.push([done, total]) });
      assert.equal(pages.length, 2);
      assert.deepEqual(progress, [[1, undefined], [2, undefined]]);
    });

    it('without X-WP-TotalPages, stops at WordPress\'s 400 past the last page', async () => {
      const plain = `${SITE}/wp-json/wp/v2/posts?_embed&per_page=100`;
      const http = new FakeHttp({
        [`${plain}&page=1`]: json(posts(100)),
        [`${plain}&page=2`]: wpError(400, 'rest_post_invalid_page_number', 'The page number requested is larger than the number of pages available.'),
      });
      assert.equal((await fetchArticlePages(`${SITE}/wp-json/wp/v2/posts`, http)).length, 1);
    });

    it('notes an empty collection', async () => {
      const http = new FakeHttp({ [`${SITE}/wp-json/wp/v2/posts?categories=99&_embed&per_page=100&page=1`]: json([], { 'X-WP-Total': '0', 'X-WP-TotalPages': '0' }) });
      const notes: string[] = [];
      const pages = await fetchArticlePages(`${SITE}/wp-json/wp/v2/posts?categories=99`, http, { onNote: (note) => notes.push(note) });
      assert.deepEqual(pages.map((page) => page.text), ['[]']);
      assert.equal(notes.length, 1);
      assert.match(notes[0], /lists no articles/);
    });

    it('stops at the page limit with a note', async () => {
      const plain = `${SITE}/wp-json/wp/v2/posts?_embed&per_page=100`;
      const headers = { 'X-WP-Total': '450', 'X-WP-TotalPages': '5' };
      const routes: Record<string, FakeRoute> = {};
      for (let page = 1; page <= 5; page++) routes[`${plain}&page=${page}`] = json(posts(page === 5 ? 50 : 100), headers);
      const http = new FakeHttp(routes);
      const notes: string[] = [];
      const progress: [number, number | undefined][] = [];
      const pages = await fetchArticlePages(`${SITE}/wp-json/wp/v2/posts`, http, {
        maxPages: 2,
        onNote: (note) => notes.push(note),
        onProgress: (done, total) => progress.push([done, total]),
      });
      assert.equal(pages.length, 2);
      assert.equal(http.requests.length, 2);
      assert.deepEqual(progress, [[1, 2], [2, 2]]);
      assert.equal(notes.length, 1);
      assert.match(notes[0], /^Stopped after 2 pages of 5 \(450 articles in all\) of https:\/\/site\.test\/wp-json\/wp\/v2\/posts\?_embed&per_page=100: that is the page limit\. Narrow the collection/);
    });

    it('defaults the page limit to 100', async () => {
      const plain = `${SITE}/wp-json/wp/v2/posts?_embed&per_page=100`;
      const routes: Record<string, FakeRoute> = {};
      for (let page = 1; page <= 101; page++) routes[`${plain}&page=${page}`] = json(posts(1), { 'X-WP-TotalPages': '101' });
      const notes: string[] = [];
      const pages = await fetchArticlePages(`${SITE}/wp-json/wp/v2/posts`, new FakeHttp(routes), { onNote: (note) => notes.push(note) });
      assert.equal(pages.length, 100);
      assert.match(notes[0], /Stopped after 100 pages of 101/);
    });
  });

  describe('article URLs', () => {
    const page = `${SITE}/news/chinas-patent-surge/`;
    const restItem = `${SITE}/wp-json/wp/v2/news-archive/11066?_embed`;

    it('follows the <link rel="alternate" type="application/json"> of the page', async () => {
      const http = new FakeHttp({
        [page]: html(`<html><head><link rel="alternate" type="application/json+oembed" href="${SITE}/wp-json/oembed/1.0/embed?url=x">
          <link rel="alternate" title="JSON" type="application/json" href="${SITE}/wp-json/wp/v2/news-archive/11066"></head></html>`),
        [restItem]: json(ITEM),
      });
      const progress: [number, number | undefined][] = [];
      const pages = await fetchArticlePages(page, http, { onProgress: (done, total) => progress.push([done, total]) });
      assert.deepEqual(http.requests, [page, restItem]);
      assert.deepEqual(pages, [{ source: restItem, text: JSON.stringify(ITEM) }]);
      assert.deepEqual(progress, [[1, 1]]);
    });

    it('follows the HTTP Link header, relative to the final (redirected) URL', async () => {
      const http = new FakeHttp({
        'http://site.test/news/chinas-patent-surge': {
          ...html('<html><head></head></html>', { Link: '</wp-json/>; rel="https://api.w.org/", </wp-json/wp/v2/news-archive/11066>; rel="alternate"; type="application/json"' }),
          finalUrl: page,
        },
        [restItem]: json(ITEM),
      });
      const pages = await fetchArticlePages('http://site.test/news/chinas-patent-surge', http);
      assert.deepEqual(pages.map((fetched) => fetched.source), [restItem]);
    });

    it('falls back to a slug lookup across the viewable post types of /wp/v2/types', async () => {
      const root = `${SITE}/blog/wp-json`;
      const http = new FakeHttp({
        [page]: html(`<head><link rel="https://api.w.org/" href="${root}/"></head>`),
        [`${root}/wp/v2/types`]: json({
          post: { slug: 'post', rest_base: 'posts', rest_namespace: 'wp/v2' },
          page: { slug: 'page', rest_base: 'pages' },
          attachment: { slug: 'attachment', rest_base: 'media' },
          nav_menu_item: { slug: 'nav_menu_item', rest_base: 'menu-items' },
          wp_block: { slug: 'wp_block', rest_base: 'blocks' },
          hidden: { slug: 'hidden', rest_base: 'hidden', viewable: false },
          'news-archive': { slug: 'news-archive', rest_base: 'news-archive', rest_namespace: 'wp/v2' },
        }),
        [`${root}/wp/v2/posts?slug=chinas-patent-surge&_embed`]: json([]),
        [`${root}/wp/v2/pages?slug=chinas-patent-surge&_embed`]: wpError(401, 'rest_forbidden', 'Sorry, you are not allowed to do that.'),
        [`${root}/wp/v2/news-archive?slug=chinas-patent-surge&_embed`]: json([ITEM]),
      });
      const pages = await fetchArticlePages(page, http);
      assert.deepEqual(http.requests, [
        page,
        `${root}/wp/v2/types`,
        `${root}/wp/v2/posts?slug=chinas-patent-surge&_embed`,
        `${root}/wp/v2/pages?slug=chinas-patent-surge&_embed`,
        `${root}/wp/v2/news-archive?slug=chinas-patent-surge&_embed`,
      ]);
      assert.deepEqual(pages, [{ source: `${root}/wp/v2/news-archive?slug=chinas-patent-surge&_embed`, text: JSON.stringify(ITEM) }]);
    });

    it('asks first the post type named in the page\'s path', async () => {
      const http = new FakeHttp({
        [`${SITE}/news/x/`]: html('<html></html>'),
        [`${SITE}/wp-json/wp/v2/types`]: json({ post: { slug: 'post', rest_base: 'posts' }, news: { slug: 'news', rest_base: 'news' } }),
        [`${SITE}/wp-json/wp/v2/news?slug=x&_embed`]: json([{ id: 1 }]),
      });
      await fetchArticlePages(`${SITE}/news/x/`, http);
      assert.deepEqual(http.requests.slice(2), [`${SITE}/wp-json/wp/v2/news?slug=x&_embed`]);
    });

    it('falls back to the slug lookup when the page itself cannot be fetched (e.g. CORS in the web host)', async () => {
      const http = new FakeHttp({
        [page]: { networkError: true },
        [`${SITE}/wp-json/wp/v2/types`]: json({ post: { slug: 'post', rest_base: 'posts' } }),
        [`${SITE}/wp-json/wp/v2/posts?slug=chinas-patent-surge&_embed`]: json([ITEM]),
      });
      const pages = await fetchArticlePages(page, http);
      assert.equal(pages[0].text, JSON.stringify(ITEM));
    });

    it('says so, and suggests the REST URL, when nothing is found', async () => {
      const http = new FakeHttp({
        [page]: html('<html><head><title>x</title></head></html>'),
        [`${SITE}/wp-json/wp/v2/types`]: json({ post: { slug: 'post', rest_base: 'posts' }, 'news-archive': { slug: 'news-archive', rest_base: 'news-archive' } }),
        [`${SITE}/wp-json/wp/v2/posts?slug=chinas-patent-surge&_embed`]: json([]),
        [`${SITE}/wp-json/wp/v2/news-archive?slug=chinas-patent-surge&_embed`]: json([]),
      });
      await rejection(fetchArticlePages(page, http), 'article-not-found',
        /^Couldn't find the REST address of https:\/\/site\.test\/news\/chinas-patent-surge\/: the page has no <link rel="alternate" type="application\/json"> and no post type \(post, news-archive\) has an article with the slug "chinas-patent-surge"\. Paste the article's REST URL instead, like https:\/\/site\.test\/wp-json\/wp\/v2\/posts\/123/);
    });

    it('says so when the list of post types cannot be read', async () => {
      const http = new FakeHttp({ [page]: html('<html></html>') });
      await rejection(fetchArticlePages(page, http), 'article-not-found',
        /the site's list of post types \(https:\/\/site\.test\/wp-json\/wp\/v2\/types\) could not be read: .*\(404\).*Paste the article's REST URL instead/);
    });

    it('reports the page\'s own failure when the slug lookup finds nothing either', async () => {
      const http = new FakeHttp({ [page]: { networkError: true } });
      await rejection(fetchArticlePages(page, http), 'network', /^Could not reach site\.test \(fetch failed: getaddrinfo ENOTFOUND site\.test\)/);
      const blocked = new FakeHttp({ [page]: { status: 403, headers: { 'Content-Type': 'text/html' }, body: '<html>Attention required</html>' } });
      await rejection(fetchArticlePages(page, blocked), 'access-denied', /answered 403 \(forbidden\).*found nothing either\. Paste the article's REST URL instead/);
    });

    it('reports a missing page without a slug lookup', async () => {
      const http = new FakeHttp({});
      await rejection(fetchArticlePages(page, http), 'not-found', /^https:\/\/site\.test\/news\/chinas-patent-surge\/ was not found \(404\)\. Check the address\.$/);
      assert.deepEqual(http.requests, [page]);
    });
  });

  describe('errors', () => {
    const item = `${SITE}/wp-json/wp/v2/posts/5`;
    const itemUrl = `${item}?_embed`;

    it('rejects a bad URL before any request', async () => {
      const http = new FakeHttp({});
      await rejection(fetchArticlePages('mailto:editor@site.test', http), 'invalid-url', /Only http:\/\/ and https:\/\//);
      await rejection(fetchArticlePages('', http), 'invalid-url');
      assert.deepEqual(http.requests, []);
    });

    it('an HTML page instead of JSON (e.g. a login redirect)', async () => {
      const http = new FakeHttp({ [itemUrl]: { ...html('<!DOCTYPE html><html><body><form id="loginform"></form></body></html>'), finalUrl: `${SITE}/wp-login.php?redirect_to=x` } });
      const error = await rejection(fetchArticlePages(item, http), 'not-json',
        /^https:\/\/site\.test\/wp-json\/wp\/v2\/posts\/5\?_embed answered with an HTML page \(redirected to https:\/\/site\.test\/wp-login\.php\?redirect_to=x\), not JSON — is the REST API public\?/);
      assert.match(error.message, /try the \?rest_route= form, e\.g\. https:\/\/site\.test\/\?rest_route=\/wp\/v2\/posts\/5\./);
      assert.equal(error.url, itemUrl);
    });

    it('a body that is not JSON', async () => {
      const http = new FakeHttp({ [itemUrl]: { status: 200, headers: { 'Content-Type': 'application/json' }, body: 'Notice: Undefined index in /wp-content/plugins/x.php {"id":5}' } });
      await rejection(fetchArticlePages(item, http), 'not-json', /answered with something that is not JSON \(it starts "Notice: Undefined index/);
    });

    it('401 and 403', async () => {
      const http = new FakeHttp({
        [itemUrl]: wpError(401, 'rest_forbidden', 'Sorry, you are not allowed to do that.'),
        [`${SITE}/wp-json/wp/v2/posts/6?_embed`]: { status: 403, headers: { 'Content-Type': 'text/html' }, body: '<html>Blocked by firewall</html>' },
      });
      const error = await rejection(fetchArticlePages(item, http), 'access-denied',
        /answered 401 \(login required\)\. WordPress said: "Sorry, you are not allowed to do that\." \(rest_forbidden\)\. The content needs a login, or a firewall or security plugin blocked the request\./);
      assert.equal(error.status, 401);
      await rejection(fetchArticlePages(`${SITE}/wp-json/wp/v2/posts/6`, http), 'access-denied', /answered 403 \(forbidden\)\. The content needs a login/);
    });

    it('404 of an unknown route suggests checking the rest_base', async () => {
      const http = new FakeHttp({ [`${SITE}/wp-json/wp/v2/news/11066?_embed`]: wpError(404, 'rest_no_route', 'No route was found matching the URL and request method.') });
      await rejection(fetchArticlePages(`${SITE}/wp-json/wp/v2/news/11066`, http), 'not-found',
        /was not found \(404\)\. WordPress said: "No route was found matching the URL and request method\." \(rest_no_route\)\. Check the post type's rest_base in the address — the site lists its post types at https:\/\/site\.test\/wp-json\/wp\/v2\/types/);
    });

    it('404 of an unknown ID says so', async () => {
      const http = new FakeHttp({ [itemUrl]: wpError(404, 'rest_post_invalid_id', 'Invalid post ID.') });
      await rejection(fetchArticlePages(item, http), 'not-found', /There is no public post with that ID/);
    });

    it('429 with and without Retry-After', async () => {
      const http = new FakeHttp({
        [itemUrl]: { status: 429, headers: { 'Retry-After': '30' }, body: '' },
        [`${SITE}/wp-json/wp/v2/posts/6?_embed`]: { status: 429, headers: { 'Retry-After': 'Wed, 21 Oct 2026 07:28:00 GMT' }, body: '' },
        [`${SITE}/wp-json/wp/v2/posts/7?_embed`]: { status: 429, body: '' },
      });
      // Without retries, to see the message of a single 429 (retries are tested against a real server in test/unit/urlImport.test.ts).
      const error = await rejection(fetchArticlePages(item, http, { retries: 0 }), 'rate-limited', /answered 429: too many requests\. Try again in 30 seconds \(Retry-After: 30\)\./);
      assert.equal(error.retryAfter, '30');
      await rejection(fetchArticlePages(`${SITE}/wp-json/wp/v2/posts/6`, http, { retries: 0 }), 'rate-limited', /Try again after Wed, 21 Oct 2026 07:28:00 GMT/);
      await rejection(fetchArticlePages(`${SITE}/wp-json/wp/v2/posts/7`, http, { retries: 0 }), 'rate-limited', /Wait a while before trying again\./);
    });

    it('5xx and other statuses', async () => {
      const http = new FakeHttp({
        [itemUrl]: { status: 502, headers: { 'Content-Type': 'text/html' }, body: '<html>Bad gateway</html>' },
        [`${SITE}/wp-json/wp/v2/posts/6?_embed`]: wpError(500, 'internal_server_error', 'There has been a critical error on this website.'),
        [`${SITE}/wp-json/wp/v2/posts/7?_embed`]: { status: 418, body: '' },
      });
      await rejection(fetchArticlePages(item, http), 'server-error', /answered 502: the server had a problem\. Try again later\./);
      await rejection(fetchArticlePages(`${SITE}/wp-json/wp/v2/posts/6`, http), 'server-error', /WordPress said: "There has been a critical error on this website\."/);
      await rejection(fetchArticlePages(`${SITE}/wp-json/wp/v2/posts/7`, http), 'http-error', /answered with HTTP status 418\./);
    });

    it('a network failure', async () => {
      const http = new FakeHttp({ [itemUrl]: { networkError: true } });
      const error = await rejection(fetchArticlePages(item, http), 'network', /^Could not reach site\.test \(fetch failed: getaddrinfo ENOTFOUND site\.test\)\. Check the address and your connection/);
      assert.ok(error.cause instanceof TypeError);
    });
  });

  describe('cancellation', () => {
    const plain = `${SITE}/wp-json/wp/v2/posts?_embed&per_page=100`;
    const routes = (): Record<string, FakeRoute> => ({
      [`${plain}&page=1`]: json(posts(100), { 'X-WP-TotalPages': '3' }),
      [`${plain}&page=2`]: json(posts(100, 101), { 'X-WP-TotalPages': '3' }),
      [`${plain}&page=3`]: json(posts(10, 201), { 'X-WP-TotalPages': '3' }),
    });

    it('an already aborted signal makes no request', async () => {
      const http = new FakeHttp(routes());
      const error = await rejection(fetchArticlePages(`${SITE}/wp-json/wp/v2/posts`, http, { signal: AbortSignal.abort() }), 'cancelled', /cancelled/);
      assert.ok(isFetchCancelled(error));
      assert.deepEqual(http.requests, []);
    });

    it('aborting during a request raises `cancelled` and stops paging', async () => {
      const controller = new AbortController();
      const http = new FakeHttp(routes());
      http.beforeAnswer = (url) => { if (url.endsWith('page=2')) controller.abort(); };
      await rejection(fetchArticlePages(`${SITE}/wp-json/wp/v2/posts`, http, { signal: controller.signal }), 'cancelled');
      assert.equal(http.requests.length, 2);
    });

    it('the stream keeps the pages finished before the abort', async () => {
      const controller = new AbortController();
      const http = new FakeHttp(routes());
      http.beforeAnswer = (url) => { if (url.endsWith('page=2')) controller.abort(); };
      const received: FetchedPage[] = [];
      await rejection((async () => {
        for await (const page of streamArticlePages(`${SITE}/wp-json/wp/v2/posts`, http, { signal: controller.signal })) received.push(page);
      })(), 'cancelled');
      assert.deepEqual(received.map((page) => page.source), [`${plain}&page=1`]);
    });

    it('aborting during the slug lookup is not mistaken for "not found"', async () => {
      const controller = new AbortController();
      const page = `${SITE}/news/x/`;
      const http = new FakeHttp({ [page]: html('<html></html>'), [`${SITE}/wp-json/wp/v2/types`]: json({ post: { slug: 'post', rest_base: 'posts' } }) });
      http.beforeAnswer = (url) => { if (url.includes('slug=')) controller.abort(); };
      await rejection(fetchArticlePages(page, http, { signal: controller.signal }), 'cancelled');
    });
  });
});
