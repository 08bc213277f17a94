// Provisions a code-server (VS Code server + web workbench) into the
// git-ignored .vscode-test/ folder. VS Code desktop cannot be downloaded where
// this project is tested, but code-server comes from the npm registry.
// code-server needs Node 24 and compiles native modules against it, so a Node 24
// binary (with headers) is installed from npm first and used for the install.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1'; // = VS Code 1.139.1
const NODE_VERSION = '24.22.3';

const repoRoot = resolve(import.meta.dirname, '..', '..');
export const cacheDir = join(repoRoot, '.vscode-test');
export const hostDir = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
// Written last: its presence means the install completed.
const marker = join(hostDir, '.installed');

/** Paths of an installed host. */
export function hostPaths(dir = hostDir) {
  const nodePackage = join(dir, 'node', 'node_modules', `node-${process.platform}-${process.arch}`);
  return {
    dir,
    node: join(nodePackage, 'bin', 'node'),
    nodePackage,
    entry: join(dir, 'server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

export function isProvisioned(dir = hostDir) {
  return existsSync(join(dir, '.installed')) && existsSync(hostPaths(dir).entry);
}

/**
 * Ensures the host is installed; idempotent and cheap when it already is.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<ReturnType<typeof hostPaths>>}
 */
export async function ensureCodeServer({ log = (line) => console.log(line) } = {}) {
  const paths = hostPaths();
  if (isProvisioned()) return paths;

  checkSystemDependencies();
  const started = Date.now();
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${hostDir} (once; takes a few minutes)…`);
  // A half-finished earlier attempt is not trusted.
  rmSync(hostDir, { recursive: true, force: true });
  const logFile = join(cacheDir, `code-server-${CODE_SERVER_VERSION}-install.log`);
  mkdirSync(hostDir, { recursive: true });
  writeFileSync(logFile, '');

  const nodeDir = join(hostDir, 'node');
  mkdirSync(nodeDir, { recursive: true });
  writeFileSync(join(nodeDir, 'package.json'), '{ "name": "host-node", "private": true }\n');
  await npm(['install', '--no-audit', '--no-fund', `node-${process.platform}-${process.arch}@${NODE_VERSION}`], { cwd: nodeDir, logFile });
  if (!existsSync(paths.node)) throw new Error(`Node ${NODE_VERSION} was not installed at ${paths.node} (see ${logFile})`);

  const serverDir = join(hostDir, 'server');
  mkdirSync(serverDir, { recursive: true });
  writeFileSync(join(serverDir, 'package.json'), '{ "name": "host-server", "private": true }\n');
  // npm 11 skips dependency install scripts unless allowed; code-server's
  // postinstall installs VS Code's own dependencies, so it must run. The
  // --allow-scripts flag is refused for project installs, the .npmrc key is not.
  writeFileSync(join(serverDir, '.npmrc'), 'dangerously-allow-all-scripts=true\n');
  await npm(['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: serverDir,
    logFile,
    env: {
      // npm is a `#!/usr/bin/env node` script: Node 24 first on PATH makes it,
      // and the postinstall's version check, run under Node 24.
      PATH: `${join(paths.nodePackage, 'bin')}:${process.env.PATH}`,
      // Native modules build against Node 24's headers shipped in the package
      // instead of downloading them.
      npm_config_nodedir: paths.nodePackage,
    },
  });
  if (!existsSync(paths.entry)) throw new Error(`code-server was not installed (see ${logFile})`);
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  log(`Installed code-server in ${Math.round((Date.now() - started) / 1000)} s.`);
  return paths;
}

// Fails early with the fix instead of deep inside a node-gyp log.
function checkSystemDependencies() {
  if (process.platform !== 'linux') return;
  const missing = [];
  if (!['/usr/include/gssapi/gssapi.h', '/usr/include/krb5.h'].some((file) => existsSync(file))) missing.push('libkrb5-dev');
  if (!existsSync('/usr/bin/cc') && !existsSync('/usr/bin/gcc')) missing.push('build-essential');
  if (!existsSync('/usr/bin/python3')) missing.push('python3');
  if (missing.length) {
    throw new Error(`code-server's native modules need: ${missing.join(' ')} (e.g. sudo apt-get install -y ${missing.join(' ')})`);
  }
}

/**
 * Under `npm test` the outer npm exports its config as npm_config_* variables, which the inner npm
 * would take as its own: its user agent would then claim Node 20, and code-server's postinstall
 * (which reads the Node version from it) would refuse to install.
 */
function withoutOuterNpmConfig(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key)));
}

function npm(args, { cwd, logFile, env = {} }) {
  return new Promise((resolvePromise, reject) => {
    const out = [];
    const child = spawn('npm', args, { cwd, env: { ...withoutOuterNpmConfig(process.env), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        out.push(chunk);
        writeFileSync(logFile, chunk, { flag: 'a' });
      });
    }
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) return resolvePromise();
      const tail = Buffer.concat(out).toString().split('\n').slice(-30).join('\n');
      reject(new Error(`npm ${args.join(' ')} failed (${signal ?? code}) in ${cwd}; log: ${logFile}\n${tail}`));
    });
  });
}

// `node scripts/host/provision.mjs` provisions on its own (e.g. a CI cache step).
if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const paths = await ensureCodeServer();
  console.log(readFileSync(marker, 'utf8').trim(), paths.entry);
}
