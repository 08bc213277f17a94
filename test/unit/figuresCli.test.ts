import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The unbundled CLI that `node scripts/build.mjs --tests` writes. */
const CLI = resolve('out/src/cli/main.js');

function cli(args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 15000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const IMPORTED = `---
title: "China's grip: 69% of mining, 90% of processing"
source: https://rare-earth-desk.example/2025/05/grip/
wp_id: 12
site: rare-earth-desk.example
type: post
date: 2025-05-14T16:05:00
modified: 2025-05-14T16:05:00
regions: [China]
organizations: []
topics: []
tags: []
excerpt: ''
imported: 2026-01-01T00:00:00.000Z
---

# China's grip

China controls 69% of global rare earth element (REE) mining and 90% of processing capacity.

Dysprosium oxide prices rose to $260/kg, "a record", said analysts.

## Notes
`;

const OWN = `# My own note

MP Materials plant in Texas slated to produce ~1,000 tons/year by 2025.

\`\`\`
12% inside code
\`\`\`
`;

describe('CLI: rare-earth-notes figures', function () {
  this.timeout(30000);
  let dir: string;

  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing; run node scripts/build.mjs --tests first`);
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ren-figures-'));
    mkdirSync(join(dir, '2025'));
    writeFileSync(join(dir, '2025', 'grip.md'), IMPORTED);
    writeFileSync(join(dir, 'own.md'), OWN);
    writeFileSync(join(dir, 'readme.txt'), 'China controls 99% of nothing.');
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints a table of every figure with its source, reading subfolders', () => {
    const run = cli(['figures', dir]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^Figure +Value +Subjects +Metric +Note +Site +Date +Source$/);
    assert.match(run.stdout, /\n69% +69 % +China +mining share +China's grip: 69% of mining, 90% of processing \(2025\/grip\.m… +rare-earth-desk\.example +2025-05-14 +https:\/\/rare-earth-desk\.example\/2025\/05\/grip\/\n/);
    assert.match(run.stdout, /\n~1,000 tons\/year +~1000 t\/yr +United States, MP Materials +production +My own note \(own\.md:3\) +own\.md\n/);
    assert.equal(lines[lines.length - 1], '4 figures in 2 notes.');
  });

  it('--json: an array of figures, each with its provenance', () => {
    const run = cli(['figures', dir, '--json']);
    assert.equal(run.status, 0, run.stderr);
    const rows = JSON.parse(run.stdout) as { raw: string; value: number; unit?: string; metric?: string; provenance: Record<string, string> }[];
    assert.deepEqual(rows.map((row) => row.raw), ['69%', '90%', '$260/kg', '~1,000 tons/year']);
    assert.deepEqual(rows[2].provenance, {
      notePath: '2025/grip.md',
      title: "China's grip: 69% of mining, 90% of processing",
      site: 'rare-earth-desk.example',
      date: '2025-05-14T16:05:00',
      url: 'https://rare-earth-desk.example/2025/05/grip/',
    });
    assert.deepEqual([rows[2].value, rows[2].unit, rows[2].metric], [260, 'USD/kg', 'price']);
    assert.deepEqual(rows[3].provenance, { notePath: 'own.md', title: 'My own note' });
  });

  it('--csv: RFC 4180 with a header row', () => {
    const run = cli(['figures', '--csv', dir]);
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.split('\r\n');
    assert.equal(lines[0], 'note,line,title,site,date,url,raw,value,valueMax,unit,approximate,metric,elements,regions,organizations,sentence');
    assert.equal(lines[1], `2025/grip.md,19,"China's grip: 69% of mining, 90% of processing",rare-earth-desk.example,2025-05-14T16:05:00,https://rare-earth-desk.example/2025/05/grip/,69%,69,,%,false,mining share,,China,,China controls 69% of global rare earth element (REE) mining and 90% of processing capacity.`);
    assert.ok(lines[3].includes(',$260/kg,260,,USD/kg,false,price,Dy,,,"Dysprosium oxide prices rose to $260/kg, ""a record"", said analysts."'), lines[3]);
    assert.equal(lines.length, 6, 'four rows, and the text ends with CRLF');
    assert.equal(lines[5], '');
  });

  it('says so when there are no figures', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'a.md'), '# A\n\nNothing to count here.\n');
    const run = cli(['figures', empty]);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, 'No figures in 1 note.\n');
  });

  for (const [what, args, message] of [
    ['no folder', ['figures'], 'name the notes folder to read'],
    ['a missing folder', ['figures', 'MISSING'], 'MISSING: no such folder'],
    ['a file instead of a folder', ['figures', 'FILE'], 'FILE is not a folder'],
    ['both --json and --csv', ['figures', 'DIR', '--json', '--csv'], '--json and --csv cannot be used together'],
    ['two folders', ['figures', 'DIR', 'DIR'], 'name one notes folder, not 2'],
    ['an unknown option', ['figures', 'DIR', '--xml'], "Unknown option '--xml'"],
  ] as const) {
    it(`exits 2 for ${what}, with the usage on stderr`, () => {
      const paths: Record<string, string> = { DIR: dir, MISSING: join(dir, 'missing'), FILE: join(dir, 'own.md') };
      const run = cli(args.map((arg) => paths[arg] ?? arg));
      const expected = message.replace(/MISSING|FILE/, (name) => paths[name]);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.ok(run.stderr.startsWith(`rare-earth-notes: ${expected}`), run.stderr);
      assert.match(run.stderr, /\nUsage: rare-earth-notes figures <notes dir> \[--json \| --csv\]\n/);
    });
  }

  it('--help shows both commands', () => {
    const run = cli(['--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: rare-earth-notes import/);
    assert.match(run.stdout, /\nUsage: rare-earth-notes figures/);
  });
});
