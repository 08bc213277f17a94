// Shared helpers for the integration suites; they run inside the extension
// host, against the workspace copy the launcher opened.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ImportResult } from '../../src/core/import/importResult';

export type { ImportResult };

export const EXTENSION_ID = 'rare-earth-notes.rare-earth-notes';
export const COMMANDS = {
  importFile: 'rareEarthNotes.importFile',
  importClipboard: 'rareEarthNotes.importClipboard',
  importUrl: 'rareEarthNotes.importUrl',
} as const;

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need a workspace folder (test/fixtures/workspace)');
  return folder;
}

/** A fixture article of the workspace, e.g. fixture('lynas-kalgoorlie.json'). */
export function fixture(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, 'articles', name);
}

export function notesFolder(): vscode.Uri {
  const name = vscode.workspace.getConfiguration('rareEarthNotes', workspaceFolder().uri).get<string>('notesFolder', 'notes');
  return vscode.Uri.joinPath(workspaceFolder().uri, name);
}

/** The note an outcome names (its fileName may or may not include a folder). */
export function noteUri(fileName: string): vscode.Uri {
  return vscode.Uri.joinPath(notesFolder(), fileName.split(/[\\/]/).pop() ?? fileName);
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Deletes the notes folder so a suite starts from an empty notes folder. */
export async function clearNotes(): Promise<void> {
  if (await exists(notesFolder())) await vscode.workspace.fs.delete(notesFolder(), { recursive: true, useTrash: false });
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  await extension.activate();
  return extension;
}

/** Runs an import command and checks it returned an ImportResult. */
export async function runImport(command: string, ...args: unknown[]): Promise<ImportResult> {
  const result = await vscode.commands.executeCommand<ImportResult | undefined>(command, ...args);
  assert.ok(result && Array.isArray(result.outcomes), `${command} returned ${JSON.stringify(result)} instead of an ImportResult`);
  return result;
}

/** Polls until check() returns a value (not undefined/false), or fails after timeoutMs. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function summary(result: ImportResult): string {
  return `imported ${result.imported}, updated ${result.updated}, unchanged ${result.unchanged}, failed ${result.failed}: ${JSON.stringify(result.outcomes)}`;
}
