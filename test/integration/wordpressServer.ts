// A tiny stand-in for a WordPress site's REST API on 127.0.0.1, for the URL
// import suites: single items and paginated collections (X-WP-TotalPages).
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface FakePost {
  id: number;
  date: string;
  slug: string;
  title: string;
  paragraphs: string[];
  classes?: string[];
}

export interface WordPressServer {
  /** e.g. http://127.0.0.1:41234 */
  base: string;
  /** Paths (with query) requested so far. */
  requests: string[];
  close(): Promise<void>;
}

export function restPost(base: string, post: FakePost): object {
  return {
    id: post.id,
    date: post.date,
    modified: post.date,
    slug: post.slug,
    status: 'publish',
    type: 'post',
    link: `${base}/${post.date.slice(0, 4)}/${post.slug}/`,
    title: { rendered: post.title },
    content: { rendered: post.paragraphs.map((text) => `<p>${text}</p>`).join('\n'), protected: false },
    excerpt: { rendered: `<p>${post.paragraphs[0]}</p>`, protected: false },
    class_list: [`post-${post.id}`, 'post', 'type-post', 'status-publish', 'hentry', ...(post.classes ?? [])],
  };
}

/**
 * Serves `/wp-json/wp/v2/posts/<id>` for every post, `/wp-json/wp/v2/posts`
 * as a collection of `perPage` posts per page (ignoring the client's per_page),
 * each post's public HTML page at `/<year>/<slug>/`, a login wall under `/members-only/`, and a
 * site that answers after 3 seconds under `/slow/`.
 */
export async function startWordPressServer(posts: FakePost[], perPage = 2): Promise<WordPressServer> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    requests.push(request.url ?? '');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const base = `http://${request.headers.host}`;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8', ...headers });
      response.end(JSON.stringify(body));
    };
    const item = /^\/wp-json\/wp\/v2\/posts\/(\d+)\/?$/.exec(url.pathname);
    if (item) {
      const post = posts.find((candidate) => candidate.id === Number(item[1]));
      if (post) return send(200, restPost(base, post));
      return send(404, { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } });
    }
    if (/^\/wp-json\/wp\/v2\/posts\/?$/.test(url.pathname)) {
      const totalPages = Math.max(1, Math.ceil(posts.length / perPage));
      const page = Number(url.searchParams.get('page') ?? '1');
      if (!(page >= 1 && page <= totalPages)) {
        return send(400, { code: 'rest_post_invalid_page_number', message: 'The page number requested is larger than the number of pages available.', data: { status: 400 } });
      }
      const slice = posts.slice((page - 1) * perPage, page * perPage).map((post) => restPost(base, post));
      return send(200, slice, { 'X-WP-Total': String(posts.length), 'X-WP-TotalPages': String(totalPages) });
    }
    const article = posts.find((candidate) => url.pathname === `/${candidate.date.slice(0, 4)}/${candidate.slug}/`);
    if (article) {
      // WordPress announces a post's REST address in the head of its public page.
      response.writeHead(200, { 'Content-Type': 'text/html; charset=UTF-8' });
      return response.end(`<!doctype html><html><head><title>${article.title}</title><link rel="alternate" type="application/json" href="${base}/wp-json/wp/v2/posts/${article.id}"></head><body><h1>${article.title}</h1></body></html>`);
    }
    if (url.pathname.startsWith('/slow/')) {
      // Answers after 3 s: longer than the shortest timeout setting.
      setTimeout(() => send(200, restPost(base, posts[0])), 3000).unref();
      return;
    }
    if (url.pathname.startsWith('/members-only/')) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=UTF-8' });
      return response.end('<!doctype html><html><body><form action="/wp-login.php"><input name="log"></form></body></html>');
    }
    send(404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
