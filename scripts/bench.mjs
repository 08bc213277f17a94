// `npm run bench`: compiles the benchmarks and runs each in its own Node process (so one's heap does
// not skew another's), in a fixed order. Exits non-zero when any benchmark reports a missed target.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildTests } from './testBuild.mjs';

const repoRoot = resolve(import.meta.dirname, '..');
const benches = ['htmlConverters', 'grammar', 'index', 'hover'];

const out = await buildTests();
const missed = [];
for (const name of benches) {
  console.log(`\n## ${name}\n`);
  const result = spawnSync(process.execPath, ['--expose-gc', join(out, 'bench', `${name}.bench.js`)], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) missed.push(name);
}
if (missed.length > 0) {
  console.log(`\nFell short of a target: ${missed.join(', ')}`);
  process.exitCode = 1;
}
