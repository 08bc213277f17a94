import type { LoadedSources } from './importRunner';
import { networkSettings } from './importSettings';
import { features } from '../lazyFeatures';

/** Fetches a site's article pages for the importer; a fetch failure becomes one failed outcome. */
export async function loadUrl(url: string, signal: AbortSignal, report: (message: string) => void): Promise<LoadedSources> {
  try {
    const notices: string[] = [];
    const settings = networkSettings();
    const { createFetchHttpClient, fetchArticlePages } = features();
    const http = createFetchHttpClient({ timeoutMs: settings.timeoutMs, maxResponseBytes: settings.maxResponseBytes });
    const pages = await fetchArticlePages(url, http, {
      signal,
      maxPages: settings.maxPages,
      onProgress: (done, total) => report(total ? `page ${done} of ${total}` : `page ${done}`),
      onNote: (message) => notices.push(message),
    });
    return { sources: pages.map((page) => ({ name: page.source, text: page.text })), failures: [], notices };
  } catch (error) {
    if (error instanceof features().WordPressFetchError && error.kind === 'cancelled') return { sources: [], failures: [], notices: [] };
    return { sources: [], failures: [{ kind: 'failed', source: url, message: (error as Error).message }], notices: [] };
  }
}
