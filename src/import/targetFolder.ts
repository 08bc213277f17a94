import * as vscode from 'vscode';

/**
 * The workspace folder notes go into: the folder holding the first input file, the only folder,
 * or the one the user picks. Undefined when no folder is open or the pick was dismissed.
 */
export async function targetWorkspaceFolder(near?: vscode.Uri): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const containing = near && vscode.workspace.getWorkspaceFolder(near);
  if (containing) return containing;
  if (folders.length === 1) return folders[0];
  if (folders.length > 1) {
    return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which workspace folder should the notes go into?' });
  }
  const choice = await vscode.window.showErrorMessage(
    'Rare Earth Notes writes notes into a folder of your workspace, and no folder is open. Open a folder, then import again.',
    'Open Folder…',
  );
  if (choice) await vscode.commands.executeCommand('vscode.openFolder');
  return undefined;
}
