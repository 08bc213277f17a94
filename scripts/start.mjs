#!/usr/bin/env node
// `npm start`: Rare Earth Notes in a real VS Code (code-server) in the browser.
// Provisions what is missing, builds and installs the extension into a
// persistent profile under .vscode-test/, creates a sample workspace with
// imported notes on first start, and serves it on 127.0.0.1 until Ctrl-C.
//
// Environment: PORT (default 8080, or a free port when 8080 is taken).
// Reset the sample: delete .vscode-test/sample-workspace (and .vscode-test/start-profile for settings).
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { installExtensions, profileDirs, startCodeServer, writeUserSettings } from './host/codeServer.mjs';
import { exec } from './host/exec.mjs';
import { onInterrupt } from './host/processes.mjs';
import { cacheDir, ensureCodeServer } from './host/provision.mjs';
import { packageExtension } from './host/vsix.mjs';

const repoRoot = resolve(import.meta.dirname, '..');
const sampleWorkspace = join(cacheDir, 'sample-workspace');
const profile = profileDirs(join(cacheDir, 'start-profile'));
let server;
let watch;

onInterrupt(async () => {
  clearInterval(watch);
  await server?.stop();
  console.log('Stopped code-server.');
});

const host = await ensureCodeServer();

console.log('Building and packaging the extension…');
const vsix = await packageExtension();
mkdirSync(profile.root, { recursive: true });
await installExtensions(host, profile, [vsix]);
// Keeps what the user changed in the profile's settings since the last start.
writeUserSettings(profile, {}, { keep: true });

if (!existsSync(sampleWorkspace)) await createSampleWorkspace();

const port = await choosePort();
const logFile = join(profile.root, 'code-server.log');
server = await startCodeServer({ host, profile, folder: sampleWorkspace, port, logFile });
const url = `${server.url}/?folder=${encodeURIComponent(sampleWorkspace).replace(/%2F/g, '/')}`;
console.log(`\nRare Earth Notes is running in code-server (VS Code in the browser):\n\n  ${url}\n\nLog: ${logFile}\nPress Ctrl-C to stop.`);

// Stay up until Ctrl-C; if code-server dies on its own, say so and exit.
watch = setInterval(() => {
  try {
    process.kill(server.pid, 0);
  } catch {
    clearInterval(watch);
    console.error(`code-server exited; see ${logFile}`);
    process.exit(1);
  }
}, 1000);

async function createSampleWorkspace() {
  console.log(`Creating the sample workspace in ${sampleWorkspace}…`);
  const articles = join(sampleWorkspace, 'articles');
  mkdirSync(articles, { recursive: true });
  cpSync(join(repoRoot, 'sample', 'articles'), articles, { recursive: true });
  writeFileSync(join(sampleWorkspace, 'README.md'), [
    '# Rare Earth Notes sample workspace',
    '',
    '`articles/` holds WordPress REST article JSON; `notes/` the notes imported from them.',
    'Try **Rare Earth Notes: Import Article JSON…** from the Command Palette (F1) on an article,',
    'or **Import from WordPress Site…** with a site\'s address.',
    '',
  ].join('\n'));
  const files = readdirSync(articles).filter((name) => name.endsWith('.json')).map((name) => join(articles, name));
  try {
    const output = await exec(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'import', ...files, '--out', join(sampleWorkspace, 'notes')], { cwd: repoRoot });
    console.log(output.trim());
  } catch (error) {
    console.warn(`The sample notes could not be imported with the CLI (the workspace opens without them):\n${error.message}`);
  }
}

// PORT when set; otherwise 8080, or any free port when 8080 is taken.
async function choosePort() {
  if (process.env.PORT) return Number(process.env.PORT);
  const free = await new Promise((resolvePromise) => {
    const probe = createServer();
    probe.once('error', () => resolvePromise(false));
    probe.listen(8080, '127.0.0.1', () => probe.close(() => resolvePromise(true)));
  });
  return free ? 8080 : 0;
}
