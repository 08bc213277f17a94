/** What happened to one article of a batch. */
export type ArticleOutcome =
  | { kind: 'imported' | 'updated' | 'unchanged'; source: string; fileName: string; title: string }
  /** The user edited the imported part of `fileName`: it was left alone and the update written to `updateFileName`. */
  | { kind: 'kept'; source: string; fileName: string; updateFileName: string; title: string }
  | { kind: 'failed'; source: string; message: string };

/** The outcome of an import batch: counts for the summary line and each article's result. */
export interface ImportResult {
  imported: number;
  updated: number;
  unchanged: number;
  kept: number;
  failed: number;
  cancelled: boolean;
  outcomes: ArticleOutcome[];
}
