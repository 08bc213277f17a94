// Runs before `npm start` and `npm test`: on a fresh clone, installs the npm packages first, so
// that those two commands are all a newcomer needs. Uses only Node built-ins.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..');
const installed = join(repoRoot, 'node_modules', '.package-lock.json');
const lock = join(repoRoot, 'package-lock.json');

if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('Installing npm packages (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('npm ci failed; see its output above. Fix that, then run the command again.');
    process.exit(result.status ?? 1);
  }
}
