import * as vscode from 'vscode';
import { registerHoverSupport } from './hover/hoverProvider';
import { registerImportCommands } from './import/importCommands';
import { registerWorkspaceIndex, type WorkspaceIndex } from './index/workspaceIndex';
import { registerPreviewHighlight, type PreviewHighlight } from './preview/previewHighlight';

/**
 * What activate() hands other extensions: the Markdown preview calls extendMarkdownIt; `index` is
 * the workspace's notes index (figures, provenance, mentions; `whenReady()`, `onDidChange`), read by
 * the integration tests.
 */
export type RareEarthNotesApi = Pick<PreviewHighlight, 'extendMarkdownIt'> & { readonly index: WorkspaceIndex };

/** Composes the features; each registers what it needs and hands back its disposables. */
export function activate(context: vscode.ExtensionContext): RareEarthNotesApi {
  const output = vscode.window.createOutputChannel('Rare Earth Notes');
  const previewHighlight = registerPreviewHighlight();
  context.subscriptions.push(output, registerImportCommands(output), previewHighlight.disposable);
  // Built in the background: registering only schedules the build.
  const index = registerWorkspaceIndex(context);
  context.subscriptions.push(registerHoverSupport(index));
  return { extendMarkdownIt: previewHighlight.extendMarkdownIt, index };
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
