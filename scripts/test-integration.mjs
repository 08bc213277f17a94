#!/usr/bin/env node
// Runs the integration suites (test/integration) inside a real VS Code
// extension host, and the end-to-end checks (test/e2e) through the web
// workbench, using code-server + headless Chromium. VS Code desktop cannot be
// downloaded where this project is tested; code-server comes from npm.
//
//   node scripts/test-integration.mjs [--timeout 600] [--grep text] [--no-e2e]
//        [--vsix path/to/rare-earth-notes.vsix] [--keep] [--headed]
//
// Environment: TEST_TIMEOUT (seconds), RARE_EARTH_VSIX, CHROMIUM_PATH, HEADED=1.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, newWorkbenchContext } from './host/browser.mjs';
import { installExtensions, profileDirs, startCodeServer, writeUserSettings } from './host/codeServer.mjs';
import { onInterrupt } from './host/processes.mjs';
import { cacheDir, ensureCodeServer } from './host/provision.mjs';
import { createReporter } from './host/report.mjs';
import { followJsonLines } from './host/results.mjs';
import { packageExtension, packageRunnerExtension } from './host/vsix.mjs';
import { buildTests } from './testBuild.mjs';

const repoRoot = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { values: options } = parseArgs({
  options: {
    timeout: { type: 'string', default: process.env.TEST_TIMEOUT ?? '600' },
    'startup-timeout': { type: 'string', default: '120' },
    grep: { type: 'string' },
    'no-e2e': { type: 'boolean', default: false },
    vsix: { type: 'string', default: process.env.RARE_EARTH_VSIX },
    keep: { type: 'boolean', default: false },
    headed: { type: 'boolean', default: process.env.HEADED === '1' },
  },
});
const timeoutSeconds = Number(options.timeout);
const resultsDir = join(repoRoot, 'test-results');
const reporter = createReporter();
const started = Date.now();

// Everything the run starts, so every exit path can stop it.
const run = { phase: 'starting', temp: undefined, compiled: undefined, server: undefined, browser: undefined, stopping: false };

async function stopAll() {
  const { browser, server } = run;
  run.browser = run.server = undefined;
  await browser?.close().catch(() => {});
  await server?.stop().catch(() => {});
  for (const dir of [run.temp, run.compiled]) {
    if (dir && !options.keep) rmSync(dir, { recursive: true, force: true });
    else if (dir) console.log(`Kept ${dir}`);
  }
}

/** On failure: the code-server log and VS Code's logs (extension host included) go to test-results/. */
function saveLogs() {
  if (!run.temp) return;
  mkdirSync(resultsDir, { recursive: true });
  const copies = [
    [join(run.temp, 'code-server.log'), join(resultsDir, 'code-server.log')],
    [join(run.temp, 'profile', 'user-data', 'logs'), join(resultsDir, 'vscode-logs')],
    [join(run.temp, 'results.jsonl'), join(resultsDir, 'integration-results.jsonl')],
  ];
  for (const [from, to] of copies) if (existsSync(from)) cpSync(from, to, { recursive: true });
  console.log(`Logs saved in ${resultsDir}/ (code-server.log, vscode-logs/).`);
}

function finish(code) {
  console.log(`\nFinished in ${Math.round((Date.now() - started) / 1000)} s.`);
  // The counts line comes last, for people and scripts alike.
  const counts = reporter.finish();
  const failed = code !== 0 || counts.failed > 0 || counts.passed === 0;
  process.exitCode = failed ? 1 : 0;
  return failed;
}

onInterrupt(async () => {
  run.stopping = true;
  reporter.error(`Interrupted while ${run.phase}`, 'interrupted');
  saveLogs();
  await stopAll();
  reporter.finish();
});

// The timeout covers the run itself, not the one-time install of code-server (minutes on a busy
// machine), which npm bounds on its own.
let overallTimer;
function startOverallTimer() {
  overallTimer = setTimeout(async () => {
    run.stopping = true;
    reporter.error('Timeout', `Timed out after ${timeoutSeconds} s while ${run.phase} (set --timeout or TEST_TIMEOUT to change).`);
    saveLogs();
    await stopAll();
    finish(1);
    process.exit(1);
  }, timeoutSeconds * 1000);
}

function phase(text) {
  run.phase = text;
  const elapsed = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`» ${text[0].toUpperCase()}${text.slice(1)}… (${elapsed} s)`);
}

async function main() {
  // Stale artifacts of an earlier run would mislead.
  for (const name of ['code-server.log', 'vscode-logs', 'integration-results.jsonl']) rmSync(join(resultsDir, name), { recursive: true, force: true });
  if (existsSync(resultsDir)) {
    for (const name of readdirSync(resultsDir)) if (/^e2e-.*\.png$/.test(name)) rmSync(join(resultsDir, name));
  }

  phase('provisioning code-server');
  const host = await ensureCodeServer();
  startOverallTimer();

  run.temp = mkdtempSync(join(tmpdir(), 'ren-it-'));
  mkdirSync(join(cacheDir, 'runs'), { recursive: true });
  run.compiled = mkdtempSync(join(cacheDir, 'runs', 'out-'));
  const compiled = (...segments) => join(run.compiled, 'out', ...segments);
  phase(options.vsix ? 'building the tests' : 'building the extension VSIX and the tests');
  const [extensionVsix, runnerVsix] = await Promise.all([
    options.vsix ? resolve(options.vsix) : packageExtension(),
    packageRunnerExtension(run.temp),
    buildTests(compiled()),
  ]);

  const workspace = join(run.temp, 'workspace');
  const e2eWorkspace = join(run.temp, 'e2e-workspace');
  cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), e2eWorkspace, { recursive: true });

  phase('installing the extensions into a fresh profile');
  const profile = profileDirs(join(run.temp, 'profile'));
  await installExtensions(host, profile, [extensionVsix, runnerVsix]);
  writeUserSettings(profile);

  phase('starting code-server');
  const resultsFile = join(run.temp, 'results.jsonl');
  run.server = await startCodeServer({
    host,
    profile,
    logFile: join(run.temp, 'code-server.log'),
    // Read by the runner extension in the extension host (it inherits this environment).
    env: {
      RARE_EARTH_TESTS_RESULTS: resultsFile,
      RARE_EARTH_TESTS_WORKSPACE: workspace,
      RARE_EARTH_TESTS_MOCHA: join(repoRoot, 'node_modules', 'mocha'),
      RARE_EARTH_TESTS_ENTRY: compiled('test', 'integration', 'index.js'),
      RARE_EARTH_TESTS_FILES: compiled('test', 'integration', '**', '*.test.js'),
      ...(options.grep ? { RARE_EARTH_TESTS_GREP: options.grep } : {}),
    },
  });

  phase('opening the workbench in Chromium');
  run.browser = await launchBrowser({ headless: !options.headed });
  const context = await newWorkbenchContext(run.browser.browser, run.server.url);
  const page = await context.newPage();
  // The extension host, and with it the runner, starts when a window connects.
  await page.goto(`${run.server.url}/?folder=${encodeURIComponent(workspace)}`);

  phase('waiting for the integration results');
  reporter.heading('Integration (extension host of VS Code in code-server)');
  const startupDeadline = Date.now() + Number(options['startup-timeout']) * 1000;
  let seenStart = false;
  let ended = false;
  for await (const record of followJsonLines(resultsFile, { stopped: () => !seenStart && Date.now() > startupDeadline })) {
    if (record.type === 'start') seenStart = true;
    else if (record.type === 'test') reporter.test(record);
    else if (record.type === 'error') reporter.error('Integration suites', record.message, record.stack);
    else if (record.type === 'end') ended = true;
  }
  if (!ended) {
    reporter.error('Integration suites', `the test runner extension did not start within ${options['startup-timeout']} s: the extension host may have failed to start, or Rare Earth Notes failed to activate (see test-results/vscode-logs/**/exthost*.log)`);
  }
  await context.close();

  if (!options['no-e2e']) {
    phase('running the end-to-end checks');
    reporter.heading('End to end (web workbench in Chromium)');
    const e2e = require(compiled('test', 'e2e', 'index.js'));
    const { Workbench } = require(compiled('test', 'e2e', 'workbench.js'));
    const e2eContext = await newWorkbenchContext(run.browser.browser, run.server.url);
    const e2ePage = await e2eContext.newPage();
    const workbench = new Workbench(e2ePage);
    try {
      await workbench.open(run.server.url, e2eWorkspace);
    } catch (error) {
      await e2ePage.screenshot({ path: join(resultsDir, 'e2e-open-workbench.png') }).catch(() => {});
      throw error;
    }
    await e2e.runChecks(
      { page: e2ePage, workbench, workspace: e2eWorkspace },
      {
        screenshotDir: resultsDir,
        ...(options.grep ? { grep: new RegExp(options.grep.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) } : {}),
        onResult: (result) => reporter.test(result),
      },
    );
    await e2eContext.close();
  }
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  exitCode = 1;
  if (!run.stopping) reporter.error(`Integration run (while ${run.phase})`, error.message, error.stack);
}
// After Ctrl-C or the timeout, main() fails as its processes go away; the
// handler that stopped them reports and exits.
if (run.stopping) await new Promise(() => setInterval(() => {}, 1000));
clearTimeout(overallTimer);
if (exitCode !== 0 || reporter.counts.failed > 0) saveLogs();
await stopAll();
finish(exitCode);
