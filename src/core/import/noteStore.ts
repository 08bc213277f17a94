/** Where notes live: a flat folder of Markdown files, reached through the host's file system. */
export interface NoteStore {
  /** File names (no folder) of the Markdown notes in the notes folder. */
  list(): Promise<string[]>;
  /** The note's bytes decoded as UTF-8, or undefined when it does not exist. */
  read(fileName: string): Promise<string | undefined>;
  /** Creates or replaces a note, creating the notes folder when needed. */
  write(fileName: string, text: string): Promise<void>;
}
