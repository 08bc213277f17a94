#!/usr/bin/env node
// Activation time of Rare Earth Notes in a real VS Code (code-server + headless Chromium), as the
// extension host itself measures it: the "Activation" figure of Developer: Show Running Extensions
// (code loading + the activate() call), read from the workbench after each window load.
//
//   node scripts/benchActivation.mjs [--runs 5] [--json results.json] [--vsix path]
//
// Each run reloads the window and opens a Markdown note in it, so activation (onLanguage:markdown)
// happens on a warm host, as for a user opening their notes. A do-nothing extension activated by the
// same event is measured in the same windows: the host's own floor on this machine, for comparison.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, newWorkbenchContext } from './host/browser.mjs';
import { installExtensions, profileDirs, startCodeServer, writeUserSettings } from './host/codeServer.mjs';
import { onInterrupt } from './host/processes.mjs';
import { ensureCodeServer } from './host/provision.mjs';
import { exec } from './host/exec.mjs';
import { packageExtension } from './host/vsix.mjs';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    json: { type: 'string' },
    vsix: { type: 'string' },
  },
});
const runs = Number(options.runs);
const EXTENSION_NAME = 'Rare Earth Notes';
const BASELINE_NAME = 'Activation Baseline';
const repoRoot = resolve(import.meta.dirname, '..');

/** A VSIX of an extension whose activate() does nothing, activated on Markdown like ours. */
async function packageBaseline(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({
    name: 'activation-baseline', displayName: BASELINE_NAME, publisher: 'rare-earth-notes-bench', version: '0.0.1',
    engines: { vscode: '^1.95.0' }, activationEvents: ['onLanguage:markdown'], main: './extension.js',
  }));
  writeFileSync(join(dir, 'extension.js'), 'exports.activate = () => ({});\n');
  const vsix = join(dir, 'baseline.vsix');
  await exec(join(repoRoot, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', vsix], { cwd: dir });
  return vsix;
}

const state = { temp: undefined, server: undefined, browser: undefined };
async function stopAll() {
  await state.browser?.close().catch(() => {});
  await state.server?.stop().catch(() => {});
  if (state.temp) rmSync(state.temp, { recursive: true, force: true });
  state.browser = state.server = state.temp = undefined;
}
onInterrupt(stopAll);

/** Runs a command from the Command Palette by its full title. */
async function runCommand(page, title) {
  const input = page.locator('.quick-input-widget input.input');
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({
    has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }),
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if (await input.isVisible()) await page.keyboard.press('Escape');
      // Right after a load the workbench may not take keys yet: press again until the palette opens.
      await page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: 2000 });
      await input.fill(`>${title}`);
      await row.first().waitFor({ timeout: 2000 });
      break;
    } catch (error) {
      if (Date.now() > deadline) {
        await page.screenshot({ path: join(tmpdir(), 'ren-activation-failure.png') }).catch(() => {});
        throw new Error(`the Command Palette does not list "${title}" (screenshot: ${join(tmpdir(), 'ren-activation-failure.png')})`, { cause: error });
      }
    }
  }
  // Enter runs the focused (first) row; a click can land while the workbench is still marked inert.
  if (await row.first().evaluate((element) => element.classList.contains('focused'))) await page.keyboard.press('Enter');
  else await row.first().click();
}

/** Waits for the workbench with the folder open and the note's editor shown. */
async function waitForWorkbench(page) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
  await page.locator('.statusbar').waitFor({ timeout: 120_000 });
}

/** The "Activation: N ms" figures of the named extensions' rows in the Running Extensions editor. */
async function readActivationMs(page, names) {
  await runCommand(page, 'Developer: Show Running Extensions');
  const found = {};
  const deadline = Date.now() + 60_000;
  let texts = [];
  while (Date.now() < deadline) {
    texts = await page.locator('.runtime-extensions-editor .monaco-list-row').allInnerTexts().catch(() => []);
    for (const name of names) {
      const text = texts.find((row) => row.startsWith(name));
      const match = text && /activation:\s*([\d.,]+)\s*ms/i.exec(text);
      if (match) found[name] = Number(match[1].replace(/,/g, ''));
    }
    if (names.every((name) => name in found)) break;
    await page.waitForTimeout(250);
  }
  const missing = names.filter((name) => !(name in found));
  if (missing.length > 0) throw new Error(`no activation time for ${missing.join(', ')} in Running Extensions; rows: ${JSON.stringify(texts)}`);
  await closeRunningExtensions(page);
  return found;
}

/** Recent VS Code shows Running Extensions in a modal editor, which a reload may restore: closed. */
async function closeRunningExtensions(page) {
  const modal = page.locator('.runtime-extensions-editor');
  for (let attempt = 0; attempt < 10 && await modal.first().isVisible().catch(() => false); attempt++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
  }
}

/** Opens a file of the workspace by name (Go to File): its Markdown editor activates the extensions. */
async function openNote(page, name) {
  await runCommand(page, 'Go to File...');
  const input = page.locator('.quick-input-widget input.input');
  await input.fill(name);
  await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: name }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator('.editor-group-container.active .tab.active').filter({ hasText: name }).first().waitFor({ timeout: 30_000 });
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor((sorted.length - 1) / 2)], minMs: sorted[0], maxMs: sorted[sorted.length - 1] };
}

async function main() {
  const host = await ensureCodeServer();
  const vsix = options.vsix ? resolve(options.vsix) : await packageExtension();
  state.temp = mkdtempSync(join(tmpdir(), 'ren-activation-'));
  const baselineVsix = await packageBaseline(join(state.temp, 'baseline'));
  const workspace = join(state.temp, 'workspace');
  mkdirSync(join(workspace, 'notes'), { recursive: true });
  writeFileSync(join(workspace, 'notes', 'brief.md'), '# Brief\n\nChina mined about 69% of the world\'s rare earths in 2024.\n');
  const profile = profileDirs(join(state.temp, 'profile'));
  await installExtensions(host, profile, [vsix, baselineVsix]);
  // The note stays open across reloads, so each load activates the extension on its Markdown editor.
  writeUserSettings(profile, { 'workbench.editor.restoreViewState': true, 'window.restoreWindows': 'all' });
  state.server = await startCodeServer({ host, profile, logFile: join(state.temp, 'code-server.log') });
  state.browser = await launchBrowser();
  const context = await newWorkbenchContext(state.browser.browser, state.server.url);
  const page = await context.newPage();
  await page.goto(`${state.server.url}/?folder=${encodeURIComponent(workspace)}`);
  await waitForWorkbench(page);
  const times = { ours: [], baseline: [] };
  let firstLoadMs;
  // Now and then a reloaded window's Running Extensions list stays empty; that window is skipped
  // (and counted) and the next reload measured instead.
  let skipped = 0;
  for (let run = 0; run <= runs; ) {
    if (run > 0 || skipped > 0) {
      await page.reload();
      await waitForWorkbench(page);
      await closeRunningExtensions(page);
    }
    await openNote(page, 'brief.md');
    let found;
    try {
      found = await readActivationMs(page, [EXTENSION_NAME, BASELINE_NAME]);
    } catch (error) {
      if (++skipped > 3) throw error;
      console.log(`window skipped: ${error.message}`);
      await closeRunningExtensions(page);
      continue;
    }
    // The first load also installs and scans the extensions: a cold start, reported apart.
    if (run > 0) {
      times.ours.push(found[EXTENSION_NAME]);
      times.baseline.push(found[BASELINE_NAME]);
    } else {
      firstLoadMs = found[EXTENSION_NAME];
    }
    console.log(`${run === 0 ? 'first load' : `reload ${run}`}: Rare Earth Notes ${found[EXTENSION_NAME]} ms, do-nothing baseline ${found[BASELINE_NAME]} ms`);
    run++;
  }
  const result = { runs: times.ours.length, skipped, ...summary(times.ours), firstLoadMs, times: times.ours, baseline: { ...summary(times.baseline), times: times.baseline },
    // What our extension adds to what the host charges any extension, window by window.
    overBaseline: summary(times.ours.map((ms, i) => ms - times.baseline[i])) };
  console.log(`activation: median ${result.medianMs} ms (min ${result.minMs}, max ${result.maxMs}) over ${result.runs} reloads; do-nothing baseline median ${result.baseline.medianMs} ms`);
  if (options.json) writeFileSync(options.json, JSON.stringify(result, null, 2));
}

try {
  await main();
} catch (error) {
  console.error(error.stack ?? String(error));
  process.exitCode = 1;
} finally {
  await stopAll();
}
