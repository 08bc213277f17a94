import { parseFrontMatter, splitFrontMatter } from '../note/frontMatter';
import { IMPORTED_HASH_KEY, mergeNote, withImportedHash } from '../note/mergeNote';
import { noteFileName } from '../note/noteFileName';
import { renderNewNote } from '../note/renderNote';
import { parseArticleJson, type ParsedArticle } from '../wordpress/parseArticleJson';
import type { TaxonomyMapping } from '../wordpress/taxonomyMapping';
import { articleKey, articleToNote, IMPORTED_KEYS, siteOf } from './articleToNote';
import { decodeInput } from './decodeInput';
import { fileTooLargeMessage, megabytes, resolveLimits, utf8Length, type ImportLimits } from './importLimits';
import type { ArticleOutcome, ImportResult } from './importResult';
import type { NoteStore } from './noteStore';

/**
 * One input (a file, the clipboard, a fetched page) and the name used in messages: its text, or
 * its raw bytes when it comes from a file (then UTF-16 and invalid UTF-8 are told apart here).
 */
export type ArticleSource = { name: string; text: string } | { name: string; bytes: Uint8Array };

/** Suffix of the file an update is written to when the user edited the imported part of its note. */
export const UPDATE_SUFFIX = '.update.md';

export interface ImportOptions {
  taxonomyMapping: TaxonomyMapping;
  /** The time recorded as `imported`; injected so that tests and re-imports are reproducible. */
  now: () => Date;
  isCancelled?: () => boolean;
  onProgress?: (done: number, total: number) => void;
  /** Size and count limits; missing values take their defaults. */
  limits?: Partial<ImportLimits>;
}

/**
 * Imports every article of the sources into the store: new articles become notes, known ones
 * (same site and post id, found by front matter) are updated in place. Each article succeeds or
 * fails on its own.
 */
export async function importArticles(sources: readonly ArticleSource[], store: NoteStore, options: ImportOptions): Promise<ImportResult> {
  const result: ImportResult = { imported: 0, updated: 0, unchanged: 0, kept: 0, failed: 0, cancelled: false, outcomes: [] };
  const limits = resolveLimits(options.limits);
  const record = (outcome: ArticleOutcome) => {
    result.outcomes.push(outcome);
    result[outcome.kind]++;
  };

  const articles: ParsedArticle[] = [];
  for (const source of sources) {
    const text = readSource(source, limits);
    if (typeof text !== 'string') {
      record({ kind: 'failed', source: source.name, message: text.message });
      continue;
    }
    const parsed = parseArticleJson(text, source.name, limits.maxArticleMB, limits.maxArticles);
    articles.push(...parsed.articles);
    parsed.failures.forEach((failure) => record({ kind: 'failed', ...failure }));
  }
  if (articles.length > limits.maxArticles) {
    const over = articles.splice(limits.maxArticles);
    record({
      kind: 'failed',
      source: over[0].source,
      message: `${over[0].source} and the ${over.length - 1} ${over.length === 2 ? 'article' : 'articles'} after it were not imported: a batch takes at most ${limits.maxArticles} articles ` +
        '(setting rareEarthNotes.import.maxArticles, CLI --max-articles). Import them in another batch, or raise the limit.',
    });
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

/** The text of a source within the file size limit, or the failure to report. */
function readSource(source: ArticleSource, limits: ImportLimits): string | { message: string } {
  const limit = megabytes(limits.maxFileMB);
  // A character takes at most 3 bytes of UTF-8 (a surrogate pair 4 for 2), so only long texts are measured.
  const bytes = 'bytes' in source ? source.bytes.length : source.text.length * 3 <= limit ? 0 : utf8Length(source.text);
  if (bytes > limit) return { message: fileTooLargeMessage(source.name, bytes, limits) };
  if (!('bytes' in source)) return source.text;
  const decoded = decodeInput(source.bytes, source.name);
  return decoded.ok ? decoded.text : { message: decoded.message };
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
    // An update written beside an edited note is a proposal, not the article's note.
    if (name.toLowerCase().endsWith(UPDATE_SUFFIX)) continue;
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
    if (merged.kind === 'edited') {
      const updateName = updateFileName(knownName);
      // The same update as last time (only its import time differs) is not written again.
      if (hashLine(await store.read(updateName)) !== hashLine(merged.text)) await store.write(updateName, merged.text);
      return { kind: 'kept', source, fileName: knownName, updateFileName: updateName, title };
    }
    if (merged.kind === 'updated') await store.write(knownName, merged.text);
    return { kind: merged.kind, source, fileName: knownName, title };
  }

  const fileName = freeFileName(post, title, existing.names);
  await store.write(fileName, renderNewNote(withImportedHash(note, IMPORTED_KEYS)));
  existing.names.add(foldName(fileName));
  existing.byArticle.set(key, fileName);
  return { kind: 'imported', source, fileName, title };
}

function hashLine(text: string | undefined): string | undefined {
  return text === undefined ? undefined : new RegExp(`^${IMPORTED_HASH_KEY}: .*$`, 'm').exec(text)?.[0];
}

/** `2025-03-14-plant.md` → `2025-03-14-plant.update.md`: beside the note, and sorted next to it. */
export function updateFileName(fileName: string): string {
  return `${fileName.replace(/\.md$/i, '')}${UPDATE_SUFFIX}`;
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
