/** What went wrong while fetching articles from a WordPress site. */
export type WordPressFetchErrorKind =
  /** The input is not an http(s) URL, or not one that can point at articles. */
  | 'invalid-url'
  /** The server answered, but not with JSON (typically an HTML login or error page). */
  | 'not-json'
  /** 401 or 403: the content needs a login or the request was blocked. */
  | 'access-denied'
  /** 404. */
  | 'not-found'
  /** 429: too many requests; see `retryAfter`. */
  | 'rate-limited'
  /** 5xx. */
  | 'server-error'
  /** Any other unexpected HTTP status. */
  | 'http-error'
  /** No answer within the timeout. */
  | 'timeout'
  /** The answer is larger than the response size limit. */
  | 'too-large'
  /** No answer at all, or the connection dropped mid-answer: DNS, connection, TLS, CORS in the web host, … */
  | 'network'
  /** The caller's AbortSignal fired. */
  | 'cancelled'
  /** An article page was fetched but its REST address could not be found. */
  | 'article-not-found';

export interface WordPressFetchErrorDetails {
  /** The URL whose request failed. */
  readonly url?: string;
  readonly status?: number;
  /** The raw `Retry-After` header of a 429 (or 503), when given. */
  readonly retryAfter?: string;
  readonly cause?: unknown;
}

/**
 * A failure with a message meant for the user: it says what happened and
 * what to do about it. `kind` lets callers branch (e.g. stay quiet on
 * `cancelled`).
 */
export class WordPressFetchError extends Error {
  override readonly name = 'WordPressFetchError';
  readonly url: string | undefined;
  readonly status: number | undefined;
  readonly retryAfter: string | undefined;

  constructor(readonly kind: WordPressFetchErrorKind, message: string, details: WordPressFetchErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.url = details.url;
    this.status = details.status;
    this.retryAfter = details.retryAfter;
  }
}

/** True for the error raised when the caller cancelled the fetch. */
export function isFetchCancelled(error: unknown): boolean {
  return error instanceof WordPressFetchError && error.kind === 'cancelled';
}
