import { parseFrontMatter, splitFrontMatter } from '../note/frontMatter';
import { mergeNote } from '../note/mergeNote';
import { noteFileName } from '../note/noteFileName';
import { renderNewNote } from '../note/renderNote';
import { parseArticleJson, type ParsedArticle } from '../wordpress/parseArticleJson';
import type { TaxonomyMapping } from '../wordpress/taxonomyMapping';
import { articleKey, articleToNote, IMPORTED_KEYS, siteOf } from './articleToNote';
import type { ArticleOutcome, ImportResult } from './importResult';
import type { NoteStore } from './noteStore';

/** The text of one input (a file, the clipboard, a fetched page) and the name used in messages. */
export interface ArticleSource {
  name: string;
  text: string;
}

export interface ImportOptions {
  taxonomyMapping: TaxonomyMapping;
  /** The time recorded as `imported`; injected so that tests and re-imports are reproducible. */
  now: () => Date;
  isCancelled?: () => boolean;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Imports every article of the sources into the store: new articles become notes, known ones
 * (same site and post id, found by front matter) are updated in place. Each article succeeds or
 * fails on its own.
 */
export async function importArticles(sources: readonly ArticleSource[], store: NoteStore, options: ImportOptions): Promise<ImportResult> {
  const result: ImportResult = { imported: 0, updated: 0, unchanged: 0, failed: 0, cancelled: false, outcomes: [] };
  const record = (outcome: ArticleOutcome) => {
    result.outcomes.push(outcome);
    result[outcome.kind]++;
  };

  const articles: ParsedArticle[] = [];
  for (const source of sources) {
    const parsed = parseArticleJson(source.text, source.name);
    articles.push(...parsed.articles);
    parsed.failures.forEach((failure) => record({ kind: 'failed', ...failure }));
  }
  if (articles.length === 0) return result;

  const existing = await indexExistingNotes(store);
  for (const [index, article] of articles.entries()) {
    if (options.isCancelled?.()) {
      result.cancelled = true;
      break;
    }
    try {
      record(await importOne(article, store, existing, options));
    } catch (error) {
      record({ kind: 'failed', source: article.source, message: `${article.source}: ${(error as Error).message}` });
    }
    options.onProgress?.(index + 1, articles.length);
  }
  return result;
}

interface ExistingNotes {
  byArticle: Map<string, string>;
  /** Taken file names, folded by {@link foldName}. */
  names: Set<string>;
}

/** Windows and macOS file systems ignore case: `A.md` would overwrite `a.md`. */
function foldName(fileName: string): string {
  return fileName.normalize('NFC').toLowerCase();
}

async function indexExistingNotes(store: NoteStore): Promise<ExistingNotes> {
  const names = await store.list();
  const byArticle = new Map<string, string>();
  for (const name of names) {
    const text = await store.read(name);
    const yaml = text === undefined ? undefined : splitFrontMatter(text).yaml;
    const parsed = yaml === undefined ? undefined : parseFrontMatter(yaml);
    if (!parsed?.ok) continue;
    const { site, wp_id: wpId } = parsed.data;
    if (typeof site === 'string' && (typeof wpId === 'number' || typeof wpId === 'string')) {
      byArticle.set(articleKey(site, wpId), name);
    }
  }
  return { byArticle, names: new Set(names.map(foldName)) };
}

async function importOne(article: ParsedArticle, store: NoteStore, existing: ExistingNotes, options: ImportOptions): Promise<ArticleOutcome> {
  const { post, source } = article;
  const note = articleToNote(post, options.taxonomyMapping, options.now().toISOString());
  const key = articleKey(siteOf(post.link), post.id);
  const title = note.title;

  const knownName = existing.byArticle.get(key);
  const knownText = knownName === undefined ? undefined : await store.read(knownName);
  if (knownName !== undefined && knownText !== undefined) {
    const merged = mergeNote(knownText, note, IMPORTED_KEYS);
    if (merged.kind === 'conflict') {
      return { kind: 'failed', source, message: `${source}: ${knownName} was not updated: ${merged.message}.` };
    }
    if (merged.kind === 'updated') await store.write(knownName, merged.text);
    return { kind: merged.kind, source, fileName: knownName, title };
  }

  const fileName = freeFileName(post, title, existing.names);
  await store.write(fileName, renderNewNote(note));
  existing.names.add(foldName(fileName));
  existing.byArticle.set(key, fileName);
  return { kind: 'imported', source, fileName, title };
}

/** The plain name, else the name with the post id (and a counter): never another article's file. */
function freeFileName(post: ParsedArticle['post'], title: string, taken: ReadonlySet<string>): string {
  const input = { date: post.date, slug: post.slug, title, wpId: post.id };
  let candidate = noteFileName(input);
  for (let counter = 1; taken.has(foldName(candidate)); counter++) {
    candidate = noteFileName(input, counter === 1 ? `-${post.id}` : `-${post.id}-${counter}`);
  }
  return candidate;
}
