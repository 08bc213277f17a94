// Highlighting in the Markdown preview, through VS Code's own Markdown renderer (the built-in
// Markdown extension calls our extendMarkdownIt), and its setting.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor, workspaceFolder } from './helpers';

const SETTING = 'preview.highlight';

const NOTE = [
  '---',
  'title: "Neodymium output up 69%"',
  'tags: [dysprosium, terbium]',
  '---',
  '',
  '# Dysprosium and terbium',
  '',
  'Neodymium oxide prices rose 69% in a year; [the dysprosium report](https://example.com/dysprosium/12%) says 12%.',
  '',
  '| Element | Share |',
  '| --- | --- |',
  '| Terbium | 45% |',
  '',
  'Inline `neodymium 30%` code, <abbr title="terbium 25%">REE</abbr> and <!-- samarium 5% -->.',
  '',
  '```',
  'praseodymium 80%',
  '```',
  '',
].join('\n');

interface Span {
  kind: 'element' | 'stat';
  text: string;
}

function spans(html: string): Span[] {
  return [...html.matchAll(/<span class="ren-(element|stat)\b[^"]*">([^<]*)<\/span>/g)].map((match) => ({ kind: match[1] as Span['kind'], text: match[2] }));
}

const texts = (html: string, kind: Span['kind']) => spans(html).filter((span) => span.kind === kind).map((span) => span.text);

function render(input: string | vscode.TextDocument): Thenable<string> {
  return vscode.commands.executeCommand<string>('markdown.api.render', input);
}

async function setHighlight(value: boolean | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('rareEarthNotes').update(SETTING, value, vscode.ConfigurationTarget.Workspace);
}

const scratch = () => vscode.Uri.joinPath(workspaceFolder().uri, 'preview-scratch');

suite('Preview highlighting', () => {
  teardown(async () => {
    await setHighlight(undefined);
  });

  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(scratch(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  test('the Markdown renderer loads the plugin (and activates the extension)', async () => {
    const html = await render('Neodymium prices rose 69%.');
    assert.deepStrictEqual(spans(html), [{ kind: 'element', text: 'Neodymium' }, { kind: 'stat', text: '69%' }], html);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'rendering Markdown activated Rare Earth Notes');
  });

  test('highlights elements and statistics in headings, prose, link text and tables; never code, HTML or link destinations', async () => {
    const html = await render(NOTE);
    assert.ok(/<h1[^>]*><span class="ren-element[^"]*">Dysprosium<\/span> and <span class="ren-element[^"]*">terbium<\/span><\/h1>/.test(html), html);
    assert.ok(/<a [^>]*href="https:\/\/example\.com\/dysprosium\/12%25"[^>]*>the <span class="ren-element[^"]*">dysprosium<\/span> report<\/a>/.test(html), html);
    assert.ok(/<td[^>]*><span class="ren-element[^"]*">Terbium<\/span><\/td>/.test(html), html);
    assert.deepStrictEqual(texts(html, 'stat'), ['69%', '12%', '45%'], html);
    for (const text of ['neodymium 30%', 'terbium 25%', 'samarium 5%', 'praseodymium 80%']) {
      assert.ok(html.includes(text), `"${text}" is rendered untouched:\n${html}`);
    }
    assert.ok(!spans(html).some((span) => /praseodymium|samarium/i.test(span.text)), html);
  });

  test('leaves front matter alone (VS Code renders it as a table)', async () => {
    const html = await render(NOTE);
    const frontMatter = /<table class="frontmatter"[\s\S]*?<\/table>/.exec(html)?.[0];
    assert.ok(frontMatter, `the front matter is shown as a table:\n${html}`);
    assert.ok(frontMatter.includes('Neodymium output up 69%'), frontMatter);
    assert.deepStrictEqual(spans(frontMatter), [], frontMatter);
    assert.ok(texts(html, 'element').includes('Neodymium'), 'the body after the front matter is highlighted');
  });

  test('escapes note text around the spans', async () => {
    const html = await render('Neodymium & "dysprosium" > 69% \\<script>alert(1)\\</script>');
    assert.ok(!html.includes('<script'), html);
    assert.ok(html.includes('&amp;') && html.includes('&quot;') && html.includes('&gt;'), html);
    assert.deepStrictEqual(texts(html, 'element'), ['Neodymium', 'dysprosium'], html);
  });

  test('the setting turns it off, and back on, for rendered text and open documents', async () => {
    const uri = vscode.Uri.joinPath(scratch(), 'note.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(NOTE));
    const document = await vscode.workspace.openTextDocument(uri);
    assert.notDeepStrictEqual(spans(await render(document)), [], 'highlighted while on');

    await setHighlight(false);
    await waitFor('no spans in rendered text', async () => spans(await render(NOTE)).length === 0);
    // The Markdown extension caches a document's tokens by version: the refresh we run on a
    // setting change must have dropped them.
    await waitFor('no spans in the cached document', async () => spans(await render(document)).length === 0);
    assert.ok((await render(document)).includes('Neodymium oxide prices rose 69%'));

    await setHighlight(true);
    await waitFor('spans again', async () => spans(await render(document)).length > 0);
  });

  test('contributes the preview style sheet', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const styles = extension.packageJSON.contributes['markdown.previewStyles'] as string[];
    assert.deepStrictEqual(styles, ['./media/preview.css']);
    const css = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'media', 'preview.css')));
    assert.ok(css.includes('.ren-element') && css.includes('.ren-stat'), 'the VSIX ships media/preview.css');
  });
});
