import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FileNoteStore } from '../../src/cli/fileNoteStore';
import { json, minimalPost } from '../../src/core/import/testing/fixtures';

const CLI = resolve('out/src/cli/main.js');

describe('FileNoteStore: atomic writes', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'ren-store-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces a note and leaves no temporary file behind', async () => {
    const store = new FileNoteStore(dir);
    await store.write('a.md', 'first\r\n');
    await store.write('a.md', 'second ✓\r\n');
    assert.deepEqual(readdirSync(dir), ['a.md']);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), 'second ✓\r\n');
  });

  it('a failed write keeps the old state and removes its temporary file', async () => {
    // A folder where the note should go makes the final rename fail, as a full disk or a lock would.
    mkdirSync(join(dir, 'b.md'));
    writeFileSync(join(dir, 'b.md', 'inside'), 'kept');
    await assert.rejects(new FileNoteStore(dir).write('b.md', 'new text'));
    assert.deepEqual(readdirSync(dir), ['b.md']);
    assert.equal(readFileSync(join(dir, 'b.md', 'inside'), 'utf8'), 'kept');
  });
});

describe('CLI: a note edited above ## Notes', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'ren-kept-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is kept, the update written beside it, and the summary says so', () => {
    const notes = join(dir, 'notes');
    const input = join(dir, 'a.json');
    writeFileSync(input, json(minimalPost()));
    assert.equal(spawnSync(process.execPath, [CLI, 'import', input, '--out', notes]).status, 0);
    const name = '2025-03-14-separation-plant-opens-in-texas.md';
    const edited = readFileSync(join(notes, name), 'utf8').replace('this week', 'last week (checked)');
    writeFileSync(join(notes, name), edited);
    writeFileSync(input, json(minimalPost({ content: { rendered: '<p>The plant doubled its output.</p>' } })));
    const run = spawnSync(process.execPath, [CLI, 'import', input, '--out', notes], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, 'Imported 0, updated 0, unchanged 0, kept 1 you edited (update written beside it), failed 0\n');
    assert.match(run.stderr, /^kept: 2025-03-14-separation-plant-opens-in-texas\.md \(a\.json\): you edited the article part since the last import, so it was left as it is; the update is in 2025-03-14-separation-plant-opens-in-texas\.update\.md\./);
    assert.equal(readFileSync(join(notes, name), 'utf8'), edited);
    assert.match(readFileSync(join(notes, '2025-03-14-separation-plant-opens-in-texas.update.md'), 'utf8'), /The plant doubled its output\./);
  });
});
