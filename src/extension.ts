import * as vscode from 'vscode';
import { registerBriefTools } from './brief/briefTools';
import { registerHoverSupport } from './hover/hoverProvider';
import { registerImportCommands } from './import/importCommands';
import { registerWorkspaceIndex, type WorkspaceIndex } from './index/workspaceIndex';
import { registerPreviewHighlight, type PreviewHighlight } from './preview/previewHighlight';
import { registerNotesTree, type NotesTree } from './tree/treeCommands';

/**
 * What activate() hands other extensions: the Markdown preview calls extendMarkdownIt; `index` is
 * the workspace's notes index (figures, provenance, mentions; `whenReady()`, `onDidChange`), read by
 * the integration tests.
 */
export type RareEarthNotesApi = Pick<PreviewHighlight, 'extendMarkdownIt'> & {
  readonly index: WorkspaceIndex;
  /** The Notes view's data provider (read by the integration tests). */
  readonly tree: NotesTree['provider'];
};

/** Composes the features; each registers what it needs and hands back its disposables. */
export function activate(context: vscode.ExtensionContext): RareEarthNotesApi {
  const output = vscode.window.createOutputChannel('Rare Earth Notes');
  const previewHighlight = registerPreviewHighlight();
  context.subscriptions.push(output, registerImportCommands(output), previewHighlight.disposable);
  // Built in the background: registering only schedules the build.
  const index = registerWorkspaceIndex(context);
  context.subscriptions.push(registerHoverSupport(index));
  context.subscriptions.push(registerBriefTools(index));
  const tree = registerNotesTree(context, index);
  context.subscriptions.push(tree.disposable);
  return { extendMarkdownIt: previewHighlight.extendMarkdownIt, index, tree: tree.provider };
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
