// What the imported notes hold, and how re-import treats them, driven through the real commands.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { activateExtension, clearNotes, COMMANDS, notesFolder, noteUri, readText, runImport, summary, workspaceFolder } from './helpers';

/** A WordPress REST post about rare earths; fields can be overridden per test. */
function post(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 7301,
    date: '2025-09-02T07:45:00',
    modified: '2025-09-02T07:45:00',
    slug: 'samarium-cobalt-supply-for-defence-magnets',
    type: 'post',
    link: 'https://magnet-watch.example/2025/09/samarium-cobalt-supply-for-defence-magnets/',
    title: { rendered: 'Samarium&#8211;cobalt supply for defence magnets' },
    content: {
      rendered: '<p>About <strong>85%</strong> of samarium is refined in China, a <a href="https://magnet-watch.example/report">report</a> says.</p>'
        + '<h2>Who buys it</h2><ul><li>Missile makers</li><li>Satellite builders<ul><li>in Europe</li></ul></li></ul>'
        + '<blockquote><p>We need <em>a second source</em>.</p></blockquote>',
    },
    excerpt: { rendered: '<p>Samarium refining is concentrated.</p>' },
    class_list: ['post-7301', 'type-post', 'regions-china', 'regions-european-union', 'organization-arnold-magnetic-technologies', 'category-defence', 'tag-samarium'],
    ...overrides,
  };
}

const scratch = () => vscode.Uri.joinPath(workspaceFolder().uri, 'scratch');

async function writeJson(name: string, value: unknown): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(scratch(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value)));
  return uri;
}

function frontMatterOf(text: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  assert.ok(match, 'the note starts with front matter');
  return parse(match[1]) as Record<string, unknown>;
}

async function importOne(value: unknown, name = 'article.json') {
  const result = await runImport(COMMANDS.importFile, [await writeJson(name, value)]);
  const outcome = result.outcomes[0];
  assert.ok(outcome && outcome.kind !== 'failed', summary(result));
  return { result, uri: noteUri(outcome.fileName), fileName: outcome.fileName };
}

suite('Imported notes', () => {
  suiteSetup(async () => {
    await activateExtension();
    await vscode.workspace.fs.createDirectory(scratch());
  });

  setup(clearNotes);

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('rareEarthNotes').update('notesFolder', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('rareEarthNotes').update('taxonomyMapping', undefined, vscode.ConfigurationTarget.Workspace);
  });

  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(scratch(), { recursive: true, useTrash: false });
  });

  test('front matter holds every key, with names from class_list slugs', async () => {
    const { uri } = await importOne(post());
    const data = frontMatterOf(await readText(uri));
    assert.deepStrictEqual(Object.keys(data), ['title', 'source', 'wp_id', 'site', 'type', 'date', 'modified', 'regions', 'organizations', 'topics', 'tags', 'excerpt', 'imported', 'imported_hash']);
    assert.strictEqual(data.title, 'Samarium–cobalt supply for defence magnets');
    assert.strictEqual(data.source, 'https://magnet-watch.example/2025/09/samarium-cobalt-supply-for-defence-magnets/');
    assert.strictEqual(data.wp_id, 7301);
    assert.strictEqual(data.site, 'magnet-watch.example');
    assert.deepStrictEqual(data.regions, ['China', 'European Union']);
    assert.deepStrictEqual(data.organizations, ['Arnold Magnetic Technologies']);
    assert.deepStrictEqual(data.topics, ['Defence']);
    assert.deepStrictEqual(data.tags, ['Samarium']);
    assert.strictEqual(data.excerpt, 'Samarium refining is concentrated.');
  });

  test('the body is Markdown: title heading, headings, nested lists, quotes, links, no HTML', async () => {
    const { uri } = await importOne(post());
    const text = await readText(uri);
    assert.match(text, /^# Samarium–cobalt supply for defence magnets$/m);
    assert.match(text, /^About \*\*85%\*\* of samarium is refined in China, a \[report\]\(https:\/\/magnet-watch\.example\/report\) says\.$/m);
    assert.match(text, /^## Who buys it$/m);
    assert.match(text, /^- Satellite builders\n {2,4}- in Europe$/m);
    assert.match(text, /^> We need \*a second source\*\.$/m);
    assert.doesNotMatch(text, /<\/?[a-z][^>]*>/i);
    assert.match(text, /\n## Notes\n\n$/, 'the note ends with an empty Notes section');
  });

  test('names come from embedded terms when the site sent them, string ids and missing names included', async () => {
    const { uri } = await importOne(post({
      class_list: { 0: 'post-7301', 1: 'regions-ignored-when-embedded' },
      _embedded: {
        'wp:term': [
          [{ id: 'r1', name: 'People&#8217;s Republic of China', slug: 'prc', taxonomy: 'regions' }],
          [{ id: 9, slug: 'vacuumschmelze', taxonomy: 'organization' }],
          [{ id: 3, name: 'Magnets', slug: 'magnets', taxonomy: 'post_tag' }],
        ],
      },
    }));
    const data = frontMatterOf(await readText(uri));
    assert.deepStrictEqual(data.regions, ['People’s Republic of China']);
    assert.deepStrictEqual(data.organizations, ['Vacuumschmelze']);
    assert.deepStrictEqual(data.tags, ['Magnets']);
  });

  test('a collection file imports every article and reports the bad one by its JSON path', async () => {
    const collection = [post(), post({ id: 7302, slug: 'second' }), post({ id: 7303, title: { rendered: 42 } }), post({ id: 7304, slug: 'fourth' })];
    const result = await runImport(COMMANDS.importFile, [await writeJson('collection.json', collection)]);
    assert.strictEqual(result.imported, 3, summary(result));
    assert.strictEqual(result.failed, 1, summary(result));
    const failure = result.outcomes.find((outcome) => outcome.kind === 'failed');
    assert.ok(failure && failure.kind === 'failed');
    assert.strictEqual(failure.message, 'collection.json: [2].title.rendered: expected string, received number');
  });

  test('a password-protected post fails with a message that says so, and writes nothing', async () => {
    const result = await runImport(COMMANDS.importFile, [await writeJson('protected.json', post({ content: { rendered: '', protected: true } }))]);
    assert.strictEqual(result.failed, 1, summary(result));
    const [failure] = result.outcomes;
    assert.ok(failure.kind === 'failed' && /password-protected/.test(failure.message), summary(result));
    assert.deepStrictEqual(await notesFolderEntries(), []);
  });

  test('a WordPress error answer is reported as such', async () => {
    const result = await runImport(COMMANDS.importFile, [await writeJson('error.json', { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } })]);
    const [failure] = result.outcomes;
    assert.ok(failure.kind === 'failed', summary(result));
    assert.match(failure.message, /^error\.json: .*rest_post_invalid_id: Invalid post ID\./);
  });

  test('a file that cannot be read fails on its own while the others import', async () => {
    const missing = vscode.Uri.joinPath(scratch(), 'does-not-exist.json');
    const result = await runImport(COMMANDS.importFile, [missing, await writeJson('ok.json', post())]);
    assert.strictEqual(result.imported, 1, summary(result));
    assert.strictEqual(result.failed, 1, summary(result));
    const failure = result.outcomes.find((outcome) => outcome.kind === 'failed');
    assert.ok(failure && failure.kind === 'failed' && failure.message.startsWith('does-not-exist.json: cannot be read'), summary(result));
  });

  test('hostile slugs never leave the notes folder', async () => {
    const result = await runImport(COMMANDS.importFile, [await writeJson('hostile.json', [
      post({ id: 1, slug: '../../escape' }),
      post({ id: 2, slug: '/etc/passwd' }),
      post({ id: 3, slug: 'a\\b\u0000c' }),
      post({ id: 4, slug: '', title: { rendered: '<b>CON</b>' } }),
    ])]);
    assert.strictEqual(result.imported, 4, summary(result));
    const entries = await notesFolderEntries();
    assert.strictEqual(entries.length, 4, entries.join(', '));
    for (const name of entries) assert.match(name, /^2025-09-02-[a-z0-9-]+\.md$/);
    assert.ok(!(await exists(vscode.Uri.joinPath(workspaceFolder().uri, 'escape.md'))));
  });

  test('two articles that would share a file name are told apart by their post id', async () => {
    const result = await runImport(COMMANDS.importFile, [await writeJson('twins.json', [post({ id: 11 }), post({ id: 12 })])]);
    assert.strictEqual(result.imported, 2, summary(result));
    const names = result.outcomes.map((outcome) => (outcome.kind === 'failed' ? '' : outcome.fileName)).sort();
    assert.deepStrictEqual(names, ['2025-09-02-samarium-cobalt-supply-for-defence-magnets-12.md', '2025-09-02-samarium-cobalt-supply-for-defence-magnets.md']);
  });

  test('re-import keeps what the user wrote under Notes, byte for byte, and updates the article', async () => {
    const { uri } = await importOne(post());
    const mine = '## Notes\n\nCompare with the USGS figure.  \n\n- [ ] ask the analyst\r\n\n```\n## Notes inside code\n```\n';
    const original = await readText(uri);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original.replace(/## Notes\n\n$/, mine)));

    const changed = post({ modified: '2025-09-03T08:00:00', content: { rendered: '<p>Revised: about 90% of samarium is refined in China.</p>' } });
    const { result } = await importOne(changed);
    assert.strictEqual(result.updated, 1, summary(result));
    const text = await readText(uri);
    assert.ok(text.endsWith(mine), 'the user section is kept byte for byte');
    assert.match(text, /^Revised: about 90% of samarium is refined in China\.$/m);
    assert.doesNotMatch(text, /About \*\*85%\*\*/);
    assert.strictEqual(frontMatterOf(text).modified, '2025-09-03T08:00:00');
  });

  test('re-import of an unchanged article does not touch the file', async () => {
    const { uri } = await importOne(post());
    const before = await vscode.workspace.fs.stat(uri);
    const text = await readText(uri);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const { result } = await importOne(post());
    assert.strictEqual(result.unchanged, 1, summary(result));
    assert.strictEqual((await vscode.workspace.fs.stat(uri)).mtime, before.mtime);
    assert.strictEqual(await readText(uri), text);
  });

  test('a renamed note is still found by its front matter, and keys the user added stay', async () => {
    const { uri } = await importOne(post());
    const renamed = vscode.Uri.joinPath(notesFolder(), 'my-samarium-note.md');
    const text = await readText(uri);
    await vscode.workspace.fs.writeFile(renamed, new TextEncoder().encode(text.replace(/^imported: .*$/m, (line) => `${line}\nstatus: reviewed`)));
    await vscode.workspace.fs.delete(uri);

    const { result, fileName } = await importOne(post({ modified: '2025-09-04T00:00:00' }));
    assert.strictEqual(result.updated, 1, summary(result));
    assert.strictEqual(fileName, 'my-samarium-note.md');
    assert.strictEqual(frontMatterOf(await readText(renamed)).status, 'reviewed');
    assert.deepStrictEqual(await notesFolderEntries(), ['my-samarium-note.md']);
  });

  test('a note whose Notes heading was removed is not overwritten', async () => {
    const { uri } = await importOne(post());
    const edited = (await readText(uri)).replace('## Notes\n', 'My own conclusions, no heading.\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(edited));
    const { outcomes, failed } = await runImport(COMMANDS.importFile, [await writeJson('again.json', post({ modified: '2025-10-01T00:00:00' }))]);
    assert.strictEqual(failed, 1);
    assert.ok(outcomes[0].kind === 'failed' && /no "## Notes" heading/.test(outcomes[0].message));
    assert.strictEqual(await readText(uri), edited);
  });

  test('a CRLF note stays CRLF when it is updated', async () => {
    const { uri } = await importOne(post());
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode((await readText(uri)).replace(/\n/g, '\r\n')));
    const { result } = await importOne(post({ modified: '2025-09-05T00:00:00' }));
    assert.strictEqual(result.updated, 1, summary(result));
    const text = await readText(uri);
    assert.ok(!/[^\r]\n/.test(text), 'every line ends with CRLF');
  });

  test('the notesFolder setting chooses where notes go', async () => {
    await vscode.workspace.getConfiguration('rareEarthNotes').update('notesFolder', 'research/imported', vscode.ConfigurationTarget.Workspace);
    const result = await runImport(COMMANDS.importFile, [await writeJson('setting.json', post())]);
    assert.strictEqual(result.imported, 1, summary(result));
    const target = vscode.Uri.joinPath(workspaceFolder().uri, 'research', 'imported', '2025-09-02-samarium-cobalt-supply-for-defence-magnets.md');
    assert.ok(await exists(target), `${target.path} exists`);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder().uri, 'research'), { recursive: true, useTrash: false });
  });

  test('the taxonomyMapping setting chooses which taxonomy feeds which key', async () => {
    await vscode.workspace.getConfiguration('rareEarthNotes').update('taxonomyMapping', { category: 'regions', post_tag: 'organizations' }, vscode.ConfigurationTarget.Workspace);
    const { uri } = await importOne(post());
    const data = frontMatterOf(await readText(uri));
    assert.deepStrictEqual(data.regions, ['Defence']);
    assert.deepStrictEqual(data.organizations, ['Samarium']);
    assert.deepStrictEqual(data.topics, []);
  });
});

async function notesFolderEntries(): Promise<string[]> {
  try {
    return (await vscode.workspace.fs.readDirectory(notesFolder())).map(([name]) => name).sort();
  } catch {
    return [];
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
