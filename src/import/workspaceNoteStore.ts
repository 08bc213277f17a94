import * as vscode from 'vscode';
import type { NoteStore } from '../core/import/noteStore';

/** The notes folder through `vscode.workspace.fs`, so remote and virtual workspaces work too. */
export class WorkspaceNoteStore implements NoteStore {
  private readonly decoder = new TextDecoder('utf-8');
  private readonly encoder = new TextEncoder();

  constructor(readonly folder: vscode.Uri) {}

  async list(): Promise<string[]> {
    try {
      const entries = await vscode.workspace.fs.readDirectory(this.folder);
      return entries
        .filter(([name, type]) => type === vscode.FileType.File && name.toLowerCase().endsWith('.md'))
        .map(([name]) => name)
        .sort();
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return [];
      throw error;
    }
  }

  async read(fileName: string): Promise<string | undefined> {
    try {
      return this.decoder.decode(await vscode.workspace.fs.readFile(this.uriOf(fileName)));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  }

  async write(fileName: string, text: string): Promise<void> {
    await vscode.workspace.fs.createDirectory(this.folder);
    await vscode.workspace.fs.writeFile(this.uriOf(fileName), this.encoder.encode(text));
  }

  uriOf(fileName: string): vscode.Uri {
    return vscode.Uri.joinPath(this.folder, fileName);
  }
}
