// A page object for the VS Code web workbench served by code-server: the few
// UI gestures the end-to-end checks need, in one place, so that a change in
// VS Code's DOM is fixed here and not in every check.
import type { Locator, Page } from 'playwright-core';

export class Workbench {
  constructor(readonly page: Page) {}

  /** Opens `<server>/?folder=<folder>` and waits for the workbench to render the folder. */
  async open(serverUrl: string, folder: string, timeoutMs = 60_000): Promise<void> {
    await this.page.goto(`${serverUrl}/?folder=${encodeURIComponent(folder)}`, { timeout: timeoutMs });
    await this.page.locator('.monaco-workbench').waitFor({ timeout: timeoutMs });
    await this.page.locator('.statusbar').waitFor({ timeout: timeoutMs });
    // The explorer lists the folder once the remote file system answers.
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: timeoutMs });
  }

  get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  get quickInputBox(): Locator {
    return this.quickInput.locator('input.input');
  }

  /**
   * Runs a command from the Command Palette (F1) by its full title, e.g.
   * "Rare Earth Notes: Import Article JSON…". Retries while the palette does
   * not list it yet: extension commands appear once the extension host has
   * registered the extensions, a little after the workbench renders.
   */
  async runCommand(title: string, timeoutMs = 30_000): Promise<void> {
    const row = this.quickInput.locator('.monaco-list-row').filter({
      has: this.page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`) }),
    });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.dismissQuickInput();
      await this.page.keyboard.press('F1');
      await this.quickInputBox.waitFor({ state: 'visible' });
      await this.quickInputBox.fill(`>${title}`);
      try {
        await row.first().waitFor({ timeout: 2000 });
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`the Command Palette does not list "${title}"`, { cause: error });
      }
    }
    await row.first().click();
  }

  /**
   * Answers VS Code's simple file dialog (the quick input code-server shows
   * for showOpenDialog): types the file's folder, waits for the listing, then
   * clicks the file. Typing the whole path and pressing Enter races the
   * dialog's own loading of its start folder.
   */
  async pickFile(filePath: string): Promise<void> {
    const folder = filePath.slice(0, filePath.lastIndexOf('/') + 1);
    const name = filePath.slice(folder.length);
    await this.quickInputBox.waitFor({ state: 'visible' });
    const item = this.quickInput.locator('.monaco-list-row').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(name)}\\s*$`) });
    const deadline = Date.now() + 15_000;
    for (;;) {
      await this.quickInputBox.fill(folder);
      try {
        await item.first().waitFor({ timeout: 2000 });
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`the file dialog does not list ${name} in ${folder}`, { cause: error });
      }
    }
    await item.first().click();
    await this.quickInput.waitFor({ state: 'hidden' });
  }

  /** Answers a plain input box (showInputBox). */
  async typeInInputBox(text: string): Promise<void> {
    await this.quickInputBox.waitFor({ state: 'visible' });
    await this.quickInputBox.fill(text);
    await this.quickInputBox.press('Enter');
  }

  async dismissQuickInput(): Promise<void> {
    if (await this.quickInput.isVisible()) await this.page.keyboard.press('Escape');
  }

  /** Waits until the active editor tab's label matches, and returns the label. */
  async waitForActiveTab(label: RegExp, timeoutMs = 15_000): Promise<string> {
    const tab = this.page.locator('.editor-group-container.active .tabs-container .tab.active .label-name');
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      last = ((await tab.first().textContent({ timeout: 1000 }).catch(() => '')) ?? '').trim();
      if (label.test(last)) return last;
      await this.page.waitForTimeout(200);
    }
    throw new Error(`the active editor tab is "${last}", expected one matching ${label}`);
  }

  /** The visible text of the active editor (Monaco renders only the lines in view). */
  async activeEditorText(): Promise<string> {
    const lines = this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
    await lines.waitFor();
    return (await lines.innerText()).replace(/\u00a0/g, ' ');
  }

  /** Waits for editor text to contain a pattern (Monaco renders asynchronously). */
  async waitForEditorText(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let text = '';
    while (Date.now() < deadline) {
      text = await this.activeEditorText().catch(() => '');
      if (pattern.test(text)) return text;
      await this.page.waitForTimeout(200);
    }
    throw new Error(`the active editor does not show ${pattern}; it shows:\n${text.slice(0, 500)}`);
  }

  /** Texts of the notification toasts currently shown. */
  async notifications(): Promise<string[]> {
    return this.page.locator('.notification-toast .notification-list-item-message').allInnerTexts();
  }

  async waitForNotification(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let texts: string[] = [];
    while (Date.now() < deadline) {
      texts = await this.notifications();
      const match = texts.find((text) => pattern.test(text));
      if (match) return match;
      await this.page.waitForTimeout(200);
    }
    throw new Error(`no notification matching ${pattern}; shown: ${JSON.stringify(texts)}`);
  }

  /** Puts text on the system clipboard through the page (the context must have clipboard permissions). */
  async writeClipboard(text: string): Promise<void> {
    await this.page.bringToFront();
    // A string expression: this project's TypeScript has no DOM types.
    await this.page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
  }

  /** Back to a neutral state between checks. */
  async reset(): Promise<void> {
    await this.dismissQuickInput();
    await this.page.keyboard.press('Escape');
    await this.runCommand('View: Close All Editors');
    await this.page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'detached', timeout: 1 }).catch(() => {});
    await this.runCommand('Notifications: Clear All Notifications').catch(() => {});
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
