// The brief-writing tools in the real editor: notes written into the notes folder and indexed,
// briefs in a temporary folder outside it. Insert Sourced Figure with an argument, `@` completion,
// the "Unsourced figure" and "Sources disagree" diagnostics, and both kinds of quick fix.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../../src/index/workspaceIndex';
import { activateExtension, notesFolder, waitFor, workspaceFolder } from './helpers';

interface Api {
  index: WorkspaceIndex;
}

const RUN = `brief-tools-${Date.now().toString(36)}`;
const sourcesFolder = () => vscode.Uri.joinPath(notesFolder(), RUN);
const briefsFolder = () => vscode.Uri.joinPath(workspaceFolder().uri, `${RUN}-briefs`);
const NOTES_PREFIX = () => `${vscode.workspace.asRelativePath(sourcesFolder(), false)}/`;

const CHINA_URL = 'https://www.example-news.com/2025/01/china-grip';
const IEA_URL = 'https://iea.example/outlook-2024';

const NOTES: Record<string, string> = {
  'china-output.md': [
    '---',
    'title: "China’s grip on rare earth mining loosens"',
    `source: ${CHINA_URL}`,
    'site: www.example-news.com',
    'date: 2025-01-15',
    '---',
    '',
    'China accounted for 69% of global rare earth mining, according to the report.',
    '',
    'Dysprosium oxide prices averaged US$230/kg in Rotterdam.',
    '',
  ].join('\n'),
  'outlook.md': [
    '---',
    'title: "Critical minerals outlook"',
    `source: ${IEA_URL}`,
    'site: iea.example',
    'date: 2024-05-01',
    '---',
    '',
    'China’s share of global rare earth mining stood at 62%, the outlook says.',
    '',
  ].join('\n'),
};

const encoder = new TextEncoder();

async function writeBrief(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(briefsFolder(), name);
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** Resolves with the document's diagnostics from us once `check` accepts them; fails after 20 s. */
function ourDiagnostics(uri: vscode.Uri, check: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Rare Earth Notes');
  return new Promise((resolve, reject) => {
    if (check(current())) {
      resolve(current());
      return;
    }
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out waiting for diagnostics of ${uri.path}; last: ${JSON.stringify(current().map((d) => d.message))}`));
    }, 20_000);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString()) || !check(current())) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(current());
    });
  });
}

suite('Brief tools', () => {
  let api: Api;

  suiteSetup(async function () {
    this.timeout(60_000);
    api = (await activateExtension()).exports as Api;
    await api.index.whenReady();
    await vscode.workspace.fs.createDirectory(briefsFolder());
    for (const [name, text] of Object.entries(NOTES)) {
      const uri = vscode.Uri.joinPath(sourcesFolder(), name);
      await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
      await vscode.workspace.openTextDocument(uri);
    }
    await waitFor('the source notes to be indexed', () => Object.keys(NOTES).every((name) =>
      api.index.notes.figuresOf(`${NOTES_PREFIX()}${name}`).length > 0), 30_000);
  });

  suiteTeardown(async function () {
    this.timeout(60_000);
    // The briefs were edited: saved first, so closing asks nothing.
    await vscode.workspace.saveAll(false);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // Deleted through a workspace edit, which tells the index (a file-system delete of a folder
    // reports no event per note), and waited for, so later suites see none of these figures.
    const edit = new vscode.WorkspaceEdit();
    for (const folder of [briefsFolder(), sourcesFolder()]) edit.deleteFile(folder, { recursive: true, ignoreIfNotExists: true });
    await vscode.workspace.applyEdit(edit);
    const prefixes = [NOTES_PREFIX(), `${vscode.workspace.asRelativePath(briefsFolder(), false)}/`];
    await waitFor('the brief tools files to leave the index', () => api.index.notes.notePaths().every((path) => !prefixes.some((prefix) => path.startsWith(prefix))), 15_000);
  });

  function noteFigureId(name: string, raw: string): string {
    const path = `${NOTES_PREFIX()}${name}`;
    const figure = api.index.notes.figuresOf(path).find((candidate) => candidate.raw === raw);
    assert.ok(figure, `${raw} in ${path}`);
    return `note:${path}#${figure.start}`;
  }

  test('Insert Sourced Figure with an id, then with a query: figure text, footnote references and definitions', async () => {
    const editor = await writeBrief('insert.md', '# Brief\n\nChina mined  of rare earths. Dysprosium cost .\n');
    const line = editor.document.lineAt(2).text;
    editor.selection = new vscode.Selection(2, line.indexOf('  of') + 1, 2, line.indexOf('  of') + 1);
    const first = await vscode.commands.executeCommand<{ id: string; text: string; label?: string }>('rareEarthNotes.insertFigure', { id: noteFigureId('china-output.md', '69%') });
    assert.deepStrictEqual(first, { id: noteFigureId('china-output.md', '69%'), text: '69%[^1]', label: '1' });
    const after = editor.document.lineAt(2).text;
    const at = after.indexOf('cost ') + 5;
    editor.selection = new vscode.Selection(2, at, 2, at);
    const second = await vscode.commands.executeCommand<{ text: string; label?: string }>('rareEarthNotes.insertFigure', { query: 'dy price rotterdam' });
    assert.strictEqual(second?.text, 'US$230/kg[^1]', 'the same article: its footnote is reused');
    assert.strictEqual(editor.document.getText(), [
      '# Brief',
      '',
      'China mined 69%[^1] of rare earths. Dysprosium cost US$230/kg[^1].',
      '',
      `[^1]: China’s grip on rare earth mining loosens, www.example-news.com, 2025-01-15. ${CHINA_URL}`,
      '',
    ].join('\n'));
    const third = await vscode.commands.executeCommand<{ text: string; label?: string }>('rareEarthNotes.insertFigure', { query: 'china mining 62', format: 'footnote' });
    assert.strictEqual(third?.label, '2');
    assert.ok(editor.document.getText().endsWith(`[^1]: China’s grip on rare earth mining loosens, www.example-news.com, 2025-01-15. ${CHINA_URL}\n[^2]: Critical minerals outlook, iea.example, 2024-05-01. ${IEA_URL}\n`), editor.document.getText());
  });

  test('completion after @dy price offers the dysprosium prices; accepting one writes the figure and its footnote', async () => {
    const editor = await writeBrief('complete.md', 'Dysprosium oxide cost @dy price\n\nMore to come.\n');
    const position = new vscode.Position(0, editor.document.lineAt(0).text.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position, '@');
    const ours = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Reference);
    const labels = ours.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.some((label) => /^\d[\d,.]* USD\/kg · Dy/.test(label)), `reference prices offered too: ${JSON.stringify(labels)}`);
    const item = ours.find((candidate) => (typeof candidate.label === 'string' ? candidate.label : candidate.label.label).startsWith('US$230/kg · Dy'));
    assert.ok(item, JSON.stringify(labels));
    assert.ok(ours.every((candidate) => candidate.kind === vscode.CompletionItemKind.Reference && /price/.test(candidate.detail ?? '')), 'only prices');
    assert.strictEqual(item.insertText, 'US$230/kg[^1]');
    const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing;
    assert.ok(range, 'the item replaces the @query');
    assert.strictEqual(editor.document.getText(range), '@dy price');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(editor.document.uri, range, item.insertText);
    for (const extra of item.additionalTextEdits ?? []) edit.replace(editor.document.uri, extra.range, extra.newText);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(editor.document.getText(), `Dysprosium oxide cost US$230/kg[^1]\n\nMore to come.\n\n[^1]: China’s grip on rare earth mining loosens, www.example-news.com, 2025-01-15. ${CHINA_URL}\n`);
  });

  test('diagnostics: an unsourced figure and a disagreement in a brief, none in a note; both quick fixes', async function () {
    this.timeout(60_000);
    const editor = await writeBrief('check.md', 'China accounted for 69% of global rare earth mining.\n');
    const uri = editor.document.uri;
    const diagnostics = await ourDiagnostics(uri, (found) => found.length === 2);
    const unsourced = diagnostics.find((diagnostic) => diagnostic.code === 'unsourced-figure');
    const disagreement = diagnostics.find((diagnostic) => diagnostic.code === 'sources-disagree');
    assert.ok(unsourced && disagreement, JSON.stringify(diagnostics.map((d) => d.message)));
    assert.strictEqual(editor.document.getText(unsourced.range), '69%');
    assert.strictEqual(unsourced.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(disagreement.message.startsWith('Sources disagree: 69% here; 62%, iea.example 2024'), disagreement.message);
    assert.ok(!disagreement.message.includes('www.example-news.com'), 'the note with the same value agrees');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(vscode.Uri.joinPath(sourcesFolder(), 'outlook.md')).filter((d) => d.source === 'Rare Earth Notes'), [], 'notes are not briefs');

    // "Cite …": the note with the same subject and value, as a footnote after the figure.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, unsourced.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((action) => action.title);
    assert.ok(titles.includes('Cite a source…'), JSON.stringify(titles));
    const cite = actions.find((action) => action.title === 'Cite 69%, www.example-news.com 2025');
    assert.ok(cite?.edit, JSON.stringify(titles));
    assert.ok(await vscode.workspace.applyEdit(cite.edit));
    assert.strictEqual(editor.document.getText(), `China accounted for 69%[^1] of global rare earth mining.\n\n[^1]: China’s grip on rare earth mining loosens, www.example-news.com, 2025-01-15. ${CHINA_URL}\n`);
    const left = await ourDiagnostics(uri, (found) => found.length === 1);
    assert.strictEqual(left[0].code, 'sources-disagree');

    // "Replace with … and cite it": the other value, its own footnote.
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, left[0].range, vscode.CodeActionKind.QuickFix.value);
    const replace = fixes.find((action) => action.title === 'Replace with 62%, iea.example 2024 and cite it');
    assert.ok(replace?.edit, JSON.stringify(fixes.map((action) => action.title)));
    assert.ok(await vscode.workspace.applyEdit(replace.edit));
    const text = editor.document.getText();
    // The old footnote was cited only there: rewritten for the new source, not left orphaned.
    assert.strictEqual(text, `China accounted for 62%[^1] of global rare earth mining.\n\n[^1]: Critical minerals outlook, iea.example, 2024-05-01. ${IEA_URL}\n`);
    // 62% now disagrees with the 69% of the other note, and is sourced.
    const after = await ourDiagnostics(uri, (found) => found.length === 1 && found[0].message.startsWith('Sources disagree: 62% here'));
    assert.ok(after[0].message.includes('69%, www.example-news.com 2025') && !after[0].message.includes('iea.example'), after[0].message);
  });

  test('the severity settings: "off" hides a kind of diagnostic', async function () {
    this.timeout(60_000);
    const settings = vscode.workspace.getConfiguration('rareEarthNotes.briefs', workspaceFolder().uri);
    await settings.update('unsourcedSeverity', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      await settings.update('disagreementSeverity', 'error', vscode.ConfigurationTarget.Workspace);
      const editor = await writeBrief('settings.md', 'China accounted for 69% of global rare earth mining.\n');
      const found = await ourDiagnostics(editor.document.uri, (diagnostics) => diagnostics.length === 1);
      assert.strictEqual(found[0].code, 'sources-disagree');
      assert.strictEqual(found[0].severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await settings.update('unsourcedSeverity', undefined, vscode.ConfigurationTarget.Workspace);
      await settings.update('disagreementSeverity', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('the statistic hover card links Copy Figure with Citation, which copies the figure and its footnote', async () => {
    const uri = vscode.Uri.joinPath(sourcesFolder(), 'china-output.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(document.getText().indexOf('69%') + 1));
    const values = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)));
    const link = values.map((value) => /\[Copy with citation\]\(command:rareEarthNotes\.copyFigureWithCitation\?([^)\s]+)\)/.exec(value)).find((match) => match !== null);
    assert.ok(link, JSON.stringify(values));
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    assert.deepStrictEqual(args, [{ id: noteFigureId('china-output.md', '69%') }]);
    const copied = await vscode.commands.executeCommand<string>('rareEarthNotes.copyFigureWithCitation', ...args);
    const expected = `69%[^1]\n\n[^1]: China’s grip on rare earth mining loosens, www.example-news.com, 2025-01-15. ${CHINA_URL}`;
    assert.strictEqual(copied, expected);
    assert.strictEqual(await vscode.env.clipboard.readText(), expected);
  });

  test('Export Sources of This Brief lists each cited source once', async () => {
    await writeBrief('export.md', `A 69%[^1] and again[^1], [IEA, 2024](${IEA_URL}).\n\n[^1]: China’s grip, www.example-news.com, 2025-01-15. ${CHINA_URL}\n`);
    const markdown = await vscode.commands.executeCommand<string>('rareEarthNotes.exportBriefSources', { destination: 'document' });
    assert.strictEqual(markdown, `# Sources: export.md\n\n- China’s grip, www.example-news.com, 2025-01-15. ${CHINA_URL}\n- [IEA, 2024](${IEA_URL})\n`);
    await waitFor('the bibliography document', () => vscode.window.activeTextEditor?.document.isUntitled && vscode.window.activeTextEditor.document.getText() === markdown);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
