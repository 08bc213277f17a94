/**
 * The one thing the WordPress fetcher needs from the network: a GET.
 *
 * The core never calls `fetch` itself; the editor (or the CLI, or a test)
 * hands in an implementation, e.g. `fetchHttpClient` from `src/net`.
 */
export interface HttpResponse {
  /** The URL that finally answered (after redirects); may equal the requested URL. */
  readonly url: string;
  readonly status: number;
  /** A response header by case-insensitive name, or undefined when absent. */
  header(name: string): string | undefined;
  /** The body as text; called at most once. */
  text(): Promise<string>;
}

export interface HttpClient {
  /**
   * GET `url`, following redirects. Resolves with any HTTP status (4xx and
   * 5xx included); rejects only when no answer arrived (network failure, or
   * `signal` aborted).
   */
  get(url: string, signal?: AbortSignal): Promise<HttpResponse>;
}
