import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NoteStore } from '../core/import/noteStore';

/** A notes folder on the local disk, for the CLI. */
export class FileNoteStore implements NoteStore {
  constructor(private readonly folder: string) {}

  async list(): Promise<string[]> {
    try {
      const entries = await readdir(this.folder, { withFileTypes: true });
      return entries.filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md')).map((entry) => entry.name).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  async read(fileName: string): Promise<string | undefined> {
    try {
      return await readFile(join(this.folder, fileName), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /**
   * Writes a temporary file in the same folder, then renames it over the note: a crash or a full
   * disk mid-write leaves the old note or the new one, never half of one. The temporary name
   * starts with a dot and does not end in `.md`, so no listing takes it for a note.
   */
  async write(fileName: string, text: string): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const temporary = join(this.folder, `.${fileName}.tmp-${randomBytes(6).toString('hex')}`);
    try {
      await writeFile(temporary, text, { encoding: 'utf8', flush: true });
      await rename(temporary, join(this.folder, fileName));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
}
