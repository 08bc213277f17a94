import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, clearNotes, COMMANDS, noteUri, readText, runImport, summary } from './helpers';
import { startWordPressServer, type FakePost, type WordPressServer } from './wordpressServer';

const posts: FakePost[] = [
  {
    id: 1,
    date: '2025-06-03T11:00:00',
    slug: 'myanmar-border-closure-halts-heavy-rare-earth-shipments',
    title: 'Myanmar border closure halts heavy rare earth shipments',
    paragraphs: ['Trucks carrying mixed carbonate from Kachin State have been stuck at the border crossing for a week.', 'Chinese separators rely on the material for dysprosium and terbium.'],
    classes: ['regions-myanmar', 'regions-china'],
  },
  {
    id: 2,
    date: '2025-06-10T08:00:00',
    slug: 'dysprosium-oxide-climbs-for-a-third-week',
    title: 'Dysprosium oxide climbs for a third week',
    paragraphs: ['Prices for dysprosium oxide rose again as buyers rushed to secure supply.'],
    classes: ['news-type-prices'],
  },
  {
    id: 3,
    date: '2025-06-12T14:30:00',
    slug: 'malaysian-regulator-renews-processing-licence',
    title: 'Malaysian regulator renews processing licence',
    paragraphs: ['The licence for the Kuantan separation plant was renewed for three years, with conditions on residue storage.'],
    classes: ['regions-malaysia', 'organization-lynas-rare-earths'],
  },
];

suite('Import from WordPress site', () => {
  let site: WordPressServer;

  suiteSetup(async () => {
    await activateExtension();
    await clearNotes();
    site = await startWordPressServer(posts, 2);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await site?.close();
  });

  test('imports a single REST item', async () => {
    const result = await runImport(COMMANDS.importUrl, `${site.base}/wp-json/wp/v2/posts/1`);
    assert.strictEqual(result.imported, 1, summary(result));
    const [outcome] = result.outcomes;
    assert.ok(outcome.kind === 'imported');
    assert.strictEqual(outcome.title, posts[0].title);
    assert.match(outcome.fileName, /2025-06-03-[a-z0-9-]+\.md$/);
    const text = await readText(noteUri(outcome.fileName));
    assert.match(text, /^title: *["']?Myanmar border closure halts heavy rare earth shipments["']?\s*$/m);
    assert.match(text, /Kachin State/);
  });

  test('follows X-WP-TotalPages through a paginated collection', async () => {
    const result = await runImport(COMMANDS.importUrl, `${site.base}/wp-json/wp/v2/posts`);
    // Post 1 was imported by the test above; the collection holds it again.
    assert.strictEqual(result.outcomes.length, 3, summary(result));
    assert.strictEqual(result.failed, 0, summary(result));
    assert.strictEqual(result.imported + result.unchanged, 3, summary(result));
    const collectionPages = site.requests.filter((request) => /^\/wp-json\/wp\/v2\/posts\/?(\?|$)/.test(request));
    assert.ok(collectionPages.some((request) => /[?&]page=2\b/.test(request)), `page 2 was never requested: ${collectionPages.join(', ')}`);
  });

  test('a missing post fails with a message', async () => {
    const result = await runImport(COMMANDS.importUrl, `${site.base}/wp-json/wp/v2/posts/999`);
    assert.strictEqual(result.failed, 1, summary(result));
    const [outcome] = result.outcomes;
    assert.ok(outcome.kind === 'failed' && outcome.message.length > 0, summary(result));
  });

  test('finds the REST address of an article from its public page', async () => {
    const result = await runImport(COMMANDS.importUrl, `${site.base}/2025/${posts[2].slug}/`);
    assert.strictEqual(result.failed, 0, summary(result));
    assert.strictEqual(result.outcomes.length, 1, summary(result));
    const [outcome] = result.outcomes;
    assert.ok(outcome.kind !== 'failed');
    assert.strictEqual(outcome.title, posts[2].title);
    const text = await readText(noteUri(outcome.fileName));
    assert.match(text, /^regions:\n {2}- Malaysia$/m);
    assert.match(text, /^organizations:\n {2}- Lynas Rare Earths$/m);
  });

  test('asks for embedded terms and 100 posts a page', async () => {
    site.requests.length = 0;
    await runImport(COMMANDS.importUrl, `${site.base}/wp-json/wp/v2/posts?orderby=date`);
    const first = site.requests.find((request) => request.startsWith('/wp-json/wp/v2/posts?'));
    assert.ok(first, `no collection request: ${site.requests.join(', ')}`);
    const query = new URL(first, site.base).searchParams;
    assert.ok(query.has('_embed'), first);
    assert.strictEqual(query.get('per_page'), '100', first);
    assert.strictEqual(query.get('orderby'), 'date', `the user's own parameters are kept: ${first}`);
  });

  test('a login page instead of JSON fails with a message that says so', async () => {
    const result = await runImport(COMMANDS.importUrl, `${site.base}/members-only/wp-json/wp/v2/posts/1`);
    assert.strictEqual(result.failed, 1, summary(result));
    const [outcome] = result.outcomes;
    assert.ok(outcome.kind === 'failed' && /HTML/.test(outcome.message), summary(result));
  });

  test('the timeout setting stops waiting for a slow site', async () => {
    const settings = vscode.workspace.getConfiguration('rareEarthNotes.import');
    await settings.update('timeoutSeconds', 1, vscode.ConfigurationTarget.Workspace);
    try {
      const result = await runImport(COMMANDS.importUrl, `${site.base}/slow/wp-json/wp/v2/posts/1`);
      assert.strictEqual(result.failed, 1, summary(result));
      const [outcome] = result.outcomes;
      assert.ok(outcome.kind === 'failed' && /did not answer .* within 1 second \(setting rareEarthNotes\.import\.timeoutSeconds\)/.test(outcome.message), summary(result));
    } finally {
      await settings.update('timeoutSeconds', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('the page limit setting cuts a collection short', async () => {
    const settings = vscode.workspace.getConfiguration('rareEarthNotes.import');
    await settings.update('maxPages', 1, vscode.ConfigurationTarget.Workspace);
    try {
      site.requests.length = 0;
      const result = await runImport(COMMANDS.importUrl, `${site.base}/wp-json/wp/v2/posts`);
      assert.strictEqual(result.outcomes.length, 2, summary(result));
      assert.ok(!site.requests.some((request) => /[?&]page=2\b/.test(request)), site.requests.join(', '));
    } finally {
      await settings.update('maxPages', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('an address that is not http or https is refused with a clear message', async () => {
    const result = await runImport(COMMANDS.importUrl, 'ftp://example.com/wp-json/wp/v2/posts/1');
    assert.strictEqual(result.failed, 1, summary(result));
    const [outcome] = result.outcomes;
    assert.ok(outcome.kind === 'failed' && /http/.test(outcome.message), summary(result));
  });
});
