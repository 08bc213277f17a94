import type { ImportResult } from './importResult';

/** "Imported 12, updated 3, unchanged 40, failed 1": the same line in the editor and the CLI. */
export function formatImportSummary(result: ImportResult): string {
  const line = `Imported ${result.imported}, updated ${result.updated}, unchanged ${result.unchanged}, failed ${result.failed}`;
  return result.cancelled ? `${line} (cancelled before the end)` : line;
}
