import type { ArticleOutcome, ImportResult } from './importResult';

/**
 * "Imported 12, updated 3, unchanged 40, failed 1": the same line in the editor and the CLI.
 * Notes kept because the user edited their imported part are named only when there are some.
 */
export function formatImportSummary(result: ImportResult): string {
  const kept = result.kept > 0 ? `, kept ${result.kept} you edited (update written beside ${result.kept === 1 ? 'it' : 'each'})` : '';
  const line = `Imported ${result.imported}, updated ${result.updated}, unchanged ${result.unchanged}${kept}, failed ${result.failed}`;
  return result.cancelled ? `${line} (cancelled before the end)` : line;
}

/** One line per article for the output channel and the CLI's detail. */
export function formatOutcome(outcome: ArticleOutcome): string {
  switch (outcome.kind) {
    case 'failed':
      return `failed: ${outcome.message}`;
    case 'kept':
      return `kept: ${outcome.fileName} (${outcome.source}): you edited the article part since the last import, so it was left as it is; the update is in ${outcome.updateFileName}. Compare the two, keep what you want, then delete ${outcome.updateFileName}.`;
    default:
      return `${outcome.kind}: ${outcome.fileName} (${outcome.source})`;
  }
}
