#!/usr/bin/env node
// Activation time of Rare Earth Notes in a real VS Code (code-server + headless Chromium), as the
// extension host itself measures it: the "Activation" figure of Developer: Show Running Extensions
// (code loading + the activate() call), read from the workbench after each window load.
//
//   node scripts/benchActivation.mjs [--runs 5] [--json results.json] [--vsix path]
//
// Each run reloads the window with a Markdown note open, so activation (onLanguage:markdown)
// happens on a warm host, as for a user opening their notes.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, newWorkbenchContext } from './host/browser.mjs';
import { installExtensions, profileDirs, startCodeServer, writeUserSettings } from './host/codeServer.mjs';
import { onInterrupt } from './host/processes.mjs';
import { ensureCodeServer } from './host/provision.mjs';
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
      if (Date.now() > deadline) throw new Error(`the Command Palette does not list "${title}"`, { cause: error });
    }
  }
  await row.first().click();
}

/** Waits for the workbench with the folder open and the note's editor shown. */
async function waitForWorkbench(page) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
  await page.locator('.statusbar').waitFor({ timeout: 120_000 });
}

/** The "Activation: N ms" figure of the extension's row in the Running Extensions editor. */
async function readActivationMs(page) {
  await runCommand(page, 'Developer: Show Running Extensions');
  const row = page.locator('.runtime-extensions-editor .monaco-list-row').filter({ hasText: EXTENSION_NAME });
  const deadline = Date.now() + 60_000;
  let text = '';
  while (Date.now() < deadline) {
    text = (await row.first().innerText({ timeout: 2000 }).catch(() => '')) ?? '';
    const match = /activation:\s*([\d.,]+)\s*ms/i.exec(text);
    if (match) return Number(match[1].replace(/,/g, ''));
    await page.waitForTimeout(250);
  }
  throw new Error(`no activation time for ${EXTENSION_NAME} in Running Extensions; the row shows: ${JSON.stringify(text)}`);
}

async function main() {
  const host = await ensureCodeServer();
  const vsix = options.vsix ? resolve(options.vsix) : await packageExtension();
  state.temp = mkdtempSync(join(tmpdir(), 'ren-activation-'));
  const workspace = join(state.temp, 'workspace');
  mkdirSync(join(workspace, 'notes'), { recursive: true });
  writeFileSync(join(workspace, 'notes', 'brief.md'), '# Brief\n\nChina mined about 69% of the world\'s rare earths in 2024.\n');
  const profile = profileDirs(join(state.temp, 'profile'));
  await installExtensions(host, profile, [vsix]);
  // The note stays open across reloads, so each load activates the extension on its Markdown editor.
  writeUserSettings(profile, { 'workbench.editor.restoreViewState': true, 'window.restoreWindows': 'all' });
  state.server = await startCodeServer({ host, profile, logFile: join(state.temp, 'code-server.log') });
  state.browser = await launchBrowser();
  const context = await newWorkbenchContext(state.browser.browser, state.server.url);
  const page = await context.newPage();
  await page.goto(`${state.server.url}/?folder=${encodeURIComponent(workspace)}`);
  await waitForWorkbench(page);
  await runCommand(page, 'Go to File...');
  await page.locator('.quick-input-widget input.input').fill('brief.md');
  await page.locator('.quick-input-widget .monaco-list-row').first().waitFor();
  await page.keyboard.press('Enter');

  const times = [];
  let firstLoadMs;
  for (let run = 0; run <= runs; run++) {
    if (run > 0) {
      await page.reload();
      await waitForWorkbench(page);
    }
    const ms = await readActivationMs(page);
    // The first load also installs and scans the extension: a cold start, reported apart.
    if (run > 0) times.push(ms);
    else firstLoadMs = ms;
    console.log(`${run === 0 ? 'first load' : `reload ${run}`}: activation ${ms} ms`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const result = { runs: times.length, medianMs: sorted[Math.floor((sorted.length - 1) / 2)], minMs: sorted[0], maxMs: sorted[sorted.length - 1], firstLoadMs, times };
  console.log(`activation: median ${result.medianMs} ms (min ${result.minMs}, max ${result.maxMs}) over ${result.runs} reloads`);
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
