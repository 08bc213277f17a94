// The workspace notes index inside the real editor: it is built in the background after activation,
// then follows created, edited (unsaved and saved), deleted and renamed notes. Notes are written
// through vscode.workspace.fs into a scratch folder of the test workspace, removed afterwards.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { RareEarthNotesApi } from '../../src/extension';
import { activateExtension, waitFor, workspaceFolder } from './helpers';

const SCRATCH = 'index-scratch';
const encoder = new TextEncoder();

function note(title: string, body: string): string {
  return [
    '---',
    `title: "${title}"`,
    'site: example.com',
    'date: 2025-02-01',
    'source: https://example.com/news/dysprosium/',
    'regions:',
    '  - China',
    'organizations:',
    '  - Lynas Rare Earths',
    '---',
    '',
    `# ${title}`,
    '',
    body,
    '',
    '## Notes',
    '',
  ].join('\n');
}

const scratch = () => vscode.Uri.joinPath(workspaceFolder().uri, SCRATCH);
const uriOf = (name: string) => vscode.Uri.joinPath(scratch(), name);
const pathOf = (name: string) => `${SCRATCH}/${name}`;

async function index(): Promise<RareEarthNotesApi['index']> {
  const extension = await activateExtension();
  const api = extension.exports as RareEarthNotesApi | undefined;
  assert.ok(api?.index, 'activate() returns { index }');
  return api.index;
}

const values = (figures: ReturnType<RareEarthNotesApi['index']['notes']['figures']>) =>
  figures.filter((figure) => figure.origin === 'note').map((figure) => figure.figure.value);

suite('Workspace index', () => {
  suiteSetup(async () => {
    await vscode.workspace.fs.createDirectory(scratch());
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(scratch(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  test('is built in the background after activation', async () => {
    const workspaceIndex = await index();
    await workspaceIndex.whenReady();
    assert.ok(workspaceIndex.isReady);
    // The fixture workspace's README is a Markdown file.
    assert.ok(workspaceIndex.notes.has('README.md'), `indexed: ${workspaceIndex.notes.notePaths().join(', ')}`);
    assert.equal(workspaceIndex.notePathOf(vscode.Uri.joinPath(workspaceFolder().uri, 'notes', 'a.md')), 'notes/a.md');
    assert.equal(workspaceIndex.uriOf('notes/a.md')?.toString(), vscode.Uri.joinPath(workspaceFolder().uri, 'notes', 'a.md').toString());
  });

  test('sees a created note, with its figures and provenance', async () => {
    const workspaceIndex = await index();
    await workspaceIndex.whenReady();
    const changed = new Promise<readonly string[]>((resolve) => {
      const listener = workspaceIndex.onDidChange((change) => {
        if (change.notePaths.includes(pathOf('created.md'))) {
          listener.dispose();
          resolve(change.notePaths);
        }
      });
    });
    await vscode.workspace.fs.writeFile(uriOf('created.md'), encoder.encode(note('Created note', 'China produced 69% of the world\'s dysprosium in 2024.')));
    await waitFor('the created note in the index', () => workspaceIndex.notes.has(pathOf('created.md')));
    assert.ok((await changed).includes(pathOf('created.md')), 'onDidChange reported the note');
    const provenance = workspaceIndex.notes.provenanceOf(pathOf('created.md'));
    assert.equal(provenance?.title, 'Created note');
    assert.equal(provenance?.site, 'example.com');
    assert.ok(values(workspaceIndex.notes.figures({ element: 'Dy' })).includes(69), 'the 69% figure about dysprosium is found');
    assert.ok(workspaceIndex.notes.notesMentioning('organization', 'Lynas').some((mention) => mention.notePath === pathOf('created.md')));
  });

  test('follows unsaved edits of an open document, their revert, and a saved change', async () => {
    const workspaceIndex = await index();
    await workspaceIndex.whenReady();
    const uri = uriOf('edited.md');
    await vscode.workspace.fs.writeFile(uri, encoder.encode(note('Edited note', 'Terbium prices rose 12% this year.')));
    await waitFor('the note in the index', () => workspaceIndex.notes.has(pathOf('edited.md')));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);

    // Unsaved: a WorkspaceEdit changes the buffer only.
    const edit = new vscode.WorkspaceEdit();
    const at = document.getText().indexOf('12%');
    edit.replace(uri, new vscode.Range(document.positionAt(at), document.positionAt(at + 3)), '47%');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(document.isDirty);
    await waitFor('the unsaved 47% in the index', () => values(workspaceIndex.notes.figures({ element: 'Tb' })).includes(47));
    assert.ok(!values(workspaceIndex.notes.figures({ element: 'Tb' })).includes(12), 'the old figure is gone');
    const offset = document.getText().indexOf('47%');
    assert.equal(workspaceIndex.notes.figureAt(pathOf('edited.md'), offset + 1)?.value, 47, 'figureAt follows the buffer');

    // Closed without saving: the unsaved text is gone, the file's counts again.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the file\'s 12% back in the index', () => values(workspaceIndex.notes.figures({ element: 'Tb' })).includes(12))
      .catch((error: Error) => {
        const state = { indexed: workspaceIndex.notes.figuresOf(pathOf('edited.md')).map((figure) => figure.raw), dirty: document.isDirty, closed: document.isClosed, text47: document.getText().includes('47%') };
        throw new Error(`${error.message}: ${JSON.stringify(state)}`);
      });
    assert.ok(!values(workspaceIndex.notes.figures({ element: 'Tb' })).includes(47), 'the unsaved figure is gone');

    // Saved: a change written to the file is seen.
    await vscode.workspace.fs.writeFile(uri, encoder.encode(note('Edited note, saved again', 'Terbium prices rose 58% this year.')));
    await waitFor('the saved change in the index', () => workspaceIndex.notes.provenanceOf(pathOf('edited.md'))?.title === 'Edited note, saved again');
    assert.ok(values(workspaceIndex.notes.figures({ element: 'terbium' })).includes(58));
    assert.ok(!values(workspaceIndex.notes.figures({ element: 'terbium' })).includes(12));
  });

  test('forgets a deleted note', async () => {
    const workspaceIndex = await index();
    await workspaceIndex.whenReady();
    const uri = uriOf('deleted.md');
    await vscode.workspace.fs.writeFile(uri, encoder.encode(note('Deleted note', 'Neodymium output fell 7%.')));
    await waitFor('the note in the index', () => workspaceIndex.notes.has(pathOf('deleted.md')));
    await vscode.workspace.fs.delete(uri, { useTrash: false });
    await waitFor('the note to leave the index', () => !workspaceIndex.notes.has(pathOf('deleted.md')));
    assert.equal(workspaceIndex.notes.provenanceOf(pathOf('deleted.md')), undefined);
  });

  test('forgets the notes of a folder deleted outside the editor', async () => {
    const workspaceIndex = await index();
    await workspaceIndex.whenReady();
    const folder = uriOf('gone');
    const paths = [pathOf('gone/one.md'), pathOf('gone/deeper/two.md')];
    await vscode.workspace.fs.writeFile(uriOf('gone/one.md'), encoder.encode(note('Gone one', 'Lanthanum output rose 3%.')));
    await vscode.workspace.fs.writeFile(uriOf('gone/deeper/two.md'), encoder.encode(note('Gone two', 'Cerium output rose 4%.')));
    await waitFor('both notes in the index', () => paths.every((notePath) => workspaceIndex.notes.has(notePath)));
    // Through the file system, not a workspace edit: the editor reports no per-file deletes.
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    await waitFor('both notes to leave the index', () => paths.every((notePath) => !workspaceIndex.notes.has(notePath)));
  });

  test('finds the notes of a folder moved in from outside the workspace', async () => {
    const workspaceIndex = await index();
    await workspaceIndex.whenReady();
    // Built beside the workspace folder (same file system), then moved in whole: the file watcher
    // reports the folder alone, not the notes inside it.
    const outside = path.join(path.dirname(workspaceFolder().uri.fsPath), `moved-in-${Date.now()}`);
    try {
      fs.mkdirSync(path.join(outside, 'deeper'), { recursive: true });
      fs.writeFileSync(path.join(outside, 'one.md'), note('Moved one', 'Yttrium output rose 5%.'));
      fs.writeFileSync(path.join(outside, 'deeper', 'two.md'), note('Moved two', 'Holmium output rose 6%.'));
      fs.renameSync(outside, uriOf('moved-in').fsPath);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
    const paths = [pathOf('moved-in/one.md'), pathOf('moved-in/deeper/two.md')];
    await waitFor('both notes in the index', () => paths.every((notePath) => workspaceIndex.notes.has(notePath)));
    assert.equal(workspaceIndex.notes.provenanceOf(pathOf('moved-in/deeper/two.md'))?.title, 'Moved two');
  });

  test('follows a renamed note', async () => {
    const workspaceIndex = await index();
    await workspaceIndex.whenReady();
    const from = uriOf('before-rename.md');
    const to = uriOf('after-rename.md');
    await vscode.workspace.fs.writeFile(from, encoder.encode(note('Renamed note', 'Myanmar supplied 31% of heavy rare earth feed.')));
    await waitFor('the note in the index', () => workspaceIndex.notes.has(pathOf('before-rename.md')));
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the note under its new name', () => workspaceIndex.notes.has(pathOf('after-rename.md')) && !workspaceIndex.notes.has(pathOf('before-rename.md')));
    assert.equal(workspaceIndex.notes.provenanceOf(pathOf('after-rename.md'))?.notePath, pathOf('after-rename.md'));
    assert.ok(workspaceIndex.notes.figures({ region: 'Myanmar' }).some((figure) => figure.origin === 'note' && figure.provenance.notePath === pathOf('after-rename.md')));
  });
});
