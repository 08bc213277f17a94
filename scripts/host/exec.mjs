// Runs a build step as a child in its own process group (so Ctrl-C can end it
// with its children) and keeps its output quiet unless it fails.
import { spawn } from 'node:child_process';
import { killGroup, track } from './processes.mjs';

/** Resolves with the combined output; rejects with its tail on a non-zero exit. */
export function exec(command, args, { cwd, env = {}, echo = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    track(child.pid);
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      if (echo) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('exit', async (code, signal) => {
      await killGroup(child.pid);
      if (code === 0) return resolvePromise(output);
      const tail = output.trimEnd().split('\n').slice(-40).join('\n');
      reject(new Error(`\`${[command, ...args].join(' ')}\` failed (${signal ?? `exit ${code}`}):\n${tail}`));
    });
  });
}
