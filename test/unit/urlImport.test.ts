import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { importArticles } from '../../src/core/import/importArticles';
import { MemoryNoteStore } from '../../src/core/import/testing/memoryNoteStore';
import { fetchArticlePages, type FetchArticlePagesOptions } from '../../src/core/wordpress/fetchArticlePages';
import { WordPressFetchError } from '../../src/core/wordpress/fetchError';
import { DEFAULT_TAXONOMY_MAPPING } from '../../src/core/wordpress/taxonomyMapping';
import { createFetchHttpClient } from '../../src/net/fetchHttpClient';

/** A WordPress look-alike on loopback, with every way a site fails. */
describe('URL import against a local HTTP server (real fetch client)', function () {
  this.timeout(30000);
  let server: Server;
  let origin: string;
  const hits = new Map<string, number>();
  const http = createFetchHttpClient({ timeoutMs: 500, maxResponseBytes: 64 * 1024 });

  const post = (id: number) => ({ id, link: `${origin}/news/post-${id}/`, date: '2025-03-14T09:30:00', title: { rendered: `Post ${id}` }, content: { rendered: `<p>Body ${id}</p>` } });

  before(async () => {
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', origin);
      const count = (hits.get(url.pathname) ?? 0) + 1;
      hits.set(url.pathname, count);
      const sendJson = (status: number, value: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
        response.end(JSON.stringify(value));
      };
      switch (url.pathname) {
        case '/wp-json/wp/v2/posts': {
          const page = Number(url.searchParams.get('page'));
          sendJson(200, [post(page * 10), post(page * 10 + 1)], { 'X-WP-Total': '6', 'X-WP-TotalPages': '3' });
          return;
        }
        case '/wp-json/wp/v2/posts/1': return sendJson(200, post(1));
        case '/wp-json/wp/v2/posts/401': return sendJson(401, { code: 'rest_forbidden', message: 'Sorry, you are not allowed to do that.' });
        case '/wp-json/wp/v2/posts/403': return sendJson(403, { code: 'rest_forbidden', message: 'Forbidden.' });
        case '/wp-json/wp/v2/posts/404': return sendJson(404, { code: 'rest_post_invalid_id', message: 'Invalid post ID.' });
        case '/wp-json/wp/v2/posts/500': return sendJson(500, { code: 'internal_server_error', message: 'There has been a critical error.' });
        case '/wp-json/wp/v2/posts/429': return count === 1 ? sendJson(429, {}, { 'Retry-After': '1' }) : sendJson(200, post(429));
        case '/wp-json/wp/v2/posts/4290':
          return sendJson(429, {}, { 'Retry-After': new Date(Date.now() + 1000).toUTCString() });
        case '/wp-json/wp/v2/posts/4291': return sendJson(429, {}, { 'Retry-After': '3600' });
        case '/wp-json/wp/v2/posts/login':
          response.writeHead(200, { 'Content-Type': 'text/html' });
          response.end('<!DOCTYPE html><html><body><form id="loginform">Log in</form></body></html>');
          return;
        case '/wp-json/wp/v2/posts/slow':
          setTimeout(() => sendJson(200, post(7)), 3000).unref();
          return;
        case '/wp-json/wp/v2/posts/big':
          response.writeHead(200, { 'Content-Type': 'application/json' });
          response.write(`{"id":1,"x":"${'a'.repeat(100 * 1024)}`);
          setTimeout(() => response.end('"}'), 2000).unref();
          return;
        case '/wp-json/wp/v2/posts/drop':
          response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
          response.write('{"id": 1, "title"');
          setTimeout(() => response.socket?.destroy(), 50);
          return;
        case '/wp-json/wp/v2/posts/loop':
          response.writeHead(302, { Location: '/wp-json/wp/v2/posts/loop' });
          response.end();
          return;
        default:
          sendJson(404, { code: 'rest_no_route', message: 'No route was found.' });
      }
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(() => {
    server.closeAllConnections();
    server.close();
  });

  async function failure(path: string, options: FetchArticlePagesOptions = {}): Promise<WordPressFetchError> {
    try {
      await fetchArticlePages(path.startsWith('/') ? `${origin}${path}` : path, http, options);
    } catch (error) {
      assert.ok(error instanceof WordPressFetchError, String(error));
      return error;
    }
    assert.fail(`${path} did not fail`);
  }

  it('follows X-WP-TotalPages and imports every article of every page', async () => {
    const pages = await fetchArticlePages(`${origin}/wp-json/wp/v2/posts`, http);
    assert.equal(pages.length, 3);
    const store = new MemoryNoteStore();
    const result = await importArticles(pages.map((page) => ({ name: page.source, text: page.text })), store, { taxonomyMapping: DEFAULT_TAXONOMY_MAPPING, now: () => new Date() });
    assert.equal(result.imported, 6);
  });

  it('stops at the page limit and says so', async () => {
    const notes: string[] = [];
    const pages = await fetchArticlePages(`${origin}/wp-json/wp/v2/posts`, http, { maxPages: 2, onNote: (note) => notes.push(note) });
    assert.equal(pages.length, 2);
    assert.match(notes[0], /^Stopped after 2 pages of 3 \(6 articles in all\)/);
  });

  it('accepts http and https only', async () => {
    for (const address of ['ftp://example.com/wp-json/wp/v2/posts/1', 'file:///etc/passwd', 'javascript:alert(1)']) {
      const error = await failure(address);
      assert.equal(error.kind, 'invalid-url');
      assert.match(error.message, /^Only http:\/\/ and https:\/\/ addresses can be fetched/);
    }
  });

  it('401, 403, 404 and 5xx each get their own message', async () => {
    assert.match((await failure('/wp-json/wp/v2/posts/401')).message, /answered 401 \(login required\)\. WordPress said: "Sorry, you are not allowed to do that\." \(rest_forbidden\)\./);
    assert.match((await failure('/wp-json/wp/v2/posts/403')).message, /answered 403 \(forbidden\)/);
    assert.match((await failure('/wp-json/wp/v2/posts/404')).message, /was not found \(404\)\. WordPress said: "Invalid post ID\." \(rest_post_invalid_id\)\. There is no public post with that ID/);
    assert.match((await failure('/wp-json/wp/v2/posts/500', { retries: 0 })).message, /answered 500: the server had a problem\./);
  });

  it('an HTML login page instead of JSON', async () => {
    const error = await failure('/wp-json/wp/v2/posts/login');
    assert.equal(error.kind, 'not-json');
    assert.match(error.message, /answered with an HTML page, not JSON — is the REST API public\? A login page means it needs an account/);
  });

  it('429: waits as Retry-After says (seconds), then succeeds', async () => {
    const started = Date.now();
    const pages = await fetchArticlePages(`${origin}/wp-json/wp/v2/posts/429`, http);
    assert.equal(JSON.parse(pages[0].text).id, 429);
    assert.ok(Date.now() - started >= 900, 'waited about a second');
  });

  it('429: retries after an HTTP-date Retry-After, then reports; a Retry-After beyond the bound fails at once', async () => {
    hits.delete('/wp-json/wp/v2/posts/4290');
    const error = await failure('/wp-json/wp/v2/posts/4290', { retries: 1 });
    assert.equal(error.kind, 'rate-limited');
    assert.equal(hits.get('/wp-json/wp/v2/posts/4290'), 2);
    const started = Date.now();
    const long = await failure('/wp-json/wp/v2/posts/4291');
    assert.match(long.message, /answered 429: too many requests\. Try again in 60 minutes \(Retry-After: 3600\)\./);
    assert.ok(Date.now() - started < 1000);
  });

  it('cancelling during a Retry-After wait stops at once', async () => {
    hits.delete('/wp-json/wp/v2/posts/4291');
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 100);
    const error = await failure('/wp-json/wp/v2/posts/4291', { maxRetryWaitSeconds: 7200, signal: abort.signal });
    assert.equal(error.kind, 'cancelled');
  });

  it('times out a slow answer', async () => {
    const error = await failure('/wp-json/wp/v2/posts/slow');
    assert.equal(error.kind, 'timeout');
    assert.match(error.message, /did not answer .* within 500 ms \(setting rareEarthNotes\.import\.timeoutSeconds\)/);
  });

  it('cancellation aborts a request in flight', async () => {
    const abort = new AbortController();
    const started = Date.now();
    setTimeout(() => abort.abort(), 100);
    const error = await failure('/wp-json/wp/v2/posts/slow', { signal: abort.signal });
    assert.equal(error.kind, 'cancelled');
    assert.ok(Date.now() - started < 450, 'before the timeout');
  });

  it('stops reading an answer over the size limit', async () => {
    const error = await failure('/wp-json/wp/v2/posts/big');
    assert.equal(error.kind, 'too-large');
    assert.match(error.message, /sent an answer larger than 64 KB, the limit \(setting rareEarthNotes\.import\.maxResponseMB\); it was not read to the end\./);
  });

  it('a dropped connection', async () => {
    const error = await failure('/wp-json/wp/v2/posts/drop');
    assert.equal(error.kind, 'network');
    assert.match(error.message, /^The connection to 127\.0\.0\.1:\d+ dropped before the whole answer/);
  });

  it('a redirect loop ends with an error, not a hang', async () => {
    const error = await failure('/wp-json/wp/v2/posts/loop');
    assert.equal(error.kind, 'network');
    assert.match(error.message, /^Could not reach 127\.0\.0\.1:\d+ \(fetch failed: redirect count exceeded\)/);
  });
});
