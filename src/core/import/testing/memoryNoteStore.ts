import type { NoteStore } from '../noteStore';

/** An in-memory notes folder for tests; counts reads and writes so that "untouched" can be proven. */
export class MemoryNoteStore implements NoteStore {
  readonly files = new Map<string, string>();
  readonly writes: { fileName: string; text: string }[] = [];
  reads = 0;

  constructor(initial: Record<string, string> = {}) {
    for (const [name, text] of Object.entries(initial)) this.files.set(name, text);
  }

  async list(): Promise<string[]> {
    return [...this.files.keys()].filter((name) => name.toLowerCase().endsWith('.md')).sort();
  }

  async read(fileName: string): Promise<string | undefined> {
    this.reads++;
    return this.files.get(fileName);
  }

  async write(fileName: string, text: string): Promise<void> {
    this.writes.push({ fileName, text });
    this.files.set(fileName, text);
  }

  /** The only note of the store; fails the test when there is not exactly one. */
  only(): [string, string] {
    if (this.files.size !== 1) throw new Error(`expected exactly one note, found ${[...this.files.keys()].join(', ') || 'none'}`);
    return [...this.files.entries()][0];
  }
}
