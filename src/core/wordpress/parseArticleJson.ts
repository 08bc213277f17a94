import type { $ZodIssue } from 'zod/v4/core';
import { DEFAULT_IMPORT_LIMITS, formatMB, MAX_TITLE_CHARS, megabytes, utf8Length } from '../import/importLimits';
import { wpPostSchema, type WpPost } from './wpPost';

/** One article taken from an input, with where it came from for messages. */
export interface ParsedArticle {
  post: WpPost;
  /** `articles.json`, or `articles.json [3]` for the fourth item of a collection. */
  source: string;
}

export interface ArticleParseFailure {
  source: string;
  message: string;
}

export interface ParsedArticles {
  articles: ParsedArticle[];
  failures: ArticleParseFailure[];
}

/**
 * Reads the text of a REST API answer: one post, or an array of posts (a collection page).
 * Every problem is reported as `<source>: <JSON path>: <what is wrong>`, and one bad
 * article never hides the good ones beside it.
 */
export function parseArticleJson(
  text: string,
  sourceName: string,
  maxArticleMB = DEFAULT_IMPORT_LIMITS.maxArticleMB,
  maxItems = DEFAULT_IMPORT_LIMITS.maxArticles,
): ParsedArticles {
  const json = text.replace(/^\uFEFF/, '');
  if (json.trim() === '') {
    return fail(sourceName, `${sourceName}: empty; there is no JSON in it. Save the answer of the site's REST API (…/wp-json/wp/v2/…) again.`);
  }
  if (/^\s*<(?:!doctype|html|head|body|\?xml)\b/i.test(json)) {
    return fail(sourceName, `${sourceName}: an HTML or XML page, not JSON (often a login, error or feed page saved instead of the REST API answer). Open the article's …/wp-json/wp/v2/… address and save what it shows.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return fail(sourceName, `${sourceName}: not valid JSON (${quote((error as Error).message)}). Export the article again from the site's REST API (…/wp-json/wp/v2/…).`);
  }
  if (Array.isArray(data)) {
    if (data.length === 0) {
      return fail(sourceName, `${sourceName}: the collection is empty; there is no article to import.`);
    }
    const result: ParsedArticles = { articles: [], failures: [] };
    // Items past the batch limit are not even checked: a million bad items must not mean a million messages.
    data.slice(0, maxItems).forEach((item, index) => {
      const parsed = parseOne(item, sourceName, `[${index}]`, maxArticleMB);
      if ('post' in parsed) result.articles.push(parsed);
      else result.failures.push(parsed);
    });
    if (data.length > maxItems) {
      result.failures.push({
        source: `${sourceName} [${maxItems}]`,
        message: `${sourceName}: [${maxItems}] and the ${plural(data.length - maxItems - 1, 'item')} after it were not read: a batch takes at most ${maxItems} articles ` +
          '(setting rareEarthNotes.import.maxArticles, CLI --max-articles). Split the collection, or raise the limit.',
      });
    }
    return result;
  }
  const parsed = parseOne(data, sourceName, '', maxArticleMB);
  return 'post' in parsed ? { articles: [parsed], failures: [] } : { articles: [], failures: [parsed] };
}

function parseOne(item: unknown, sourceName: string, basePath: string, maxArticleMB: number): ParsedArticle | ArticleParseFailure {
  const source = basePath ? `${sourceName} ${basePath}` : sourceName;
  const where = basePath ? `${sourceName}: ${basePath}` : sourceName;
  const notAPost = describeNonPost(item);
  if (notAPost) return { source, message: `${where}: ${notAPost}` };

  const result = wpPostSchema.safeParse(item);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${joinPath(basePath, issue.path)}: ${describeIssue(issue, item)}`);
    return { source, message: `${sourceName}: ${problems.join('; ')}` };
  }
  const titleLength = result.data.title.rendered.length;
  if (titleLength > MAX_TITLE_CHARS) {
    return { source, message: `${sourceName}: ${joinPath(basePath, ['title', 'rendered'])}: ${titleLength.toLocaleString('en-US')} characters, far longer than a title (the limit is ${MAX_TITLE_CHARS.toLocaleString('en-US')}); the JSON is probably damaged. Export the article again.` };
  }
  // The excerpt goes into front matter, so it is held to the same limit as the body.
  for (const field of ['content', 'excerpt'] as const) {
    const bytes = utf8Length(result.data[field]?.rendered ?? '');
    if (bytes > megabytes(maxArticleMB)) {
      return { source, message: `${sourceName}: ${joinPath(basePath, [field, 'rendered'])}: ${formatMB(bytes)}, over the limit of ${maxArticleMB} MB for one article (setting rareEarthNotes.import.maxArticleMB, CLI --max-article-mb). Raise the limit if the article is really that long.` };
    }
  }
  if (result.data.content.protected === true) {
    return { source, message: `${where}: the post is password-protected, so its content is not in the JSON. Import it from a session logged in to the site, or ask the site for an unprotected copy.` };
  }
  return { post: result.data, source };
}

/** Recognises answers that are valid JSON but clearly not a post, to say so plainly. */
function describeNonPost(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    return `expected a WordPress post object, received ${typeOf(item)}.`;
  }
  const record = item as Record<string, unknown>;
  if (typeof record.code === 'string' && typeof record.message === 'string' && !('id' in record)) {
    return `the site answered with a WordPress error instead of a post: ${quote(record.code)}: ${quote(record.message)}`;
  }
  // A post may well have a taxonomy or custom field called `channel` or `feed`; a feed has no `id`.
  if (!('id' in record) && ('rss' in record || 'channel' in record || 'feed' in record || (typeof record.version === 'string' && Array.isArray(record.items)))) {
    return 'this looks like an RSS or Atom feed, not a WordPress REST API post. Use the site\'s …/wp-json/wp/v2/… URL instead.';
  }
  return undefined;
}

function joinPath(basePath: string, path: readonly PropertyKey[]): string {
  const rest = path.map(pathStep).join('');
  const joined = basePath + rest;
  return joined.startsWith('.') ? joined.slice(1) : joined || '(root)';
}

/** `[3]`, `.title`, or `["wp:term"]` for a key that is not a plain name, as JavaScript would write it. */
function pathStep(key: PropertyKey): string {
  if (typeof key === 'number') return `[${key}]`;
  const name = quote(String(key), 60);
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

function describeIssue(issue: $ZodIssue, root: unknown): string {
  if (issue.code === 'invalid_type') {
    const received = valueAt(root, issue.path);
    return received === undefined
      ? `required, but missing (expected ${issue.expected})`
      : `expected ${issue.expected === 'int' ? 'integer' : issue.expected}, received ${typeOf(received)}`;
  }
  if (issue.code === 'invalid_union') {
    return `expected ${issue.path.at(-1) === 'class_list' ? 'an array or object of strings' : 'a number or string'}, received ${typeOf(valueAt(root, issue.path))}`;
  }
  if (issue.code === 'too_big' || issue.code === 'too_small' || issue.message === 'Invalid input') {
    const received = valueAt(root, issue.path);
    if (typeof received === 'number' && !Number.isSafeInteger(received)) return `expected a whole number, received ${received} (too large to be a post id)`;
  }
  return issue.message;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}

/** Text from the input, fit for a one-line message: no control characters, no line breaks, not too long. */
function quote(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function fail(source: string, message: string): ParsedArticles {
  return { articles: [], failures: [{ source, message }] };
}
