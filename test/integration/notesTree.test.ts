// The Notes view's data in the real editor, read through the provider VS Code itself reads: after
// importing the real rareearthexchanges.com article, the project's sample articles and the fixture
// workspace's articles, then after editing front matter, breaking and fixing its YAML, deleting and
// renaming a note.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { canonicalOrganization, canonicalRegion } from '../../src/core/index/notesIndex';
import { frontMatterLists } from '../../src/core/index/mentions';
import type { EntityNode, GroupNode, NoteNode, TreeNode } from '../../src/core/tree/notesTree';
import type { RareEarthNotesApi } from '../../src/extension';
import { activateExtension, COMMANDS, fixture, notesFolder, noteUri, readText, runImport, summary, waitFor } from './helpers';

const encoder = new TextEncoder();

/**
 * The repository, found from the mocha the launcher hands the runner (…/node_modules/mocha): the
 * sample articles live in it, and the real article beside it (../shared/corpus).
 */
function repoRoot(): string {
  const mocha = process.env.RARE_EARTH_TESTS_MOCHA;
  return mocha ? path.resolve(mocha, '..', '..') : process.cwd();
}

const SAMPLES = ['chinese-export-controls.json', 'dysprosium-prices.json', 'lynas-malaysia.json', 'myanmar-supply-disruption.json', 'us-magnet-plant.json'];
const FIXTURES = ['lynas-kalgoorlie.json', 'texas-magnets.json', 'export-controls.json'];

async function api(): Promise<RareEarthNotesApi> {
  const extension = await activateExtension();
  const exports = extension.exports as RareEarthNotesApi | undefined;
  assert.ok(exports?.tree, 'activate() returns { tree }');
  return exports;
}

suite('Notes tree view', () => {
  let tree: RareEarthNotesApi['tree'];
  let index: RareEarthNotesApi['index'];
  /** Note path → the note's title, for every imported note. */
  const imported = new Map<string, string>();
  /** Notes in the tree after the imports (other suites' notes too). */
  let baseline = 0;

  const children = (node?: TreeNode): TreeNode[] => tree.getChildren(node) as TreeNode[];
  const groups = () => children() as GroupNode[];
  const group = (label: string) => groups().find((node) => node.label === label);
  const entities = (label: string) => {
    const node = group(label);
    return node ? (children(node) as EntityNode[]) : [];
  };
  const entity = (groupLabel: string, name: string) => entities(groupLabel).find((node) => node.name === name);
  const notesOf = (node: TreeNode | undefined) => (node ? (children(node) as NoteNode[]) : []);
  const notePathOf = (uri: vscode.Uri) => index.notePathOf(uri)!;

  suiteSetup(async function () {
    this.timeout(120_000);
    const exports = await api();
    tree = exports.tree;
    index = exports.index;
    await index.whenReady();
    await tree.update({ firstGroup: 'region', sort: 'date', filter: '' });
    const root = repoRoot();
    const sources = [
      vscode.Uri.file(path.join(root, '..', 'shared', 'corpus', 'rareearthexchanges-news-archive-11066.json')),
      ...SAMPLES.map((name) => vscode.Uri.file(path.join(root, 'sample', 'articles', name))),
      ...FIXTURES.map((name) => fixture(name)),
    ];
    const result = await runImport(COMMANDS.importFile, sources);
    assert.equal(result.failed, 0, summary(result));
    assert.equal(result.imported + result.updated + result.unchanged, sources.length, summary(result));
    for (const outcome of result.outcomes) {
      if (outcome.kind === 'failed') continue;
      imported.set(notePathOf(noteUri(outcome.fileName)), outcome.title);
    }
    await waitFor('every imported note in the tree', () => [...imported.keys()].every((notePath) => tree.model.placesOf(notePath).length > 0), 10_000);
    baseline = tree.model.noteCount();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await tree.update({ firstGroup: 'region', sort: 'date', filter: '' });
  });

  test('shows the groups in order, the grouping chosen first', async () => {
    assert.deepEqual(groups().map((node) => node.label).slice(0, 4), ['Regions', 'Organizations', 'Topics', 'Elements']);
    await vscode.commands.executeCommand('rareEarthNotes.tree.chooseFirstGroup', 'organization');
    assert.deepEqual(groups().map((node) => node.label).slice(0, 4), ['Organizations', 'Regions', 'Topics', 'Elements']);
    await vscode.commands.executeCommand('rareEarthNotes.tree.chooseFirstGroup', 'region');
    assert.equal(groups()[0].label, 'Regions');
    for (const node of groups()) assert.equal(tree.getTreeItem(node).description, String(node.count));
  });

  test('lists each note under the regions and organizations its front matter names, by canonical name', async () => {
    for (const notePath of imported.keys()) {
      const text = await readText(index.uriOf(notePath)!);
      const lists = frontMatterLists(text);
      for (const region of lists.regions) {
        const node = entity('Regions', canonicalRegion(region));
        assert.ok(node, `region ${region} of ${notePath} is in the tree`);
        assert.ok(notesOf(node).some((note) => note.note.notePath === notePath), `${notePath} under ${node.label}`);
      }
      for (const organization of lists.organizations) {
        const node = entity('Organizations', canonicalOrganization(organization));
        assert.ok(node, `organization ${organization} of ${notePath} is in the tree`);
        assert.ok(notesOf(node).some((note) => note.note.notePath === notePath), `${notePath} under ${node.label}`);
      }
    }
    // The real article names China and the United States.
    const real = [...imported].find(([, title]) => /patent surge/i.test(title));
    assert.ok(real, `the real article was imported: ${[...imported.values()].join(' | ')}`);
    assert.ok(notesOf(entity('Regions', 'China')).some((note) => note.note.notePath === real[0]));
    assert.ok(notesOf(entity('Regions', 'United States')).some((note) => note.note.notePath === real[0]));
  });

  test('sorts entities by note count, with the count as description, and notes newest first with title and date', () => {
    for (const label of ['Regions', 'Organizations', 'Topics', 'Elements']) {
      const list = entities(label);
      assert.ok(list.length > 0, `${label} has entities`);
      for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].count >= list[i].count, `${label} sorted by count`);
      for (const node of list) {
        const notes = notesOf(node);
        assert.equal(notes.length, node.count, `${node.label}: count matches its notes`);
        assert.equal(tree.getTreeItem(node).description, String(node.count));
        const dates = notes.map((note) => note.note.date ?? '');
        assert.deepEqual(dates, [...dates].sort().reverse(), `${node.label}: newest first`);
      }
    }
    const china = notesOf(entity('Regions', 'China')).filter((note) => imported.has(note.note.notePath));
    assert.ok(china.length >= 3, `China has ${china.length} imported notes`);
    for (const note of china) {
      const item = tree.getTreeItem(note);
      assert.equal(item.label, imported.get(note.note.notePath));
      assert.match(String(item.description), /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(item.tooltip instanceof vscode.MarkdownString);
      assert.equal(item.command?.command, 'vscode.open');
      assert.equal(item.id, `region:china/${note.note.notePath}`);
    }
    // The sample about Myanmar is under the dataset's name for it.
    assert.ok(entity('Regions', 'Burma (Myanmar)'), entities('Regions').map((node) => node.name).join(', '));
  });

  test('sorts notes by title, filters, copies a citation and a name', async () => {
    await vscode.commands.executeCommand('rareEarthNotes.tree.sortByTitle');
    const titles = notesOf(entity('Regions', 'China')).map((note) => note.note.title);
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    assert.deepEqual(titles, [...titles].sort(collator.compare));
    await vscode.commands.executeCommand('rareEarthNotes.tree.sortByDate');

    await vscode.commands.executeCommand('rareEarthNotes.tree.filter', 'kalgoorlie');
    const filtered = groups();
    assert.ok(filtered.length > 0 && !filtered.some((node) => node.label === 'Unsorted' && node.count === 0));
    for (const node of entities('Regions')) {
      for (const note of notesOf(node)) assert.match(note.note.title, /kalgoorlie/i);
    }
    await vscode.commands.executeCommand('rareEarthNotes.tree.clearFilter');
    assert.equal(tree.settings.filter, '');

    const note = notesOf(entity('Regions', 'China'))[0];
    const citation = await vscode.commands.executeCommand<string>('rareEarthNotes.tree.copyCitation', note);
    assert.ok(citation.startsWith(note.note.title.replace(/[.\s]+$/, '')), citation);
    assert.equal(await vscode.env.clipboard.readText(), citation);
    const china = entity('Regions', 'China')!;
    assert.equal(await vscode.commands.executeCommand('rareEarthNotes.tree.copyName', china), 'China');
  });

  test('follows an edit of front matter, refreshing only the groups it touched', async () => {
    const [notePath] = [...imported].find(([, title]) => /Texas magnet/.test(title))!;
    const uri = index.uriOf(notePath)!;
    groups();
    const fired: (TreeNode | undefined)[] = [];
    const listener = tree.onDidChangeTreeData((node) => fired.push(node));
    try {
      const text = await readText(uri);
      await vscode.workspace.fs.writeFile(uri, encoder.encode(text.replace(/^regions:\n/m, 'regions:\n  - Greenland\n')));
      await waitFor('Greenland in the tree', () => notesOf(entity('Regions', 'Greenland')).some((note) => note.note.notePath === notePath));
      await waitFor('the view told', () => fired.length > 0);
    } finally {
      listener.dispose();
    }
    assert.ok(fired.every((node) => node?.type === 'group'), `refreshed: ${fired.map((node) => node?.id ?? 'everything').join(', ')}`);
    assert.ok(fired.some((node) => node?.id === 'group:region'));
  });

  test('puts a note with invalid YAML under Unsorted with a diagnostic, and takes both back when fixed', async () => {
    const [notePath] = [...imported].find(([, title]) => /Lynas Kalgoorlie/.test(title))!;
    const uri = index.uriOf(notePath)!;
    const good = await readText(uri);
    await vscode.workspace.fs.writeFile(uri, encoder.encode(good.replace(/^title: .*$/m, 'title: "Lynas Kalgoorlie cracking plant ramps up')));
    const diagnostic = await waitFor('a front matter diagnostic', () =>
      vscode.languages.getDiagnostics(uri).find((item) => item.source === 'Rare Earth Notes'));
    assert.match(diagnostic.message, /not valid YAML/);
    assert.ok(diagnostic.range.start.line >= 1 && diagnostic.range.start.line < good.split('\n').indexOf('---', 1), `line ${diagnostic.range.start.line}`);
    const unsorted = await waitFor('the note under Unsorted', () => {
      const node = group('Unsorted');
      return node && notesOf(node).find((note) => note.note.notePath === notePath);
    });
    assert.ok(unsorted.note.frontMatterError);

    await vscode.workspace.fs.writeFile(uri, encoder.encode(good));
    await waitFor('the diagnostic gone', () => !vscode.languages.getDiagnostics(uri).some((item) => item.source === 'Rare Earth Notes'));
    await waitFor('the note out of Unsorted', () => !notesOf(group('Unsorted')).some((note) => note.note.notePath === notePath));
  });

  test('follows a delete and a rename', async () => {
    const [deleted] = [...imported].find(([, title]) => /Lynas Kuantan/.test(title))!;
    const before = entity('Regions', 'Malaysia')?.count ?? 0;
    assert.ok(before >= 1);
    await vscode.workspace.fs.delete(index.uriOf(deleted)!);
    await waitFor('the deleted note gone', () => (entity('Regions', 'Malaysia')?.count ?? 0) === before - 1);
    assert.equal(tree.model.noteCount(), baseline - 1);

    const [renamed] = [...imported].find(([, title]) => /Fighting in Kachin/.test(title))!;
    const target = vscode.Uri.joinPath(notesFolder(), 'renamed-myanmar.md');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(index.uriOf(renamed)!, target);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const newPath = notePathOf(target);
    await waitFor('the renamed note under its region', () => {
      const paths = notesOf(entity('Regions', 'Burma (Myanmar)')).map((note) => note.note.notePath);
      return paths.includes(newPath) && !paths.includes(renamed);
    });
  });
});
