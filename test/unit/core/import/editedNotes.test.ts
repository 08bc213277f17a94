import { strict as assert } from 'node:assert';
import { DEFAULT_TAXONOMY_MAPPING } from '../../../../src/core/wordpress/taxonomyMapping';
import { importArticles, type ImportOptions } from '../../../../src/core/import/importArticles';
import { formatImportSummary, formatOutcome } from '../../../../src/core/import/importSummary';
import { json, minimalPost } from '../../../../src/core/import/testing/fixtures';
import { MemoryNoteStore } from '../../../../src/core/import/testing/memoryNoteStore';

const NAME = '2025-03-14-separation-plant-opens-in-texas.md';
const UPDATE = '2025-03-14-separation-plant-opens-in-texas.update.md';

function options(day: number): ImportOptions {
  return { taxonomyMapping: DEFAULT_TAXONOMY_MAPPING, now: () => new Date(Date.UTC(2025, 6, day)) };
}

const original = () => [{ name: 'a.json', text: json(minimalPost()) }];
const revised = () => [{ name: 'a.json', text: json(minimalPost({ modified: '2025-04-01T00:00:00', content: { rendered: '<p>The plant doubled its output.</p>' } })) }];

async function importedStore(): Promise<MemoryNoteStore> {
  const store = new MemoryNoteStore();
  await importArticles(original(), store, options(1));
  return store;
}

describe('importArticles: notes the user edited above ## Notes', () => {
  it('keeps the edited note byte for byte and writes the update beside it', async () => {
    const store = await importedStore();
    const edited = store.files.get(NAME)!.replace('started work this week.', 'started work this week (my correction: last week).') + 'My thoughts.\n';
    store.files.set(NAME, edited);
    const result = await importArticles(revised(), store, options(2));
    assert.equal(result.kept, 1);
    assert.equal(store.files.get(NAME), edited);
    const update = store.files.get(UPDATE)!;
    assert.match(update, /The plant doubled its output\.\n\n## Notes\n\nMy thoughts\.\n$/);
    assert.deepEqual(result.outcomes, [{ kind: 'kept', source: 'a.json', fileName: NAME, updateFileName: UPDATE, title: 'Separation Plant Opens in Texas' }]);
    assert.equal(formatImportSummary(result), 'Imported 0, updated 0, unchanged 0, kept 1 you edited (update written beside it), failed 0');
    assert.match(formatOutcome(result.outcomes[0]), /^kept: 2025-03-14-separation-plant-opens-in-texas\.md \(a\.json\): you edited the article part since the last import/);
  });

  it('an edit to the importer\'s front matter counts too; the user\'s own keys do not', async () => {
    const store = await importedStore();
    store.files.set(NAME, store.files.get(NAME)!.replace(/^title: .*$/m, 'title: My Own Title'));
    assert.equal((await importArticles(revised(), store, options(2))).kept, 1);

    const other = await importedStore();
    other.files.set(NAME, other.files.get(NAME)!.replace(/^imported: (.*)$/m, 'imported: $1\nstatus: read'));
    const result = await importArticles(revised(), other, options(2));
    assert.equal(result.updated, 1);
    assert.match(other.files.get(NAME)!, /\nstatus: read\n/);
  });

  it('keeps a CRLF note CRLF and writes a CRLF update', async () => {
    const store = await importedStore();
    const crlf = store.files.get(NAME)!.replace(/\n/g, '\r\n');
    store.files.set(NAME, crlf);
    assert.equal((await importArticles(original(), store, options(2))).unchanged, 1, 'line endings alone are no edit');
    assert.equal((await importArticles(revised(), store, options(3))).updated, 1);
    const updated = store.files.get(NAME)!;
    assert.ok(!/[^\r]\n/.test(updated), 'still CRLF');
    const edited = updated.replace('doubled', 'tripled');
    store.files.set(NAME, edited);
    const result = await importArticles([{ name: 'a.json', text: json(minimalPost({ modified: '2025-05-01T00:00:00', content: { rendered: '<p>Output fell.</p>' } })) }], store, options(4));
    assert.equal(result.kept, 1);
    assert.equal(store.files.get(NAME), edited);
    assert.ok(!/[^\r]\n/.test(store.files.get(UPDATE)!), 'the update is CRLF too');
  });

  it('leaves an edited note alone without an update file when the site has not changed', async () => {
    const store = await importedStore();
    const edited = store.files.get(NAME)!.replace('this week', 'this month');
    store.files.set(NAME, edited);
    const result = await importArticles(original(), store, options(2));
    assert.equal(result.unchanged, 1);
    assert.equal(store.files.get(NAME), edited);
    assert.equal(store.files.size, 1);
  });

  it('does not rewrite an identical update file, and never takes it for the article\'s note', async () => {
    const store = await importedStore();
    store.files.set(NAME, store.files.get(NAME)!.replace('this week', 'this month'));
    await importArticles(revised(), store, options(2));
    const writes = store.writes.length;
    const again = await importArticles(revised(), store, options(3));
    assert.equal(again.kept, 1);
    assert.equal(store.writes.length, writes);
    assert.equal(store.files.size, 2);
  });

  it('treats a note without imported_hash (from an older version) as unedited', async () => {
    const store = await importedStore();
    store.files.set(NAME, store.files.get(NAME)!.replace(/^imported_hash: .*\n/m, '').replace('this week', 'this month'));
    const result = await importArticles(revised(), store, options(2));
    assert.equal(result.updated, 1);
    assert.match(store.files.get(NAME)!, /^imported_hash: [0-9a-f]{16}$/m);
  });
});
