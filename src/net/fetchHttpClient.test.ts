import { strict as assert } from 'node:assert';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchArticlePages } from '../core/wordpress/fetchArticlePages';
import { WordPressFetchError, type WordPressFetchErrorKind } from '../core/wordpress/fetchError';
import { createFetchHttpClient, fetchHttpClient } from './fetchHttpClient';

const TOTAL_POSTS = 250;

function post(id: number, origin: string): Record<string, unknown> {
  return { id, slug: `post-${id}`, link: `${origin}/news/post-${id}/`, title: { rendered: `Post ${id}` }, _embedded: { author: [{ name: 'Desk' }] } };
}

/** A small WordPress look-alike. */
function handle(request: IncomingMessage, response: ServerResponse, origin: string, seen: URL[], headers: IncomingMessage['headers'][]): void {
  const url = new URL(request.url ?? '/', origin);
  seen.push(url);
  headers.push(request.headers);
  const sendJson = (status: number, value: unknown, headers: Record<string, string> = {}): void => {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8', ...headers });
    response.end(JSON.stringify(value));
  };
  const sendHtml = (status: number, body: string, headers: Record<string, string> = {}): void => {
    response.writeHead(status, { 'Content-Type': 'text/html; charset=UTF-8', ...headers });
    response.end(body);
  };

  switch (url.pathname) {
    case '/wp-json/wp/v2/types':
      sendJson(200, { post: { slug: 'post', rest_base: 'posts', rest_namespace: 'wp/v2' }, attachment: { slug: 'attachment', rest_base: 'media' } });
      return;
    case '/wp-json/wp/v2/posts': {
      const slug = url.searchParams.get('slug');
      if (slug !== null) {
        const id = /^post-(\d+)$/.exec(slug);
        sendJson(200, id && Number(id[1]) <= TOTAL_POSTS ? [post(Number(id[1]), origin)] : []);
        return;
      }
      const perPage = Number(url.searchParams.get('per_page') ?? '10');
      const page = Number(url.searchParams.get('page') ?? '1');
      const totalPages = Math.ceil(TOTAL_POSTS / perPage);
      if (page > totalPages) {
        sendJson(400, { code: 'rest_post_invalid_page_number', message: 'The page number requested is larger than the number of pages available.', data: { status: 400 } });
        return;
      }
      const items = [];
      for (let id = (page - 1) * perPage + 1; id <= Math.min(page * perPage, TOTAL_POSTS); id++) items.push(post(id, origin));
      sendJson(200, items, { 'X-WP-Total': String(TOTAL_POSTS), 'X-WP-TotalPages': String(totalPages) });
      return;
    }
    case '/wp-json/wp/v2/posts/42':
      sendJson(200, post(42, origin), { Link: `<${origin}/news/post-42/>; rel="alternate"; type=text/html` });
      return;
    case '/wp-json/wp/v2/posts/404':
      sendJson(404, { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } });
      return;
    case '/news/post-42/':
      sendHtml(200, `<!DOCTYPE html><html><head><title>Post 42</title>
        <link rel="https://api.w.org/" href="${origin}/wp-json/" />
        <link rel="alternate" title="JSON" type="application/json" href="${origin}/wp-json/wp/v2/posts/42" />
        </head><body><article>…</article></body></html>`,
        { Link: `<${origin}/wp-json/>; rel="https://api.w.org/", <${origin}/wp-json/wp/v2/posts/42>; rel="alternate"; title="JSON"; type="application/json"` });
      return;
    case '/news/post-7/':
    case '/news/no-such-post/':
      sendHtml(200, '<!DOCTYPE html><html><head><title>No REST link here</title></head><body></body></html>');
      return;
    case '/old/post-42':
      response.writeHead(301, { Location: '/news/post-42/' });
      response.end();
      return;
    case '/wp-json/wp/v2/members-only/1':
      response.writeHead(302, { Location: '/wp-login.php?redirect_to=%2Fmembers' });
      response.end();
      return;
    case '/wp-login.php':
      sendHtml(200, '<!DOCTYPE html><html><body><form id="loginform"></form></body></html>');
      return;
    case '/wp-json/wp/v2/posts/999':
      // Never answers: only an abort ends this request.
      return;
    default:
      if (url.pathname.startsWith('/wp-json/')) sendJson(404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } });
      else sendHtml(404, '<html><body>Page not found</body></html>');
  }
}

async function rejection(promise: Promise<unknown>, kind: WordPressFetchErrorKind, pattern: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof WordPressFetchError, String(error));
    assert.equal(error.kind, kind, error.message);
    assert.match(error.message, pattern);
    return true;
  });
}

describe('fetchHttpClient (against a local HTTP server)', () => {
  let server: Server;
  let origin: string;
  const seen: URL[] = [];
  const seenHeaders: IncomingMessage['headers'][] = [];

  before(async () => {
    server = createServer((request, response) => handle(request, response, origin, seen, seenHeaders));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  });

  beforeEach(() => {
    seen.length = 0;
    seenHeaders.length = 0;
  });

  it('answers with status, headers, final URL and body', async () => {
    const response = await fetchHttpClient.get(`${origin}/old/post-42`);
    assert.equal(response.status, 200);
    assert.equal(response.url, `${origin}/news/post-42/`);
    assert.match(response.header('content-type') ?? '', /text\/html/);
    assert.equal(response.header('X-Not-There'), undefined);
    assert.match(await response.text(), /<title>Post 42<\/title>/);
  });

  it('asks for JSON and sends extra headers', async () => {
    const client = createFetchHttpClient({ headers: { 'User-Agent': 'rare-earth-notes-test' } });
    await (await client.get(`${origin}/wp-json/wp/v2/posts/42`)).text();
    assert.match(seenHeaders[0].accept ?? '', /^application\/json/);
    assert.equal(seenHeaders[0]['user-agent'], 'rare-earth-notes-test');
  });

  it('pages through a collection end to end', async () => {
    const progress: [number, number | undefined][] = [];
    const pages = await fetchArticlePages(`${origin}/wp-json/wp/v2/posts?categories=7`, fetchHttpClient, { onProgress: (done, total) => progress.push([done, total]) });
    assert.deepEqual(pages.map((page) => (JSON.parse(page.text) as unknown[]).length), [100, 100, 50]);
    assert.deepEqual(progress, [[1, 3], [2, 3], [3, 3]]);
    assert.deepEqual(seen.map((url) => [url.searchParams.get('page'), url.searchParams.get('per_page'), url.searchParams.has('_embed'), url.searchParams.get('categories')]), [
      ['1', '100', true, '7'],
      ['2', '100', true, '7'],
      ['3', '100', true, '7'],
    ]);
  });

  it('resolves an article URL (after a redirect) through its REST link', async () => {
    const pages = await fetchArticlePages(`${origin}/old/post-42`, fetchHttpClient);
    assert.equal(pages.length, 1);
    assert.equal(pages[0].source, `${origin}/wp-json/wp/v2/posts/42?_embed`);
    assert.equal((JSON.parse(pages[0].text) as { id: number }).id, 42);
  });

  it('reports a 404 with WordPress\'s reason', async () => {
    await rejection(fetchArticlePages(`${origin}/wp-json/wp/v2/posts/404`, fetchHttpClient), 'not-found', /\(404\)\. WordPress said: "Invalid post ID\." \(rest_post_invalid_id\)/);
    await rejection(fetchArticlePages(`${origin}/wp-json/wp/v2/news/7`, fetchHttpClient), 'not-found', /Check the post type's rest_base/);
  });

  it('reports an HTML login page instead of JSON', async () => {
    await rejection(fetchArticlePages(`${origin}/wp-json/wp/v2/members-only/1`, fetchHttpClient), 'not-json',
      new RegExp(`answered with an HTML page \\(redirected to ${origin.replace(/\./g, '\\.')}/wp-login\\.php\\?redirect_to=%2Fmembers\\), not JSON — is the REST API public\\?`));
  });

  it('finds an article without a REST link by its slug', async () => {
    const pages = await fetchArticlePages(`${origin}/news/post-7/`, fetchHttpClient);
    assert.deepEqual(seen.map((url) => url.pathname + url.search), ['/news/post-7/', '/wp-json/wp/v2/types', '/wp-json/wp/v2/posts?slug=post-7&_embed']);
    assert.equal((JSON.parse(pages[0].text) as { id: number }).id, 7);
  });

  it('reports an article page without a REST address, and a missing page', async () => {
    await rejection(fetchArticlePages(`${origin}/news/no-such-post/`, fetchHttpClient), 'article-not-found',
      /no post type \(post\) has an article with the slug "no-such-post"\. Paste the article's REST URL instead/);
    await rejection(fetchArticlePages(`${origin}/news/unknown/`, fetchHttpClient), 'not-found', /was not found \(404\)\. Check the address\./);
  });

  it('cancels a pending request', async () => {
    const controller = new AbortController();
    const pending = fetchArticlePages(`${origin}/wp-json/wp/v2/posts/999`, fetchHttpClient, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await rejection(pending, 'cancelled', /cancelled/);
  });

  it('reports a network failure', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await rejection(fetchArticlePages(`http://127.0.0.1:${port}/wp-json/wp/v2/posts/1`, fetchHttpClient), 'network', /^Could not reach 127\.0\.0\.1:\d+ \(fetch failed: .*ECONNREFUSED/);
  });
});
