// `npm run bench`: compiles the benchmarks and runs each in its own Node process (so one's heap does
// not skew another's), in a fixed order, then the activation benchmark in a real VS Code host, and
// writes what they measured to docs/BENCHMARKS.md. Exits non-zero when a target is missed.
//
//   npm run bench [-- --large] [-- --no-activation] [-- --only index,tree]
//
// --large adds the 50,000-article/-note sizes where a benchmark has them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem, type as osType, release } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTests } from './testBuild.mjs';

const repoRoot = resolve(import.meta.dirname, '..');
const benches = ['htmlConverters', 'importPipeline', 'grammar', 'index', 'hover', 'tree'];
const { values: options } = parseArgs({
  options: {
    large: { type: 'boolean', default: false },
    'no-activation': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const selected = options.only ? options.only.split(',') : undefined;
const resultsDir = mkdtempSync(join(tmpdir(), 'ren-bench-'));
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown CPU',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  os: `${osType()} ${release()}`,
  loadAtStart: loadavg()[0].toFixed(2),
  commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).stdout.trim() || 'unknown',
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
};

const out = await buildTests();
const failed = [];
for (const name of benches) {
  if (selected && !selected.includes(name)) continue;
  console.log(`\n## ${name}\n`);
  const args = ['--expose-gc', join(out, 'bench', `${name}.bench.js`), ...(options.large ? ['--large'] : [])];
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, BENCH_RESULTS_DIR: resultsDir } });
  if (result.status !== 0) failed.push(name);
}

if (!selected || selected.includes('activation')) {
  console.log('\n## activation and bundle sizes\n');
  writeFileSync(join(resultsDir, 'activation.json'), JSON.stringify(activationReport()));
}

const reports = readdirSync(resultsDir).filter((name) => name.endsWith('.json')).map((name) => JSON.parse(readFileSync(join(resultsDir, name), 'utf8')));
rmSync(resultsDir, { recursive: true, force: true });
const order = (report) => [...benches, 'activation'].indexOf(report.bench);
reports.sort((a, b) => order(a) - order(b));
if (!selected) {
  writeFileSync(join(repoRoot, 'docs', 'BENCHMARKS.md'), benchmarksMarkdown(reports));
  console.log('\nWrote docs/BENCHMARKS.md');
}
const missed = reports.flatMap((report) => report.results.filter((row) => row.pass === false).map((row) => row.measure));
if (failed.length > 0 || missed.length > 0) {
  console.log(`\nFell short of a target: ${[...new Set([...failed, ...missed])].join('; ')}`);
  process.exitCode = 1;
}

/** Production bundles' sizes and the activation time measured in code-server (unless skipped). */
function activationReport() {
  const results = [];
  let activation;
  if (!options['no-activation']) {
    // Outside resultsDir, which holds only benchmark reports.
    const json = join(tmpdir(), `ren-activation-${process.pid}.json`);
    // Packages the production build (npm run package) and measures it in a real VS Code host.
    const run = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'benchActivation.mjs'), '--json', json], { cwd: repoRoot, stdio: 'inherit' });
    if (run.status === 0 && existsSync(json)) activation = JSON.parse(readFileSync(json, 'utf8'));
    else {
      failed.push('activation');
      results.push({ measure: 'activation in VS Code (code-server)', value: 'not measured: scripts/benchActivation.mjs failed (see its output)', target: '≤ 50 ms', pass: false });
    }
    rmSync(json, { force: true });
  } else {
    spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), '--production'], { cwd: repoRoot, stdio: 'inherit' });
  }
  if (activation) {
    results.push({
      measure: 'activation in VS Code (code-server; Running Extensions: code loading + activate())',
      value: `median ${activation.medianMs} ms over ${activation.runs} window reloads${activation.skipped ? ` (${activation.skipped} window(s) skipped: Running Extensions listed nothing)` : ''}; a do-nothing extension in the same windows: median ${activation.baseline.medianMs} ms; ours minus it, window by window: median ${activation.overBaseline.medianMs} ms`,
      target: '≤ 50 ms',
      pass: activation.medianMs <= 50,
      spread: `min ${activation.minMs} ms, max ${activation.maxMs} ms; first load ${activation.firstLoadMs} ms; do-nothing ${activation.baseline.minMs}–${activation.baseline.maxMs} ms`,
    });
  }
  for (const [file, limit] of [['dist/extension.js', 500], ['dist/features.js', undefined], ['dist/web/extension.js', undefined], ['dist/cli.js', undefined]]) {
    const path = join(repoRoot, file);
    if (!existsSync(path)) continue;
    const kb = statSync(path).size / 1024;
    results.push({ measure: `bundle size, ${file} (production)`, value: `${kb.toFixed(0)} KB`, target: limit ? `≤ ${limit} KB` : '', pass: limit ? kb <= limit : undefined });
  }
  return { bench: 'activation', results };
}

function cell(text) {
  return String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function benchmarksMarkdown(reports) {
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${machine.date} (commit ${machine.commit}); every figure below is from that one run.`,
    'Times are medians of repeated runs, CPU time of the benchmark process where the target is "on one core";',
    'ratios are computed inside the run. The machine is shared, so absolute times vary between runs; the ratios vary less.',
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; ${machine.os}; Node ${machine.node}; load average ${machine.loadAtStart} at the start.`,
    '',
    '| benchmark | measure | result | spread | target | verdict |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const report of reports) {
    for (const row of report.results) {
      const verdict = row.pass === undefined ? '' : row.pass ? 'pass' : '**falls short**';
      lines.push(`| ${cell(report.bench)} | ${cell(row.measure)} | ${cell(row.value)} | ${cell(row.spread)} | ${cell(row.target)} | ${verdict} |`);
    }
  }
  const growth = reports.flatMap((report) => (report.growth ?? []).map((entry) => ({ bench: report.bench, ...entry })));
  if (growth.length > 0) {
    lines.push('', '## Growth with the number of notes', '',
      'Each cost per item at the smallest and the largest size measured. "Linear or better" when the cost per item at the larger size is at most 1.5× the cost per item at the smaller (the margin absorbs noise and caches warming).', '',
      '| benchmark | measure | small | large | per-item ratio | verdict |', '| --- | --- | --- | --- | --- | --- |');
    for (const entry of growth) {
      const ratio = entry.large.perItemMs / entry.small.perItemMs;
      const show = (point) => `${point.items.toLocaleString('en')}: ${point.perItemMs < 0.01 ? point.perItemMs.toExponential(2) : point.perItemMs.toFixed(3)} ms/item`;
      lines.push(`| ${cell(entry.bench)} | ${cell(entry.measure)} | ${show(entry.small)} | ${show(entry.large)} | ${ratio.toFixed(2)} | ${ratio <= 1.5 ? 'linear or better' : '**grows faster than the work**'} |`);
    }
  }
  const short = reports.flatMap((report) => report.results.filter((row) => row.pass === false).map((row) => `${report.bench}: ${row.measure}`));
  lines.push('', '## Targets missed', '', ...(short.length > 0 ? short.map((text) => `- ${text}`) : ['None in this run.']));
  const notesFile = join(repoRoot, 'docs', 'benchmark-notes.md');
  if (existsSync(notesFile)) lines.push('', readFileSync(notesFile, 'utf8').trim());
  return `${lines.join('\n')}\n`;
}
