import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importArticles, type ArticleSource, type ImportOptions } from '../../src/core/import/importArticles';
import type { ImportResult } from '../../src/core/import/importResult';
import { json, minimalPost } from '../../src/core/import/testing/fixtures';
import { MemoryNoteStore } from '../../src/core/import/testing/memoryNoteStore';
import { DEFAULT_TAXONOMY_MAPPING } from '../../src/core/wordpress/taxonomyMapping';

/**
 * The bad-input corpus: each file of test/fixtures/bad-inputs with the exact messages expected
 * ("@" stands for the file name) and how many notes it still yields. UTF-8 with a byte order mark
 * and UTF-16 (with a byte order mark, or recognisable by its zero bytes) are decoded and imported;
 * any other text that is not UTF-8 is refused.
 */
const CORPUS: readonly [file: string, notes: number, messages: string[]][] = [
  ['array-of-nulls.json', 0, ['@: [0]: expected a WordPress post object, received null.', '@: [1]: expected a WordPress post object, received null.']],
  ['bom-utf8.json', 1, []],
  ['boolean.json', 0, ['@: expected a WordPress post object, received boolean.']],
  ['class-list-number.json', 0, ['@: class_list: expected an array or object of strings, received number']],
  ['comments.json', 0, ['@: not valid JSON (Unexpected token \'/\', "// exporte"... is not valid JSON). Export the article again from the site\'s REST API (…/wp-json/wp/v2/…).']],
  ['content-missing.json', 0, ['@: content: required, but missing (expected object)']],
  ['content-null.json', 0, ['@: content: expected object, received null']],
  ['date-february-30.json', 0, ['@: date: expected an ISO 8601 date such as 2025-08-29T16:29:50']],
  ['date-month-13.json', 0, ['@: date: expected an ISO 8601 date such as 2025-08-29T16:29:50']],
  ['date-number.json', 0, ['@: date: expected string, received number']],
  ['date-words.json', 0, ['@: date: expected an ISO 8601 date such as 2025-08-29T16:29:50']],
  ['embedded-terms-not-array.json', 0, ['@: _embedded["wp:term"]: expected array, received string']],
  ['empty-array.json', 0, ['@: the collection is empty; there is no article to import.']],
  ['empty-file.json', 0, ['@: empty; there is no JSON in it. Save the answer of the site\'s REST API (…/wp-json/wp/v2/…) again.']],
  ['empty-object.json', 0, ['@: id: required, but missing (expected number); link: required, but missing (expected string); date: required, but missing (expected string); title: required, but missing (expected object); content: required, but missing (expected object)']],
  ['excerpt-number.json', 0, ['@: excerpt.rendered: expected string, received number']],
  ['html-login-page.json', 0, ['@: an HTML or XML page, not JSON (often a login, error or feed page saved instead of the REST API answer). Open the article\'s …/wp-json/wp/v2/… address and save what it shows.']],
  ['id-fraction.json', 0, ['@: id: expected integer, received number']],
  ['id-negative.json', 0, ['@: id: expected a post id of 0 or more']],
  ['id-string.json', 0, ['@: id: expected number, received string']],
  ['id-too-large.json', 0, ['@: id: expected a whole number, received 100000000000000000000 (too large to be a post id)']],
  ['invalid-utf8.json', 0, ['@: not valid UTF-8 text (it holds bytes that are not characters in that encoding). Save the JSON as UTF-8 and import it again.']],
  ['json-feed.json', 0, ['@: this looks like an RSS or Atom feed, not a WordPress REST API post. Use the site\'s …/wp-json/wp/v2/… URL instead.']],
  ['latin1.json', 0, ['@: not valid UTF-8 text (it holds bytes that are not characters in that encoding). Save the JSON as UTF-8 and import it again.']],
  ['link-javascript.json', 0, ['@: link: expected an absolute http(s) URL']],
  ['link-missing.json', 0, ['@: link: required, but missing (expected string)']],
  ['link-relative.json', 0, ['@: link: expected an absolute http(s) URL']],
  ['mixed-batch.json', 2, ['@: [1].title.rendered: expected string, received null', '@: [3]: the site answered with a WordPress error instead of a post: rest_forbidden: Sorry, you are not allowed to do that.', '@: [4]: expected a WordPress post object, received string.']],
  ['modified-invalid.json', 0, ['@: modified: expected an ISO 8601 date such as 2025-08-29T16:29:50']],
  ['nan.json', 0, ['@: not valid JSON (Unexpected token \'N\', ..."{ "id": NaN, "li"... is not valid JSON). Export the article again from the site\'s REST API (…/wp-json/wp/v2/…).']],
  ['nested-array.json', 0, ['@: [0]: expected a WordPress post object, received array.']],
  ['null.json', 0, ['@: expected a WordPress post object, received null.']],
  ['number.json', 0, ['@: expected a WordPress post object, received number.']],
  ['odd-key-in-class-list.json', 0, ['@: class_list: expected an array or object of strings, received object']],
  ['password-protected.json', 0, ['@: the post is password-protected, so its content is not in the JSON. Import it from a session logged in to the site, or ask the site for an unprotected copy.']],
  ['path-traversal-slug.json', 1, []],
  ['proto-keys.json', 1, []],
  ['reserved-name.json', 1, []],
  ['rss-like.json', 0, ['@: this looks like an RSS or Atom feed, not a WordPress REST API post. Use the site\'s …/wp-json/wp/v2/… URL instead.']],
  ['single-quotes.json', 0, ['@: not valid JSON (Expected property name or \'}\' in JSON at position 1). Export the article again from the site\'s REST API (…/wp-json/wp/v2/…).']],
  ['string.json', 0, ['@: expected a WordPress post object, received string.']],
  ['title-missing.json', 0, ['@: title: required, but missing (expected object)']],
  ['title-number.json', 0, ['@: title.rendered: expected string, received number']],
  ['title-plain-string.json', 0, ['@: title: expected object, received string']],
  ['trailing-comma.json', 0, ['@: not valid JSON (Expected double-quoted property name in JSON at position 313). Export the article again from the site\'s REST API (…/wp-json/wp/v2/…).']],
  ['truncated-array.json', 0, ['@: not valid JSON (Unterminated string in JSON at position 345). Export the article again from the site\'s REST API (…/wp-json/wp/v2/…).']],
  ['truncated-object.json', 0, ['@: not valid JSON (Unterminated string in JSON at position 120). Export the article again from the site\'s REST API (…/wp-json/wp/v2/…).']],
  ['utf16be-bom.json', 1, []],
  ['utf16le-bom.json', 1, []],
  ['utf16le-no-bom.json', 1, []],
  ['whitespace-only.json', 0, ['@: empty; there is no JSON in it. Save the answer of the site\'s REST API (…/wp-json/wp/v2/…) again.']],
  ['wordpress-error-long-message.json', 0, ['@: the site answered with a WordPress error instead of a post: rest_forbidden fake: Sorry, you are not allowed to do that. <script>alert(1)</script> xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…']],
  ['wordpress-error.json', 0, ['@: the site answered with a WordPress error instead of a post: rest_post_invalid_id: Invalid post ID.']],
];

const FIXTURES = resolve('test/fixtures/bad-inputs');
const CLI = resolve('out/src/cli/main.js');
const NOW = new Date('2025-07-01T12:00:00.000Z');
/** A good article that travels with every bad input: it must always be imported. */
const GOOD_TEXT = json(minimalPost({ id: 9001, link: 'https://other-site.example/good/', title: { rendered: 'Good Article Imported Anyway' } }));
const GOOD: ArticleSource = { name: 'good.json', text: GOOD_TEXT };
const GOOD_NOTE = '2025-03-14-good-article-imported-anyway.md';

function options(overrides: Partial<ImportOptions> = {}): ImportOptions {
  return { taxonomyMapping: DEFAULT_TAXONOMY_MAPPING, now: () => NOW, ...overrides };
}

function failures(result: ImportResult): string[] {
  return result.outcomes.flatMap((outcome) => (outcome.kind === 'failed' ? [outcome.message] : []));
}

function expected(file: string, messages: string[]): string[] {
  return messages.map((message) => message.replace(/^@/, file));
}

/** Imports one generated input beside the good article; returns the result and the store. */
async function importWithGood(source: ArticleSource, overrides: Partial<ImportOptions> = {}) {
  const store = new MemoryNoteStore();
  const result = await importArticles([source, GOOD], store, options(overrides));
  assert.ok(store.files.has(GOOD_NOTE), 'the good article of the batch is imported');
  return { result, store };
}

describe('bad inputs', function () {
  this.timeout(60000);

  it('the corpus has at least 40 inputs, and every file is in the table', () => {
    const files = readdirSync(FIXTURES).sort();
    assert.ok(files.length >= 40, `only ${files.length} bad inputs`);
    assert.deepEqual(files, CORPUS.map(([file]) => file).sort());
  });

  describe('through importArticles, each beside a good article', () => {
    for (const [file, notes, messages] of CORPUS) {
      it(file, async () => {
        const store = new MemoryNoteStore();
        const result = await importArticles([{ name: file, bytes: readFileSync(join(FIXTURES, file)) }, GOOD], store, options());
        assert.deepEqual(failures(result), expected(file, messages));
        assert.equal(result.failed, messages.length);
        assert.equal(result.imported, notes + 1);
        assert.equal(store.files.size, notes + 1, 'no note for a refused article');
        assert.ok(store.files.has(GOOD_NOTE));
        for (const name of store.files.keys()) assert.match(name, /^[a-z0-9][a-z0-9-]*\.md$/);
      });
    }

    it('keys such as __proto__ do not pollute objects', async () => {
      await importArticles([{ name: 'proto-keys.json', bytes: readFileSync(join(FIXTURES, 'proto-keys.json')) }], new MemoryNoteStore(), options());
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });

    it('UTF-16 and a byte order mark give the same note as plain UTF-8', async () => {
      const plain = new MemoryNoteStore();
      await importArticles([{ name: 'a.json', text: readFileSync(join(FIXTURES, 'bom-utf8.json'), 'utf8').slice(1) }], plain, options());
      for (const file of ['bom-utf8.json', 'utf16le-bom.json', 'utf16be-bom.json', 'utf16le-no-bom.json']) {
        const store = new MemoryNoteStore();
        await importArticles([{ name: file, bytes: readFileSync(join(FIXTURES, file)) }], store, options());
        assert.deepEqual(store.only(), plain.only(), file);
      }
    });
  });

  describe('generated at run time', () => {
    it('a 51 MB input is refused by the file size limit', async () => {
      const text = `[${json(minimalPost()).padEnd(51 * 1024 * 1024, ' ')}]`;
      const { result } = await importWithGood({ name: 'huge.json', text });
      assert.deepEqual(failures(result), ['huge.json: 51.0 MB, over the limit of 50 MB for one input (setting rareEarthNotes.import.maxFileMB, CLI --max-file-mb). Export the articles in smaller pages (per_page, page=), or raise the limit.']);
    });

    it('the file size limit is a setting', async () => {
      const { result } = await importWithGood({ name: 'a.json', bytes: new Uint8Array(2 * 1024 * 1024).fill(32) }, { limits: { maxFileMB: 1 } });
      assert.deepEqual(failures(result), ['a.json: 2.0 MB, over the limit of 1 MB for one input (setting rareEarthNotes.import.maxFileMB, CLI --max-file-mb). Export the articles in smaller pages (per_page, page=), or raise the limit.']);
    });

    it('10,000 levels of JSON nesting: as the post, and inside a post', async () => {
      const deep = `${'['.repeat(10000)}${']'.repeat(10000)}`;
      const { result } = await importWithGood({ name: 'deep.json', text: deep });
      assert.deepEqual(failures(result), ['deep.json: [0]: expected a WordPress post object, received array.']);
      const nestedObject = `${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}`;
      const inside = json(minimalPost({ id: 5 })).replace(/^\{/, `{"extra": ${nestedObject}, "title": ${nestedObject.replace('1', '"x"')},`);
      const second = await importWithGood({ name: 'deep-post.json', text: inside });
      assert.deepEqual(failures(second.result), []);
      assert.equal(second.result.imported, 2, 'unknown nested fields are ignored; the later title wins');
    });

    it('a 5 MB title is refused by the title limit', async () => {
      const text = json(minimalPost({ title: { rendered: 'Rare '.repeat(1024 * 1024) } }));
      const { result, store } = await importWithGood({ name: 'title.json', text });
      assert.deepEqual(failures(result), ['title.json: title.rendered: 5,242,880 characters, far longer than a title (the limit is 2,000); the JSON is probably damaged. Export the article again.']);
      assert.equal(store.files.size, 1);
    });

    it('an article body over the body limit is refused, the rest of its collection imported', async () => {
      const big = minimalPost({ id: 7, link: 'https://rare-earth-news.example/big/', content: { rendered: `<p>${'x'.repeat(6 * 1024 * 1024)}</p>` } });
      const small = minimalPost({ id: 8, link: 'https://rare-earth-news.example/small/', title: { rendered: 'Small One' } });
      const { result, store } = await importWithGood({ name: 'big.json', text: json([small, big]) });
      assert.deepEqual(failures(result), ['big.json: [1].content.rendered: 6.0 MB, over the limit of 5 MB for one article (setting rareEarthNotes.import.maxArticleMB, CLI --max-article-mb). Raise the limit if the article is really that long.']);
      assert.equal(store.files.size, 2);
    });

    it('a 6 MB excerpt is held to the same limit', async () => {
      const text = json(minimalPost({ excerpt: { rendered: 'x'.repeat(6 * 1024 * 1024) } }));
      const { result } = await importWithGood({ name: 'excerpt.json', text });
      assert.deepEqual(failures(result), ['excerpt.json: excerpt.rendered: 6.0 MB, over the limit of 5 MB for one article (setting rareEarthNotes.import.maxArticleMB, CLI --max-article-mb). Raise the limit if the article is really that long.']);
    });

    it('10,000 levels of nesting inside embedded terms and class_list', async () => {
      const deep = `${'['.repeat(10000)}${']'.repeat(10000)}`;
      const text = json(minimalPost()).replace(/^\{/, `{"_embedded": {"wp:term": [[${deep}]]}, "class_list": {"a": ${deep}},`);
      const { result } = await importWithGood({ name: 'deep-terms.json', text });
      assert.deepEqual(failures(result), ['deep-terms.json: class_list: expected an array or object of strings, received object; _embedded["wp:term"][0][0]: expected object, received array']);
    });

    it('100,000 nested <div>s convert quickly, with their text', async () => {
      const html = `${'<div>'.repeat(100000)}Neodymium output rose.${'</div>'.repeat(100000)}`;
      const { result, store } = await importWithGood({ name: 'divs.json', text: json(minimalPost({ content: { rendered: html } })) });
      assert.equal(result.imported, 2);
      assert.match(store.files.get('2025-03-14-separation-plant-opens-in-texas.md') ?? '', /\n\nNeodymium output rose\.\n\n## Notes/);
    });

    it('50,000 unclosed nested elements and an entity flood', async () => {
      const html = `${'<blockquote><b>'.repeat(50000)}${'&amp;&#x1F9F2;&lt;script&gt;'.repeat(100000)}`;
      const { result, store } = await importWithGood({ name: 'flood.json', text: json(minimalPost({ content: { rendered: html } })) });
      assert.equal(result.imported, 2);
      const note = store.files.get('2025-03-14-separation-plant-opens-in-texas.md') ?? '';
      assert.ok(!/<script/i.test(note), 'no raw <script');
      assert.ok(note.includes('&🧲'), 'the decoded text is kept');
    });

    it('a collection of a million items checks only as many as the batch takes', async () => {
      const text = `[${Array.from({ length: 1_000_000 }, () => 'null').join(',')}]`;
      const store = new MemoryNoteStore();
      const result = await importArticles([{ name: 'nulls.json', text }], store, options({ limits: { maxArticles: 2 } }));
      assert.deepEqual(failures(result), [
        'nulls.json: [0]: expected a WordPress post object, received null.',
        'nulls.json: [1]: expected a WordPress post object, received null.',
        'nulls.json: [2] and the 999997 items after it were not read: a batch takes at most 2 articles (setting rareEarthNotes.import.maxArticles, CLI --max-articles). Split the collection, or raise the limit.',
      ]);
    });

    it('a batch over the article limit imports the first ones and names the rest', async () => {
      const posts = [1, 2, 3, 4, 5].map((id) => minimalPost({ id, link: `https://rare-earth-news.example/${id}/`, title: { rendered: `Article ${id}` } }));
      const store = new MemoryNoteStore();
      const result = await importArticles([{ name: 'many.json', text: json(posts) }], store, options({ limits: { maxArticles: 3 } }));
      assert.deepEqual(failures(result), ['many.json: [3] and the 1 item after it were not read: a batch takes at most 3 articles (setting rareEarthNotes.import.maxArticles, CLI --max-articles). Split the collection, or raise the limit.']);
      assert.equal(store.files.size, 3);
      const split = new MemoryNoteStore();
      const sources = posts.map((post, index) => ({ name: `${index + 1}.json`, text: json(post) }));
      const batch = await importArticles(sources, split, options({ limits: { maxArticles: 3 } }));
      assert.deepEqual(failures(batch), ['4.json and the 1 article after it were not imported: a batch takes at most 3 articles (setting rareEarthNotes.import.maxArticles, CLI --max-articles). Import them in another batch, or raise the limit.']);
      assert.equal(split.files.size, 3);
    });
  });

  describe('through the CLI', () => {
    let dir: string;
    beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'ren-bad-')); });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('reports every bad input on stderr, imports the rest, exits 1', () => {
      const good = join(dir, 'good.json');
      writeFileSync(good, GOOD_TEXT);
      const notes = join(dir, 'notes');
      const files = CORPUS.map(([file]) => join(FIXTURES, file));
      const run = spawnSync(process.execPath, [CLI, 'import', ...files, good, '--out', notes], { encoding: 'utf8', timeout: 30000 });
      assert.equal(run.status, 1, run.stderr);
      const stderr = run.stderr.split('\n').filter(Boolean);
      const messages = CORPUS.flatMap(([file, , expectedMessages]) => expected(file, expectedMessages));
      assert.deepEqual(stderr, messages);
      const notesWritten = CORPUS.reduce((sum, [, count]) => sum + count, 1);
      // Inputs that decode to the same article update one note instead of writing another.
      assert.ok(readdirSync(notes).includes(GOOD_NOTE));
      assert.match(run.stdout, new RegExp(`^Imported \\d+, updated \\d+, unchanged \\d+, failed ${messages.length}\\n$`));
      assert.ok(readdirSync(notes).length <= notesWritten);
    });

    it('refuses a file over --max-file-mb without reading it', () => {
      const big = join(dir, 'big.json');
      writeFileSync(big, Buffer.alloc(3 * 1024 * 1024, 32));
      const run = spawnSync(process.execPath, [CLI, 'import', big, '--out', join(dir, 'notes'), '--max-file-mb', '2'], { encoding: 'utf8', timeout: 30000 });
      assert.equal(run.status, 1);
      assert.equal(run.stderr, 'big.json: 3.0 MB, over the limit of 2 MB for one input (setting rareEarthNotes.import.maxFileMB, CLI --max-file-mb). Export the articles in smaller pages (per_page, page=), or raise the limit.\n');
    });

    it('rejects a limit that is not a positive number', () => {
      const run = spawnSync(process.execPath, [CLI, 'import', 'x.json', '--out', dir, '--max-articles', 'lots'], { encoding: 'utf8', timeout: 30000 });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /--max-articles must be a number greater than 0, not "lots"/);
    });
  });
});
