// The Notes view as a user sees it: the activity bar icon opens it, it shows the five groups, and a
// group opens onto its entities with their note counts.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { E2ECheck } from './index';

const NOTE = [
  '---',
  'title: "Tree check: Lynas in Malaysia"',
  'date: 2025-06-01',
  'regions: Malaysia, Australia',
  'organizations:',
  '  - Lynas Rare Earths',
  'topics: [Processing]',
  '---',
  '',
  '# Tree check',
  '',
  'Lynas separates neodymium at Kuantan.',
  '',
].join('\n');

/** Clicks the activity bar icon, unless the view is open already (a second click would close the side bar). */
async function openView(page: Page): Promise<void> {
  const item = page.locator('.activitybar .action-item').filter({ has: page.locator('.action-label[aria-label^="Rare Earth Notes"]') });
  await item.waitFor({ timeout: 30_000 });
  if (!/\bchecked\b/.test((await item.getAttribute('class')) ?? '')) await item.click();
}

export const checks: E2ECheck[] = [
  {
    suite: 'Notes tree view',
    name: 'the activity bar icon opens the view with its groups and entities',
    timeoutMs: 90_000,
    async run({ page, workbench, workspace }) {
      fs.mkdirSync(path.join(workspace, 'notes'), { recursive: true });
      fs.writeFileSync(path.join(workspace, 'notes', 'tree-check.md'), NOTE);
      await workbench.reset();
      await openView(page);
      const rows = page.locator('.sidebar .monaco-list-row');
      for (const group of ['Regions', 'Organizations', 'Topics', 'Elements', 'Unsorted']) {
        await rows.filter({ hasText: new RegExp(`^\\s*${group}`) }).first().waitFor({ timeout: 30_000 });
      }
      await rows.filter({ hasText: /^\s*Regions/ }).first().click();
      await rows.filter({ hasText: /^\s*Malaysia\s*\d+/ }).first().waitFor({ timeout: 10_000 });
      await rows.filter({ hasText: /^\s*Australia\s*\d+/ }).first().waitFor({ timeout: 10_000 });
      await rows.filter({ hasText: /^\s*Malaysia/ }).first().click();
      await rows.filter({ hasText: /Tree check: Lynas in Malaysia\s*2025-06-01/ }).first().waitFor({ timeout: 10_000 });
    },
  },
];
