import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { embeddedPost, json, minimalPost, newsArchivePost } from '../../src/core/import/testing/fixtures';

/** The unbundled CLI that `node scripts/build.mjs --tests` writes. */
const CLI = resolve('out/src/cli/main.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], input?: string): Run {
  const run = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', timeout: 15000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('CLI: rare-earth-notes import', function () {
  this.timeout(30000);
  let dir: string;
  let notes: string;

  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing; run node scripts/build.mjs --tests first`);
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ren-cli-'));
    notes = join(dir, 'notes');
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function file(name: string, value: unknown): string {
    const path = join(dir, name);
    writeFileSync(path, typeof value === 'string' ? value : json(value));
    return path;
  }

  describe('exit 0', () => {
    it('imports a file, creates the notes folder and prints the summary line', () => {
      const run = cli(['import', file('articles.json', newsArchivePost()), '--out', notes]);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, 'Imported 1, updated 0, unchanged 0, failed 0\n');
      assert.equal(run.stderr, '');
      assert.deepEqual(readdirSync(notes), ['2025-06-02-magnet-makers-look-beyond-china.md']);
      const text = readFileSync(join(notes, '2025-06-02-magnet-makers-look-beyond-china.md'), 'utf8');
      assert.match(text, /^---\ntitle: /);
      assert.match(text, /\nregions:\n {2}- United States\n {2}- Australia\n/);
      assert.ok(text.endsWith('## Notes\n\n'));
    });

    it('creates a nested notes folder and accepts -o', () => {
      const nested = join(dir, 'a', 'b', 'notes');
      const run = cli(['import', file('one.json', minimalPost()), '-o', nested]);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(readdirSync(nested).length, 1);
    });

    it('imports several files and collections in one run', () => {
      const run = cli(['import', file('page.json', [minimalPost(), newsArchivePost()]), file('single.json', embeddedPost()), '--out', notes]);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, 'Imported 3, updated 0, unchanged 0, failed 0\n');
      assert.equal(readdirSync(notes).length, 3);
    });

    it('reads standard input for -', () => {
      const run = cli(['import', '-', '--out', notes], json([minimalPost(), embeddedPost()]));
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, 'Imported 2, updated 0, unchanged 0, failed 0\n');
    });

    it('reports unchanged on re-import and does not touch the file', async () => {
      const input = file('articles.json', minimalPost());
      assert.equal(cli(['import', input, '--out', notes]).status, 0);
      const [name] = readdirSync(notes);
      const path = join(notes, name);
      const withUserText = `${readFileSync(path, 'utf8')}My note.\r\n`;
      writeFileSync(path, withUserText);
      const before = statSync(path).mtimeMs;
      await new Promise((done) => setTimeout(done, 30));
      const run = cli(['import', input, '--out', notes]);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, 'Imported 0, updated 0, unchanged 1, failed 0\n');
      assert.equal(statSync(path).mtimeMs, before);
      assert.equal(readFileSync(path, 'utf8'), withUserText);
    });

    it('reports updated when the article changed, keeping the user\'s text', () => {
      const first = cli(['import', file('v1.json', minimalPost()), '--out', notes]);
      assert.equal(first.status, 0, first.stderr);
      const [name] = readdirSync(notes);
      const path = join(notes, name);
      writeFileSync(path, `${readFileSync(path, 'utf8')}Keep me ✓  \n`);
      const run = cli(['import', file('v2.json', minimalPost({ modified: '2025-04-01T00:00:00' })), '--out', notes]);
      assert.equal(run.stdout, 'Imported 0, updated 1, unchanged 0, failed 0\n');
      assert.ok(readFileSync(path, 'utf8').endsWith('## Notes\n\nKeep me ✓  \n'));
    });

    it('uses the --taxonomy mapping', () => {
      const run = cli(['import', file('a.json', newsArchivePost()), '--out', notes, '--taxonomy', 'regions=tags, organization=topics']);
      assert.equal(run.status, 0, run.stderr);
      const text = readFileSync(join(notes, readdirSync(notes)[0]), 'utf8');
      assert.match(text, /\nregions: \[\]\norganizations: \[\]\ntopics:\n {2}- MP Materials\n {2}- Lynas Rare Earths\ntags:\n {2}- United States\n {2}- Australia\n/);
    });

    it('prints the usage for --help', () => {
      const run = cli(['--help']);
      assert.equal(run.status, 0);
      assert.match(run.stdout, /^Usage: rare-earth-notes import/);
    });
  });

  describe('exit 1', () => {
    it('names the file and the JSON path of a bad article on stderr, and imports the others', () => {
      const input = file('articles.json', [minimalPost({ id: 1, slug: 'a' }), minimalPost({ id: 2, slug: 'b' }), minimalPost({ id: 3, slug: 'c' }), minimalPost({ id: 4, title: { rendered: 9 } })]);
      const run = cli(['import', input, '--out', notes]);
      assert.equal(run.status, 1);
      assert.equal(run.stdout, 'Imported 3, updated 0, unchanged 0, failed 1\n');
      assert.equal(run.stderr, 'articles.json: [3].title.rendered: expected string, received number\n');
      assert.equal(readdirSync(notes).length, 3);
    });

    it('names stdin for standard input', () => {
      const run = cli(['import', '-', '--out', notes], json({ ...minimalPost(), date: 5 }));
      assert.equal(run.status, 1);
      assert.equal(run.stderr, 'stdin: date: expected string, received number\n');
      assert.equal(run.stdout, 'Imported 0, updated 0, unchanged 0, failed 1\n');
    });

    it('reports a missing file and still imports the others', () => {
      const missing = join(dir, 'nope.json');
      const run = cli(['import', missing, file('ok.json', minimalPost()), '--out', notes]);
      assert.equal(run.status, 1);
      assert.equal(run.stdout, 'Imported 1, updated 0, unchanged 0, failed 1\n');
      assert.equal(run.stderr, `${missing}: cannot be read (ENOENT).\n`);
    });

    it('reports JSON that is not a post', () => {
      const run = cli(['import', file('error.json', { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } }), file('bad.json', '{oops'), '--out', notes]);
      assert.equal(run.status, 1);
      assert.equal(run.stdout, 'Imported 0, updated 0, unchanged 0, failed 2\n');
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines[0], 'error.json: the site answered with a WordPress error instead of a post: rest_post_invalid_id: Invalid post ID.');
      assert.match(lines[1], /^bad\.json: not valid JSON/);
    });

    it('does not overwrite a note without a Notes heading', () => {
      const input = file('a.json', minimalPost());
      assert.equal(cli(['import', input, '--out', notes]).status, 0);
      const [name] = readdirSync(notes);
      const path = join(notes, name);
      const edited = readFileSync(path, 'utf8').replace('## Notes\n', 'my text\n');
      writeFileSync(path, edited);
      const run = cli(['import', file('b.json', minimalPost({ modified: '2025-09-09T00:00:00' })), '--out', notes]);
      assert.equal(run.status, 1);
      assert.match(run.stderr, new RegExp(`^b\\.json: ${name.replace(/\./g, '\\.')} was not updated: it has no "## Notes" heading`));
      assert.equal(readFileSync(path, 'utf8'), edited);
    });
  });

  describe('exit 2 (usage errors)', () => {
    it('exits 2 when --out names a file, without a stack trace', () => {
      const notAFolder = file('notes.txt', 'x');
      const run = cli(['import', file('a.json', minimalPost()), '--out', notAFolder]);
      assert.equal(run.status, 2);
      assert.ok(run.stderr.startsWith(`rare-earth-notes: --out ${notAFolder} is not a folder\n`), run.stderr);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
    });

    for (const [what, args, message] of [
      ['no arguments', [], 'missing command'],
      ['an unknown command', ['export', 'a.json', '--out', 'x'], 'unknown command "export"'],
      ['no input', ['import', '--out', 'x'], 'name at least one JSON file, or - for standard input'],
      ['no --out', ['import', 'a.json'], '--out <notes dir> is required'],
      ['a bad --taxonomy', ['import', 'a.json', '--out', 'x', '--taxonomy', 'regions=places'], '--taxonomy: "places" in "regions=places" is not one of regions, organizations, topics, tags'],
      ['a --taxonomy without =', ['import', 'a.json', '--out', 'x', '--taxonomy', 'regions'], '--taxonomy: "regions" is not of the form <taxonomy>=<key>, e.g. regions=regions'],
      ['an unknown option', ['import', 'a.json', '--out', 'x', '--force'], "Unknown option '--force'"],
      ['--out without a value', ['import', 'a.json', '--out'], "Option '-o, --out <value>' argument missing"],
    ] as const) {
      it(`exits 2 for ${what}, with the usage on stderr and nothing written`, () => {
        const run = cli([...args].map((arg) => (arg === 'x' ? notes : arg)));
        assert.equal(run.status, 2);
        assert.equal(run.stdout, '');
        assert.ok(run.stderr.startsWith(`rare-earth-notes: ${message}`), run.stderr);
        assert.match(run.stderr, /\nUsage: rare-earth-notes import/);
        assert.equal(existsSync(notes), false);
      });
    }
  });
});
