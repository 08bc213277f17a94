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

  /**
   * Writes `.<name>.tmp-<random>` beside the note, then renames it over the note, so that a crash
   * mid-write leaves the old note or the new one. File systems without rename (some virtual
   * ones) get a direct write instead.
   */
  async write(fileName: string, text: string): Promise<void> {
    const bytes = this.encoder.encode(text);
    const target = this.uriOf(fileName);
    await vscode.workspace.fs.createDirectory(this.folder);
    const temporary = this.uriOf(`.${fileName}.tmp-${Math.random().toString(36).slice(2, 10)}`);
    try {
      await vscode.workspace.fs.writeFile(temporary, bytes);
      await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    } catch {
      await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
      await vscode.workspace.fs.writeFile(target, bytes);
    }
  }

  uriOf(fileName: string): vscode.Uri {
    return vscode.Uri.joinPath(this.folder, fileName);
  }
}
