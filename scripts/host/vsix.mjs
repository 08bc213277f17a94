// Produces the two VSIX files a test profile needs: the extension under test
// (its production package) and the test-runner extension.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exec } from './exec.mjs';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const vsce = join(repoRoot, 'node_modules', '.bin', 'vsce');

/** `npm run package` → dist/rare-earth-notes.vsix. */
export async function packageExtension() {
  await exec('npm', ['run', 'package'], { cwd: repoRoot });
  const vsix = join(repoRoot, 'dist', 'rare-earth-notes.vsix');
  if (!existsSync(vsix)) throw new Error(`npm run package did not produce ${vsix}`);
  return vsix;
}

/** Packages test/runner-extension from a copy in tempDir (nothing is written to the tree). */
export async function packageRunnerExtension(tempDir) {
  const source = join(tempDir, 'runner-extension');
  mkdirSync(source, { recursive: true });
  cpSync(join(repoRoot, 'test', 'runner-extension'), source, { recursive: true });
  const vsix = join(tempDir, 'rare-earth-notes-test-runner.vsix');
  await exec(vsce, ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', vsix], { cwd: source });
  return vsix;
}
