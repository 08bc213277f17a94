// Compiles every TypeScript file of src/, test/ and bench/ unbundled into <outDir>/, as CommonJS, for
// mocha in plain Node and inside the extension host. Test runs that must not be disturbed by
// another build compile into a folder of their own.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..');

function listTypeScript(dir) {
  try {
    return readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .map((file) => join(repoRoot, dir, file));
  } catch {
    return [];
  }
}

/** Builds into outDir (emptied first) and returns it; `src/x.ts` lands at `<outDir>/src/x.js`. */
export async function buildTests(outDir = join(repoRoot, 'out')) {
  rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: ['src', 'test', 'bench'].flatMap(listTypeScript),
    outdir: outDir,
    outbase: repoRoot,
    platform: 'node',
    format: 'cjs',
    sourcemap: 'inline',
    target: 'es2022',
    logLevel: 'warning',
  });
  return outDir;
}
