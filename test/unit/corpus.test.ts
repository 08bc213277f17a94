import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { importArticles, type ArticleSource } from '../../src/core/import/importArticles';
import { MemoryNoteStore } from '../../src/core/import/testing/memoryNoteStore';
import { parseFrontMatter, splitFrontMatter } from '../../src/core/note/frontMatter';
import { DEFAULT_TAXONOMY_MAPPING } from '../../src/core/wordpress/taxonomyMapping';
import { CORPUS_DIR, corpusJsonFiles } from '../support/corpus';

const CLI = resolve('out/src/cli/main.js');

/** Inputs that the corpus README says lack required fields, and so must fail cleanly. */
const EXPECTED_FAILURES = new Set(['wordpress-demo/cpt-11.json']);
const NEWS_ARTICLE = 'rareearthexchanges-news-archive-11066.json';

function frontMatterOf(text: string): Record<string, unknown> {
  const parsed = parseFrontMatter(splitFrontMatter(text).yaml ?? '');
  assert.ok(parsed.ok, 'readable front matter');
  return parsed.data;
}

describe('corpus of real WordPress answers', function () {
  this.timeout(60000);
  let sources: ArticleSource[] = [];

  before(function () {
    if (!existsSync(CORPUS_DIR)) {
      console.log(`    skipped: ${CORPUS_DIR} does not exist`);
      this.skip();
    }
    sources = corpusJsonFiles().map((path) => ({ name: relative(CORPUS_DIR, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));
  });

  it('imports every file without throwing; only inputs lacking required fields fail, with a clear message', async () => {
    const store = new MemoryNoteStore();
    const result = await importArticles(sources, store, { taxonomyMapping: DEFAULT_TAXONOMY_MAPPING, now: () => new Date('2025-09-01T00:00:00Z') });
    const failed = result.outcomes.filter((outcome) => outcome.kind === 'failed');
    assert.deepEqual([...new Set(failed.map((outcome) => outcome.source.split(' ')[0]))], [...EXPECTED_FAILURES]);
    for (const outcome of failed) {
      assert.ok(outcome.kind === 'failed');
      assert.match(outcome.message, /^wordpress-demo\/cpt-11\.json: /);
      assert.match(outcome.message, /content: required, but missing/);
      assert.match(outcome.message, /title: required, but missing/);
      assert.match(outcome.message, /date: required, but missing/);
    }
    assert.ok(result.imported >= 10, `imported ${result.imported}`);
    assert.equal(result.imported + result.unchanged + result.updated, result.outcomes.length - result.failed);
    for (const [name, text] of store.files) {
      assert.match(name, /^[0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9-]+\.md$/);
      assert.ok(name.length <= 80, name);
      assert.ok(text.endsWith('## Notes\n\n'), name);
    }

    const again = await importArticles(sources, store, { taxonomyMapping: DEFAULT_TAXONOMY_MAPPING, now: () => new Date('2025-09-02T00:00:00Z') });
    assert.equal(again.imported, 0, 'a second import creates nothing');
    assert.equal(again.updated, 0, 'a second import changes nothing');
  });

  it(`converts ${NEWS_ARTICLE} into a clean note`, async () => {
    const store = new MemoryNoteStore();
    const source = sources.find((candidate) => candidate.name === NEWS_ARTICLE);
    assert.ok(source, `${NEWS_ARTICLE} is in the corpus`);
    const result = await importArticles([source], store, { taxonomyMapping: DEFAULT_TAXONOMY_MAPPING, now: () => new Date('2025-09-01T00:00:00Z') });
    assert.equal(result.imported, 1, JSON.stringify(result.outcomes));
    const [name, text] = store.only();
    assert.match(name, /^2025-08-29-/);
    const data = frontMatterOf(text);
    assert.deepEqual(data.regions, ['China', 'United States']);
    assert.deepEqual(data.organizations, ['China Northern Rare Earth Group', 'MP Materials']);
    assert.equal(data.type, 'news-archive');
    assert.doesNotMatch(String(data.title), /&#\d+;|&[a-z]+;/);

    const body = splitFrontMatter(text).body;
    assert.match(body, /^## \S/m, 'has ## headings');
    assert.match(body, /^- \S/m, 'has list items');
    assert.match(body, /^> \S/m, 'has blockquotes');
    assert.doesNotMatch(body, /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i, 'has no HTML tags');
    assert.ok(!body.includes('(opens in a new tab)'));
    assert.ok(!body.includes('wp:paragraph'));
    assert.ok(body.includes('~69%'), 'keeps ~69% as written');
    assert.ok(!body.includes('\\~69%'), 'does not escape the tilde');
  });

  it('gives the same result through the CLI', function () {
    if (!existsSync(CLI)) this.skip();
    const out = mkdtempSync(join(tmpdir(), 'ren-corpus-'));
    try {
      const run = spawnSync(process.execPath, [CLI, 'import', ...corpusJsonFiles(), '--out', out], { encoding: 'utf8', timeout: 30000 });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /^Imported \d+, updated 0, unchanged 0, failed 1\n$/);
      assert.match(run.stderr, /^cpt-11\.json: .*content: required, but missing/);
      assert.equal(run.stderr.trim().split('\n').length, 1);
      assert.ok(readdirSync(out).length >= 10);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
