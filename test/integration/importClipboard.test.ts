import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, clearNotes, COMMANDS, exists, notesFolder, noteUri, readText, summary, waitFor, type ImportResult } from './helpers';

const article = {
  id: 4150,
  date: '2025-07-01T10:00:00',
  slug: 'clipboard-scandium-alloy-trial',
  link: 'https://rare-earth-news.example/2025/07/clipboard-scandium-alloy-trial/',
  title: { rendered: 'Scandium alloy trial for ferry hulls' },
  content: { rendered: '<p>A Norwegian yard is testing aluminium-scandium plate for lighter ferry hulls.</p>', protected: false },
  class_list: ['post-4150', 'type-post', 'regions-norway'],
};

suite('Import Article JSON from clipboard', () => {
  suiteSetup(async () => {
    await activateExtension();
    await clearNotes();
  });

  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('imports the article JSON on the clipboard', async () => {
    await vscode.env.clipboard.writeText(JSON.stringify(article, null, 2));
    const result = await vscode.commands.executeCommand<ImportResult | undefined>(COMMANDS.importClipboard);
    if (result) {
      assert.strictEqual(result.imported, 1, summary(result));
      const [outcome] = result.outcomes;
      assert.ok(outcome.kind === 'imported', summary(result));
      const text = await readText(noteUri(outcome.fileName));
      assert.match(text, /^title: *["']?Scandium alloy trial for ferry hulls["']?\s*$/m);
      return;
    }
    // Without a returned result, look for the note in the notes folder.
    const note = await waitFor('the clipboard note to be written', async () => {
      if (!(await exists(notesFolder()))) return undefined;
      const names = (await vscode.workspace.fs.readDirectory(notesFolder())).map(([name]) => name);
      return names.find((name) => /^2025-07-01-.*\.md$/.test(name));
    });
    const text = await readText(vscode.Uri.joinPath(notesFolder(), note));
    assert.match(text, /^title: *["']?Scandium alloy trial for ferry hulls["']?\s*$/m);
  });
});
