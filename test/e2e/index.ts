// The end-to-end checks: each `*.e2e.ts` file in this folder exports
// `checks`, run one after the other in one workbench window through the
// browser by scripts/test-integration.mjs. Adding a file (or a check to a
// file) is all it takes; hover, tree and other UI checks go in new files.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { Workbench } from './workbench';

export interface E2EContext {
  page: Page;
  workbench: Workbench;
  /** The workspace folder opened in the window (a copy of test/fixtures/workspace). */
  workspace: string;
}

export interface E2ECheck {
  /** Groups checks in the output, like a mocha suite. */
  suite: string;
  name: string;
  timeoutMs?: number;
  run(context: E2EContext): Promise<void>;
}

export interface E2EResult {
  title: string[];
  state: 'passed' | 'failed';
  duration: number;
  error?: { message: string; stack?: string };
  screenshot?: string;
}

/** Every check exported by the compiled `*.e2e.js` files next to this one. */
export function loadChecks(dir: string = __dirname): E2ECheck[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.e2e.js'))
    .sort()
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- check files are found at run time
    .flatMap((file) => (require(path.join(dir, file)) as { checks: E2ECheck[] }).checks);
}

/** Runs the checks in order; a failing check gets a screenshot in screenshotDir. */
export async function runChecks(
  context: E2EContext,
  { screenshotDir, grep, onResult }: { screenshotDir: string; grep?: RegExp; onResult: (result: E2EResult) => void },
): Promise<E2EResult[]> {
  const results: E2EResult[] = [];
  for (const check of loadChecks()) {
    const title = ['End to end', check.suite, check.name];
    if (grep && !grep.test(title.join(' '))) continue;
    const started = Date.now();
    let result: E2EResult;
    try {
      await withTimeout(check.run(context), check.timeoutMs ?? 60_000, `"${check.name}" took longer than ${(check.timeoutMs ?? 60_000) / 1000} s`);
      result = { title, state: 'passed', duration: Date.now() - started };
    } catch (error) {
      const failure = error as Error;
      const screenshot = path.join(screenshotDir, `e2e-${slug(`${check.suite} ${check.name}`)}.png`);
      fs.mkdirSync(screenshotDir, { recursive: true });
      const saved = await context.page.screenshot({ path: screenshot, timeout: 10_000 }).then(() => true, () => false);
      result = {
        title,
        state: 'failed',
        duration: Date.now() - started,
        error: { message: `${failure.message ?? failure}${saved ? `\n(screenshot: ${screenshot})` : ''}`, stack: failure.stack },
        ...(saved ? { screenshot } : {}),
      };
    }
    results.push(result);
    onResult(result);
    await context.workbench.reset().catch(() => {});
  }
  return results;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
