import * as vscode from 'vscode';
import type { ImportResult } from '../core/import/importResult';
import { fileTooLargeMessage, megabytes, resolveLimits } from '../core/import/importLimits';
import { ImportRunner, type LoadedSources } from './importRunner';
import { importLimits } from './importSettings';
import { targetWorkspaceFolder } from './targetFolder';
import { loadUrl } from './urlSource';

/**
 * The three import commands. Each takes an optional argument (files, nothing, a URL) so tests and
 * other extensions can run it without dialogs, and returns the batch's result.
 */
export function registerImportCommands(output: vscode.OutputChannel): vscode.Disposable {
  const runner = new ImportRunner(output);
  return vscode.Disposable.from(
    vscode.commands.registerCommand('rareEarthNotes.importFile', (files?: vscode.Uri | vscode.Uri[]) => importFiles(runner, files)),
    vscode.commands.registerCommand('rareEarthNotes.importClipboard', () => importClipboard(runner)),
    vscode.commands.registerCommand('rareEarthNotes.importUrl', (url?: string) => importUrl(runner, url)),
  );
}

async function importFiles(runner: ImportRunner, given?: vscode.Uri | vscode.Uri[]): Promise<ImportResult | undefined> {
  const files = given === undefined ? await pickFiles() : Array.isArray(given) ? given : [given];
  if (!files || files.length === 0) return undefined;
  const folder = await targetWorkspaceFolder(files[0]);
  if (!folder) return undefined;
  const label = files.length === 1 ? basename(files[0]) : `${files.length} files`;
  return runner.run(label, folder, async () => readFiles(files, folder));
}

async function pickFiles(): Promise<vscode.Uri[] | undefined> {
  return vscode.window.showOpenDialog({
    canSelectMany: true,
    openLabel: 'Import',
    title: 'Import Article JSON',
    filters: { 'WordPress article JSON': ['json'], 'All files': ['*'] },
  });
}

async function readFiles(files: readonly vscode.Uri[], folder: vscode.WorkspaceFolder): Promise<LoadedSources> {
  const loaded: LoadedSources = { sources: [], failures: [], notices: [] };
  const limits = resolveLimits(importLimits(folder));
  for (const file of files) {
    const name = basename(file);
    try {
      // Checked before reading, so a huge file is never loaded into the extension host.
      const { size } = await vscode.workspace.fs.stat(file);
      if (size > megabytes(limits.maxFileMB)) {
        loaded.failures.push({ kind: 'failed', source: name, message: fileTooLargeMessage(name, size, limits) });
        continue;
      }
      loaded.sources.push({ name, bytes: await vscode.workspace.fs.readFile(file) });
    } catch (error) {
      loaded.failures.push({ kind: 'failed', source: name, message: `${name}: cannot be read (${(error as Error).message}).` });
    }
  }
  return loaded;
}

async function importClipboard(runner: ImportRunner): Promise<ImportResult | undefined> {
  const text = await vscode.env.clipboard.readText();
  if (!text.trim()) {
    void vscode.window.showWarningMessage('The clipboard is empty. Copy the JSON of a WordPress article (from …/wp-json/wp/v2/…), then run this command again.');
    return undefined;
  }
  const folder = await targetWorkspaceFolder();
  if (!folder) return undefined;
  return runner.run('the clipboard', folder, async () => ({ sources: [{ name: 'clipboard', text }], failures: [], notices: [] }));
}

async function importUrl(runner: ImportRunner, given?: string): Promise<ImportResult | undefined> {
  // A workspace not yet trusted may come from anyone: it must not make the editor contact sites.
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(
      'Import from WordPress Site is turned off in Restricted Mode: it downloads from the internet on behalf of a workspace you have not trusted. Trust the workspace (Manage Workspace Trust), or save the article JSON and use Import Article JSON….',
    );
    return undefined;
  }
  const url = given ?? await vscode.window.showInputBox({
    title: 'Import from WordPress Site',
    prompt: 'An article\'s address, a REST item (…/wp-json/wp/v2/posts/123) or a collection (…/wp-json/wp/v2/posts?categories=7)',
    placeHolder: 'https://example.com/news/some-article/',
    ignoreFocusOut: true,
    validateInput: (value) => (/^https?:\/\/\S+$/i.test(value.trim()) ? undefined : 'Enter an http:// or https:// address.'),
  });
  if (!url) return undefined;
  const folder = await targetWorkspaceFolder();
  if (!folder) return undefined;
  return runner.run(url.trim(), folder, (signal, report) => loadUrl(url.trim(), signal, report));
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
