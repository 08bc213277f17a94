import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, clearNotes, COMMANDS, exists, notesFolder, noteUri, readText, runImport, summary, waitFor, type ImportResult } from './helpers';

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
  suiteSetup(activateExtension);

  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  setup(clearNotes);

  test('imports the article JSON on the clipboard and opens its note', async () => {
    await vscode.env.clipboard.writeText(JSON.stringify(article, null, 2));
    const result = await runImport(COMMANDS.importClipboard);
    assert.strictEqual(result.imported, 1, summary(result));
    const [outcome] = result.outcomes;
    assert.ok(outcome.kind === 'imported', summary(result));
    assert.strictEqual(outcome.source, 'clipboard');
    const text = await readText(noteUri(outcome.fileName));
    assert.match(text, /^title: *["']?Scandium alloy trial for ferry hulls["']?\s*$/m);
    assert.match(text, /^regions:\n {2}- Norway$/m);
    await waitFor('the note to open', () => vscode.window.activeTextEditor?.document.uri.path.endsWith(outcome.fileName));
  });

  test('imports every article of a collection on the clipboard', async () => {
    await vscode.env.clipboard.writeText(JSON.stringify([article, { ...article, id: 4151, slug: 'second-trial' }]));
    const result = await runImport(COMMANDS.importClipboard);
    assert.strictEqual(result.imported, 2, summary(result));
  });

  test('JSON on the clipboard that is not an article fails with a message naming the clipboard', async () => {
    await vscode.env.clipboard.writeText('{"title": "not a post"');
    const result = await runImport(COMMANDS.importClipboard);
    assert.strictEqual(result.failed, 1, summary(result));
    const [outcome] = result.outcomes;
    assert.ok(outcome.kind === 'failed' && outcome.message.startsWith('clipboard: not valid JSON'), summary(result));
  });

  test('an empty clipboard imports nothing', async () => {
    await vscode.env.clipboard.writeText('   ');
    const result = await vscode.commands.executeCommand<ImportResult | undefined>(COMMANDS.importClipboard);
    assert.strictEqual(result, undefined);
    assert.strictEqual(await exists(notesFolder()), false);
  });
});
