#!/usr/bin/env node
// Runs the integration suites (test/integration) in VS Code desktop through
// @vscode/test-electron — for machines that can download VS Code. Where it
// cannot be downloaded, `npm run test:integration` runs the same suites in
// code-server instead.
//
//   node scripts/test-electron.mjs [--vscode-version stable|insiders|1.95.0] [--grep text]
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { exec } from './host/exec.mjs';

const repoRoot = resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: {
    'vscode-version': { type: 'string', default: process.env.VSCODE_VERSION ?? 'stable' },
    grep: { type: 'string' },
  },
});

// The development build (dist/) is what extensionDevelopmentPath loads; the
// suites are the unbundled compile in out/.
await exec(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot });
await exec(process.execPath, ['scripts/build.mjs', '--tests'], { cwd: repoRoot });

const temp = mkdtempSync(join(tmpdir(), 'ren-electron-'));
const workspace = join(temp, 'workspace');
cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });

let exitCode = 1;
try {
  exitCode = await runTests({
    version: options['vscode-version'],
    cachePath: join(repoRoot, '.vscode-test'),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'out', 'test', 'integration', 'index.js'),
    extensionTestsEnv: options.grep ? { MOCHA_GREP: options.grep } : {},
    launchArgs: [
      workspace,
      // A throwaway profile: no user settings or other extensions interfere.
      '--user-data-dir', join(temp, 'user-data'),
      '--extensions-dir', join(temp, 'extensions'),
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
  });
} catch (error) {
  console.error(`VS Code tests did not run: ${error.message ?? error}`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
process.exit(exitCode);
