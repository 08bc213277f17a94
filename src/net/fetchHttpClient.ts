import type { HttpClient, HttpResponse } from '../core/wordpress/httpClient';

/**
 * `HttpClient` on the global `fetch` (Node 20+, the web extension host and
 * browsers alike; no Node built-ins, so it bundles for both hosts).
 *
 * - Redirects are followed by `fetch` itself (`redirect: 'follow'`, which the
 *   Fetch standard bounds at 20 hops; beyond that `fetch` rejects and the
 *   fetcher reports a network error). `HttpResponse.url` is the final URL.
 * - The AbortSignal is passed to `fetch`, so cancelling aborts the request
 *   and the body download.
 * - Only CORS-safelisted request headers are sent by default (an `Accept`),
 *   so the web host needs no preflight: WordPress's REST API allows
 *   cross-origin GETs and exposes `X-WP-Total`/`X-WP-TotalPages`; ordinary
 *   HTML pages usually do not allow them (the fetcher then falls back to
 *   a slug lookup through the REST API).
 */
export interface FetchHttpClientOptions {
  /** Extra request headers (e.g. a User-Agent for the CLI). */
  readonly headers?: Readonly<Record<string, string>>;
  /** The fetch to use; the global one by default. */
  readonly fetch?: typeof fetch;
}

const ACCEPT = 'application/json, text/html;q=0.9, */*;q=0.5';

export function createFetchHttpClient(options: FetchHttpClientOptions = {}): HttpClient {
  const headers = { Accept: ACCEPT, ...options.headers };
  return {
    async get(url: string, signal?: AbortSignal): Promise<HttpResponse> {
      const doFetch = options.fetch ?? globalThis.fetch;
      const response = await doFetch(url, { method: 'GET', headers, redirect: 'follow', ...(signal && { signal }) });
      return {
        url: response.url || url,
        status: response.status,
        header: (name) => response.headers.get(name) ?? undefined,
        text: () => response.text(),
      };
    },
  };
}

/** The default client: global `fetch`, no extra headers. */
export const fetchHttpClient: HttpClient = createFetchHttpClient();
