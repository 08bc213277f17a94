// Headless Chromium driven by playwright-core. The system chromium is used
// (Debian's `chromium` package): playwright's own browser downloads are not
// reachable where this project is tested.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { killGroup, track } from './processes.mjs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath() {
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Chromium found: install Debian\'s `chromium` package or set CHROMIUM_PATH.');
  return found;
}

/**
 * Launches Chromium as a browser server (which exposes its pid, so it can be
 * killed with its renderers on every exit path) and connects to it.
 * @returns {Promise<{ browser: import('playwright-core').Browser, close: () => Promise<void> }>}
 */
export async function launchBrowser({ headless = process.env.HEADED !== '1' } = {}) {
  const server = await chromium.launchServer({
    executablePath: chromiumPath(),
    headless,
    // Our own signal handlers clean up; playwright's would race them.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox', // runs as root in CI containers
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const pid = server.process().pid;
  track(pid);
  const browser = await chromium.connect(server.wsEndpoint());
  const close = async () => {
    await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 3000))]);
    await Promise.race([server.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    await killGroup(pid, Promise.resolve(), 1000);
  };
  return { browser, close };
}

/** A fresh context with the clipboard usable by the page (for clipboard imports). */
export async function newWorkbenchContext(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return context;
}
