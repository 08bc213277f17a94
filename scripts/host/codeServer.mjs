// Starts and stops a code-server on loopback with an isolated profile, so runs
// never touch the user's own VS Code settings, extensions or code-server config.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { killGroup, track } from './processes.mjs';

/**
 * A throwaway (or persistent) profile: user data, extensions, code-server
 * config and XDG dirs all live under one folder.
 */
export function profileDirs(root) {
  return {
    root,
    userDataDir: join(root, 'user-data'),
    extensionsDir: join(root, 'extensions'),
    config: join(root, 'config.yaml'),
    xdg: join(root, 'xdg'),
  };
}

// Settings that keep the workbench quiet and deterministic for tests and demos.
const defaultSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
  'files.simpleDialog.enable': true,
  // VS Code in a browser saves after a delay by default; desktop VS Code, where users run the
  // extension, does not. Tests of unsaved edits need the desktop behaviour.
  'files.autoSave': 'off',
};

/** Writes User/settings.json (merged over the defaults above) unless it exists and keep is set. */
export function writeUserSettings(profile, extra = {}, { keep = false } = {}) {
  const file = join(profile.userDataDir, 'User', 'settings.json');
  let existing = {};
  if (keep) {
    try { existing = JSON.parse(readFileSync(file, 'utf8')); } catch { /* first run */ }
  }
  mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...defaultSettings, ...extra, ...existing }, null, 2)}\n`);
}

function baseArgs(host, profile) {
  return [host.entry, '--config', profile.config, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

function hostEnv(profile, env) {
  return {
    ...process.env,
    // code-server keeps state (last opened folder, heartbeat) in XDG dirs.
    XDG_CONFIG_HOME: join(profile.xdg, 'config'),
    XDG_DATA_HOME: join(profile.xdg, 'data'),
    ...env,
  };
}

/** Installs VSIX files into the profile (one code-server invocation). */
export function installExtensions(host, profile, vsixFiles) {
  const args = [...baseArgs(host, profile), ...vsixFiles.flatMap((vsix) => ['--install-extension', vsix]), '--force'];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(host.node, args, { env: hostEnv(profile, {}), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    track(child.pid);
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.stderr.on('data', (chunk) => { out += chunk; });
    child.on('error', reject);
    child.on('exit', async (code) => {
      await killGroup(child.pid);
      if (code === 0 && !/Failed|Error/.test(out)) resolvePromise(out);
      else reject(new Error(`installing ${vsixFiles.join(', ')} failed (exit ${code}):\n${out}`));
    });
  });
}

/**
 * Starts code-server in its own process group (so stop() also ends the
 * extension hosts, pty host and file watcher it forks).
 * @param {{ host: {node: string, entry: string}, profile: ReturnType<typeof profileDirs>, folder?: string,
 *   port?: number, env?: Record<string,string>, logFile: string, timeoutMs?: number }} options
 * @returns {Promise<{ url: string, port: number, pid: number, logFile: string, stop: () => Promise<void> }>}
 */
export async function startCodeServer({ host, profile, folder, port = 0, env = {}, logFile, timeoutMs = 60_000 }) {
  const args = [
    ...baseArgs(host, profile),
    '--auth', 'none',
    // Port 0 lets the OS pick a free port; the log line below says which.
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(folder ? [folder] : []),
  ];
  const logFd = openSync(logFile, 'a');
  const child = spawn(host.node, args, { env: hostEnv(profile, env), stdio: ['ignore', logFd, logFd], detached: true });
  closeSync(logFd);
  track(child.pid);
  let exited = null;
  const exitPromise = new Promise((resolvePromise) => child.on('exit', (code, signal) => {
    exited = signal ?? code;
    resolvePromise();
  }));

  const stop = async () => {
    if (exited === null) {
      await killGroup(child.pid, exitPromise);
    } else {
      // The server is gone but forked children may still be in its group.
      await killGroup(child.pid, Promise.resolve());
    }
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = /HTTP server listening on (http:\/\/[^\s/]+:(\d+))\//.exec(readFileSync(logFile, 'utf8'));
    if (match) return { url: match[1], port: Number(match[2]), pid: child.pid, logFile, stop };
    if (exited !== null) throw new Error(`code-server exited (${exited}) before listening; log: ${logFile}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not start listening within ${timeoutMs / 1000} s; log: ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
