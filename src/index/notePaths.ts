// How the index names a workspace file: its workspace-relative path with forward slashes, prefixed
// with the folder's name in a multi-root workspace ('notes/a.md', 'research/notes/a.md').
import * as vscode from 'vscode';

/** What the index watches and finds: Markdown files outside dependencies and Git's own folder. */
export const NOTES_GLOB = '**/*.md';
export const NOTES_EXCLUDE = '{**/node_modules/**,**/.git/**}';

const EXCLUDED_SEGMENT = /(?:^|\/)(?:node_modules|\.git)\//;

/** True for a folder the index never looks into (node_modules, .git, or one inside them). */
export function isExcludedFolder(notePath: string): boolean {
  return EXCLUDED_SEGMENT.test(`${notePath}/`);
}

/** True for a path the index would hold (a `.md` file outside node_modules and .git). */
export function isNotePath(notePath: string): boolean {
  return /\.md$/i.test(notePath) && !EXCLUDED_SEGMENT.test(notePath);
}

/** The note path of a workspace file, or undefined outside the workspace folders. */
export function notePathOf(uri: vscode.Uri): string | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  if (!uri.path.startsWith(base)) return undefined;
  const relative = uri.path.slice(base.length);
  if (relative === '') return undefined;
  return (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? `${folder.name}/${relative}` : relative;
}

/** The file of a note path (the inverse of notePathOf), or undefined when no folder matches. */
export function uriOfNotePath(notePath: string): vscode.Uri | undefined {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return undefined;
  if (folders.length === 1) return vscode.Uri.joinPath(folders[0].uri, ...notePath.split('/'));
  const slash = notePath.indexOf('/');
  const folder = folders.find((candidate) => candidate.name === notePath.slice(0, slash));
  return folder && slash > 0 ? vscode.Uri.joinPath(folder.uri, ...notePath.slice(slash + 1).split('/')) : undefined;
}

/** A cheap fingerprint of a text (FNV-1a over UTF-16 units, with the length), to skip re-indexing what did not change. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}
