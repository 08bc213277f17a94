import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, clearNotes, COMMANDS, fixture, noteUri, readText, runImport, summary, waitFor } from './helpers';

suite('Import Article JSON file', () => {
  suiteSetup(async () => {
    await activateExtension();
    await clearNotes();
  });

  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('writes a note with front matter and a Notes section, and opens it', async () => {
    const result = await runImport(COMMANDS.importFile, [fixture('lynas-kalgoorlie.json')]);
    assert.strictEqual(result.imported, 1, summary(result));
    assert.strictEqual(result.failed, 0, summary(result));
    const [outcome] = result.outcomes;
    assert.strictEqual(outcome.kind, 'imported');
    assert.match(outcome.fileName, /2025-03-14-[a-z0-9-]+\.md$/);
    assert.strictEqual(outcome.title, 'Lynas Kalgoorlie cracking plant ramps up');

    const text = await readText(noteUri(outcome.fileName));
    assert.match(text, /^---\r?\n/, 'the note starts with YAML front matter');
    assert.match(text, /^title: *["']?Lynas Kalgoorlie cracking plant ramps up["']?\s*$/m);
    assert.match(text, /^## Notes\s*$/m);

    const opened = await waitFor('the note to open in an editor', () =>
      vscode.window.activeTextEditor?.document.uri.path.endsWith(noteUri(outcome.fileName).path) ? vscode.window.activeTextEditor : undefined);
    assert.strictEqual(opened.document.languageId, 'markdown');
  });

  test('importing the same article again leaves it unchanged', async () => {
    await runImport(COMMANDS.importFile, [fixture('lynas-kalgoorlie.json')]);
    const again = await runImport(COMMANDS.importFile, [fixture('lynas-kalgoorlie.json')]);
    assert.strictEqual(again.unchanged, 1, summary(again));
    assert.strictEqual(again.imported + again.updated + again.failed, 0, summary(again));
    assert.strictEqual(again.outcomes[0].kind, 'unchanged');
  });

  test('a file that is not valid JSON fails with a message naming the file', async () => {
    const result = await runImport(COMMANDS.importFile, [fixture('broken.json')]);
    assert.strictEqual(result.failed, 1, summary(result));
    assert.strictEqual(result.imported, 0, summary(result));
    const [outcome] = result.outcomes;
    assert.strictEqual(outcome.kind, 'failed');
    if (outcome.kind !== 'failed') return;
    assert.match(`${outcome.source} ${outcome.message}`, /broken\.json/);
    assert.ok(outcome.message.length > 0);
  });

  test('imports several files in one batch and reports each', async () => {
    const result = await runImport(COMMANDS.importFile, [fixture('texas-magnets.json'), fixture('broken.json'), fixture('export-controls.json')]);
    assert.strictEqual(result.outcomes.length, 3, summary(result));
    assert.strictEqual(result.imported, 2, summary(result));
    assert.strictEqual(result.failed, 1, summary(result));
  });
});
