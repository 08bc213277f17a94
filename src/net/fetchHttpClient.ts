import { WordPressFetchError } from '../core/wordpress/fetchError';
import type { HttpClient, HttpResponse } from '../core/wordpress/httpClient';

/**
 * `HttpClient` on the global `fetch` (Node 20+, the web extension host and
 * browsers alike; no Node built-ins, so it bundles for both hosts).
 *
 * - Redirects are followed by `fetch` itself (`redirect: 'follow'`, which the
 *   Fetch standard bounds at 20 hops, and only to http(s); beyond that `fetch`
 *   rejects and the fetcher reports a network error). `HttpResponse.url` is the final URL.
 * - The AbortSignal is passed to `fetch`, so cancelling aborts the request
 *   and the body download.
 * - Each request, body included, has a timeout; a body larger than the size
 *   limit is refused by its `Content-Length` or, without one, aborted as soon
 *   as that many bytes have arrived.
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
  /** Time allowed for one request and its body, in milliseconds; default {@link DEFAULT_TIMEOUT_MS}. */
  readonly timeoutMs?: number;
  /** Largest body read, in bytes; default {@link DEFAULT_MAX_RESPONSE_BYTES}. */
  readonly maxResponseBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 25 * 1024 * 1024;

const ACCEPT = 'application/json, text/html;q=0.9, */*;q=0.5';

export function createFetchHttpClient(options: FetchHttpClientOptions = {}): HttpClient {
  const headers = { Accept: ACCEPT, ...options.headers };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  return {
    async get(url: string, signal?: AbortSignal): Promise<HttpResponse> {
      const doFetch = options.fetch ?? globalThis.fetch;
      const request = new RequestGuard(url, signal, timeoutMs);
      let response: Response;
      try {
        response = await doFetch(url, { method: 'GET', headers, redirect: 'follow', signal: request.signal });
      } catch (error) {
        request.done();
        throw request.timedOut ? timeoutError(url, timeoutMs) : error;
      }
      const declared = Number(response.headers.get('Content-Length') ?? '');
      if (declared > maxBytes) {
        request.abort();
        throw tooLargeError(url, maxBytes);
      }
      return {
        url: response.url || url,
        status: response.status,
        header: (name) => response.headers.get(name) ?? undefined,
        text: async () => {
          try {
            return await readLimited(response, maxBytes, url, request);
          } catch (error) {
            throw request.timedOut ? timeoutError(url, timeoutMs) : error;
          } finally {
            request.done();
          }
        },
      };
    },
  };
}

/** The request's own abort signal: fires on the caller's cancellation, on the timeout, or on demand. */
class RequestGuard {
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly forward = () => this.controller.abort();
  timedOut = false;

  constructor(readonly url: string, private readonly outer: AbortSignal | undefined, timeoutMs: number) {
    if (outer?.aborted) this.controller.abort();
    outer?.addEventListener('abort', this.forward);
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort();
    }, timeoutMs);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(): void {
    this.controller.abort();
    this.done();
  }

  done(): void {
    clearTimeout(this.timer);
    this.outer?.removeEventListener('abort', this.forward);
  }
}

async function readLimited(response: Response, maxBytes: number, url: string, request: RequestGuard): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      request.abort();
      await reader.cancel().catch(() => undefined);
      throw tooLargeError(url, maxBytes);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function timeoutError(url: string, timeoutMs: number): WordPressFetchError {
  return new WordPressFetchError(
    'timeout',
    `${new URL(url).host} did not answer ${url} within ${duration(timeoutMs)} (setting rareEarthNotes.import.timeoutSeconds). The site may be slow or down: try again later, or raise the timeout.`,
    { url },
  );
}

function duration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 1000);
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

function tooLargeError(url: string, maxBytes: number): WordPressFetchError {
  return new WordPressFetchError(
    'too-large',
    `${url} sent an answer larger than ${maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / (1024 * 1024))} MB` : `${Math.ceil(maxBytes / 1024)} KB`}, the limit (setting rareEarthNotes.import.maxResponseMB); it was not read to the end. Ask for fewer articles per page (per_page=20), or raise the limit.`,
    { url },
  );
}

/** The default client: global `fetch`, no extra headers, default timeout and size limit. */
export const fetchHttpClient: HttpClient = createFetchHttpClient();
