import * as vscode from 'vscode';
import type { ArticleSource } from '../core/import/importArticles';
import type { ArticleOutcome, ImportResult } from '../core/import/importResult';
import { importLimits, notesFolderUri, taxonomyMapping } from './importSettings';
import { WorkspaceNoteStore } from './workspaceNoteStore';
import { features } from '../lazyFeatures';

/** What a command hands the runner: the texts to import, inputs that could not even be read, and notices for the user. */
export interface LoadedSources {
  sources: ArticleSource[];
  failures: ArticleOutcome[];
  notices: string[];
}

export type SourceLoader = (signal: AbortSignal, report: (message: string) => void) => Promise<LoadedSources>;

/**
 * Runs an import batch the same way for every command: a cancellable progress notification,
 * a summary line, failures listed in the output channel, and a single new note opened.
 */
export class ImportRunner {
  constructor(private readonly output: vscode.OutputChannel) {}

  async run(label: string, workspaceFolder: vscode.WorkspaceFolder, load: SourceLoader): Promise<ImportResult> {
    const store = new WorkspaceNoteStore(notesFolderUri(workspaceFolder));
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Rare Earth Notes: importing ${label}`, cancellable: true },
      async (progress, token) => {
        const abort = new AbortController();
        const cancelListener = token.onCancellationRequested(() => abort.abort());
        try {
          const loaded = await load(abort.signal, (message) => progress.report({ message }));
          const imported = await features().importArticles(loaded.sources, store, {
            taxonomyMapping: taxonomyMapping(workspaceFolder),
            limits: importLimits(workspaceFolder),
            now: () => new Date(),
            isCancelled: () => token.isCancellationRequested,
            onProgress: (done, total) => progress.report({ message: `${done} of ${total} articles`, increment: 100 / total }),
          });
          loaded.notices.forEach((notice) => this.output.appendLine(`[${new Date().toISOString()}] ${label}: ${notice}`));
          if (loaded.notices.length > 0) void vscode.window.showWarningMessage(loaded.notices.join(' '));
          return withLoadFailures(imported, loaded.failures, token.isCancellationRequested);
        } finally {
          cancelListener.dispose();
        }
      },
    );
    this.report(label, result);
    await this.openSingleNote(result, store);
    return result;
  }

  private report(label: string, result: ImportResult): void {
    const summary = features().formatImportSummary(result);
    this.output.appendLine(`[${new Date().toISOString()}] ${label}: ${summary}`);
    for (const outcome of result.outcomes) {
      this.output.appendLine(`  ${features().formatOutcome(outcome)}`);
    }
    // Not awaited: the message stays up until dismissed, and the command's caller must not wait for that.
    if (result.failed > 0 || result.kept > 0) {
      void vscode.window.showWarningMessage(summary, 'Show Details').then((choice) => choice && this.output.show(true));
    } else {
      void vscode.window.showInformationMessage(summary);
    }
  }

  private async openSingleNote(result: ImportResult, store: WorkspaceNoteStore): Promise<void> {
    if (result.outcomes.length !== 1) return;
    const [outcome] = result.outcomes;
    if (outcome.kind === 'failed' || outcome.kind === 'kept') return;
    const document = await vscode.workspace.openTextDocument(store.uriOf(outcome.fileName));
    await vscode.window.showTextDocument(document, { preview: false });
  }
}

function withLoadFailures(result: ImportResult, failures: ArticleOutcome[], cancelled: boolean): ImportResult {
  return {
    ...result,
    failed: result.failed + failures.length,
    cancelled: result.cancelled || cancelled,
    outcomes: [...failures, ...result.outcomes],
  };
}
