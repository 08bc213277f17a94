import { strict as assert } from 'node:assert';
import { parseFrontMatter, splitFrontMatter } from '../../../../src/core/note/frontMatter';
import { htmlToPlainText } from '../../../../src/core/text/htmlToPlainText';
import { DEFAULT_TAXONOMY_MAPPING, parseTaxonomyMapping } from '../../../../src/core/wordpress/taxonomyMapping';
import { importArticles, type ArticleSource, type ImportOptions } from '../../../../src/core/import/importArticles';
import type { ImportResult } from '../../../../src/core/import/importResult';
import { embeddedPost, json, minimalPost, NEWS_ARCHIVE_FRONT_MATTER, newsArchivePost, type JsonObject } from '../../../../src/core/import/testing/fixtures';
import { MemoryNoteStore } from '../../../../src/core/import/testing/memoryNoteStore';

const FIRST_RUN = new Date('2025-07-01T12:00:00.000Z');
const SECOND_RUN = new Date('2025-07-08T12:00:00.000Z');

function options(overrides: Partial<ImportOptions> = {}): ImportOptions {
  return { taxonomyMapping: DEFAULT_TAXONOMY_MAPPING, now: () => FIRST_RUN, ...overrides };
}

function source(value: unknown, name = 'articles.json'): ArticleSource {
  return { name, text: json(value) };
}

function counts(result: ImportResult) {
  const { imported, updated, unchanged, failed, cancelled } = result;
  return { imported, updated, unchanged, failed, cancelled };
}

function frontMatterOf(text: string): Record<string, unknown> {
  const parsed = parseFrontMatter(splitFrontMatter(text).yaml ?? '');
  assert.ok(parsed.ok, 'the note has readable front matter');
  return parsed.data;
}

function failures(result: ImportResult): string[] {
  return result.outcomes.flatMap((outcome) => (outcome.kind === 'failed' ? [outcome.message] : []));
}

/** User text with every kind of byte that must survive a re-import. */
const USER_TEXT = '## Notes\r\n\r\nCompare with the Lynas plant.   \n\nΔ price ≈ 12 % — 稀土 🧲\n\n```text\n## Notes\n---\n```\n\n> quoted\t\n';

async function importedStore(...posts: JsonObject[]): Promise<MemoryNoteStore> {
  const store = new MemoryNoteStore();
  const result = await importArticles([source(posts)], store, options());
  assert.equal(result.imported, posts.length);
  return store;
}

/** Adds the user's text below the Notes heading of a note, as a person would in the editor. */
function writeUserText(store: MemoryNoteStore, fileName: string, text = USER_TEXT): void {
  const note = store.files.get(fileName) ?? '';
  assert.ok(note.endsWith('## Notes\n\n'));
  store.files.set(fileName, note.slice(0, -'## Notes\n\n'.length) + text);
}

describe('importArticles', () => {
  describe('new notes', () => {
    it('writes one note per article with front matter, title, body and Notes section', async () => {
      const store = new MemoryNoteStore();
      const result = await importArticles([source(newsArchivePost())], store, options());
      assert.deepEqual(counts(result), { imported: 1, updated: 0, unchanged: 0, failed: 0, cancelled: false });
      const [name, text] = store.only();
      assert.equal(name, '2025-06-02-magnet-makers-look-beyond-china.md');
      assert.deepEqual(result.outcomes, [{ kind: 'imported', source: 'articles.json', fileName: name, title: 'Magnet Makers Look Beyond China – Again' }]);
      assert.deepEqual(Object.keys(frontMatterOf(text)), ['title', 'source', 'wp_id', 'site', 'type', 'date', 'modified', 'regions', 'organizations', 'topics', 'tags', 'excerpt', 'imported', 'imported_hash']);
      const { imported_hash: hash, ...frontMatter } = frontMatterOf(text);
      assert.match(String(hash), /^[0-9a-f]{16}$/);
      assert.deepEqual(frontMatter, {
        ...NEWS_ARCHIVE_FRONT_MATTER,
        imported: '2025-07-01T12:00:00.000Z',
      });
      const body = splitFrontMatter(text).body;
      assert.ok(body.startsWith('\n# Magnet Makers Look Beyond China – Again\n\n'));
      assert.ok(body.endsWith('\n## Notes\n\n'));
      assert.equal(body.indexOf('## Notes'), body.lastIndexOf('## Notes'));
    });

    it('imports every item of a collection and every source', async () => {
      const store = new MemoryNoteStore();
      const result = await importArticles([
        source([minimalPost(), newsArchivePost()], 'page-1.json'),
        source(embeddedPost(), 'single.json'),
      ], store, options());
      assert.deepEqual(counts(result), { imported: 3, updated: 0, unchanged: 0, failed: 0, cancelled: false });
      assert.deepEqual(result.outcomes.map((outcome) => outcome.source), ['page-1.json [0]', 'page-1.json [1]', 'single.json']);
      assert.deepEqual(await store.list(), [
        '2024-11-20-heavy-rare-earths-recycling.md',
        '2025-03-14-separation-plant-opens-in-texas.md',
        '2025-06-02-magnet-makers-look-beyond-china.md',
      ]);
    });

    it('reads a source with a byte order mark', async () => {
      const store = new MemoryNoteStore();
      const result = await importArticles([{ name: 'bom.json', text: `\uFEFF${json(minimalPost())}` }], store, options());
      assert.equal(result.imported, 1);
    });

    it('uses the custom taxonomy mapping', async () => {
      const store = new MemoryNoteStore();
      await importArticles([source(newsArchivePost())], store, options({ taxonomyMapping: parseTaxonomyMapping('regions=tags') }));
      const data = frontMatterOf(store.only()[1]);
      assert.deepEqual([data.regions, data.organizations, data.topics, data.tags], [[], [], [], ['United States', 'Australia']]);
    });

    it('reads class_list objects and embedded terms with string ids and no names', async () => {
      const store = new MemoryNoteStore();
      await importArticles([source([
        newsArchivePost({ class_list: { 0: 'hentry', 3: 'regions-china', 4: 'organization-mp-materials' } }),
        embeddedPost(),
      ])], store, options());
      const notes = [...store.files.values()].map(frontMatterOf);
      assert.deepEqual(notes.map((data) => data.regions).sort(), [['China'], ['European Union']]);
      assert.deepEqual(notes.find((data) => data.wp_id === 310)?.tags, ['Dysprosium', 'Wind Power']);
    });

    it('writes nothing and reports nothing when given no sources', async () => {
      const store = new MemoryNoteStore();
      assert.deepEqual(counts(await importArticles([], store, options())), { imported: 0, updated: 0, unchanged: 0, failed: 0, cancelled: false });
      assert.equal(store.writes.length, 0);
    });
  });

  describe('failures', () => {
    it('imports the good articles of a batch beside a bad one', async () => {
      const store = new MemoryNoteStore();
      const bad = minimalPost({ id: 4, title: { rendered: 7 } });
      const result = await importArticles([source([minimalPost({ id: 1, slug: 'one' }), minimalPost({ id: 2, slug: 'two' }), minimalPost({ id: 3, slug: 'three' }), bad, minimalPost({ id: 5, slug: 'five' })])], store, options());
      assert.deepEqual(counts(result), { imported: 4, updated: 0, unchanged: 0, failed: 1, cancelled: false });
      assert.deepEqual(failures(result), ['articles.json: [3].title.rendered: expected string, received number']);
      assert.equal(store.files.size, 4);
    });

    it('reports a bad source and still imports the others', async () => {
      const store = new MemoryNoteStore();
      const result = await importArticles([
        { name: 'broken.json', text: '{"id": 1,' },
        source({ code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } }, 'error.json'),
        source([], 'empty.json'),
        source(minimalPost({ content: { rendered: '', protected: true } }), 'locked.json'),
        source(minimalPost(), 'good.json'),
      ], store, options());
      assert.deepEqual(counts(result), { imported: 1, updated: 0, unchanged: 0, failed: 4, cancelled: false });
      const messages = failures(result);
      assert.match(messages[0], /^broken\.json: not valid JSON/);
      assert.equal(messages[1], 'error.json: the site answered with a WordPress error instead of a post: rest_post_invalid_id: Invalid post ID.');
      assert.equal(messages[2], 'empty.json: the collection is empty; there is no article to import.');
      assert.match(messages[3], /^locked\.json: the post is password-protected/);
    });

    it('does not read the notes folder when nothing could be parsed', async () => {
      const store = new MemoryNoteStore({ 'a.md': 'x' });
      await importArticles([{ name: 'x.json', text: 'nope' }], store, options());
      assert.equal(store.reads, 0);
    });

    it('reports a failure of the store for the article, and goes on with the next', async () => {
      const store = new MemoryNoteStore();
      const write = store.write.bind(store);
      store.write = async (fileName, text) => {
        if (fileName.includes('fails')) throw new Error('disk full');
        await write(fileName, text);
      };
      const result = await importArticles([source([minimalPost({ id: 1, slug: 'fails' }), minimalPost({ id: 2, slug: 'works' })])], store, options());
      assert.deepEqual(counts(result), { imported: 1, updated: 0, unchanged: 0, failed: 1, cancelled: false });
      assert.deepEqual(failures(result), ['articles.json [0]: disk full']);
    });
  });

  describe('file names', () => {
    it('tells two articles with the same name apart by -<wp_id>', async () => {
      const store = new MemoryNoteStore();
      const result = await importArticles([source([
        minimalPost({ id: 1, slug: 'quota-news' }),
        minimalPost({ id: 2, slug: 'quota-news', link: 'https://rare-earth-news.example/?p=2' }),
        minimalPost({ id: 1, slug: 'quota-news', link: 'https://other-site.example/quota-news/' }),
      ])], store, options());
      assert.equal(result.imported, 3);
      assert.deepEqual(await store.list(), ['2025-03-14-quota-news-1.md', '2025-03-14-quota-news-2.md', '2025-03-14-quota-news.md']);
      assert.equal(frontMatterOf(store.files.get('2025-03-14-quota-news-2.md') ?? '').wp_id, 2);
      assert.equal(frontMatterOf(store.files.get('2025-03-14-quota-news-1.md') ?? '').site, 'other-site.example');
    });

    it('never overwrites a note of the user that has the same name', async () => {
      const mine = '# My own note\n';
      const store = new MemoryNoteStore({ '2025-03-14-separation-plant-opens-in-texas.md': mine });
      await importArticles([source(minimalPost())], store, options());
      assert.equal(store.files.get('2025-03-14-separation-plant-opens-in-texas.md'), mine);
      assert.ok(store.files.has('2025-03-14-separation-plant-opens-in-texas-101.md'));
    });

    it('never overwrites a user\'s note whose name differs only in case (case-insensitive file systems)', async () => {
      const mine = '# My own note\n';
      const store = new MemoryNoteStore({ '2025-03-14-Separation-Plant-Opens-In-Texas.md': mine });
      await importArticles([source(minimalPost())], store, options());
      assert.deepEqual(await store.list(), ['2025-03-14-Separation-Plant-Opens-In-Texas.md', '2025-03-14-separation-plant-opens-in-texas-101.md']);
    });

    it('finds both colliding notes again on re-import', async () => {
      const posts = [minimalPost({ id: 1, slug: 'same' }), minimalPost({ id: 2, slug: 'same' })];
      const store = await importedStore(...posts);
      const writes = store.writes.length;
      const result = await importArticles([source(posts)], store, options({ now: () => SECOND_RUN }));
      assert.deepEqual(counts(result), { imported: 0, updated: 0, unchanged: 2, failed: 0, cancelled: false });
      assert.equal(store.writes.length, writes);
    });

    it('keeps every note inside the folder whatever the slug and title hold', async () => {
      const hostile = ['../../etc/passwd', '/etc/shadow', 'C:\\Windows\\win.ini', '..\\..\\boot.ini', 'con', 'NUL', 'a\u0000b', '%2e%2e%2f', '..', '', '稀土', 'x'.repeat(300)];
      const posts = hostile.flatMap((text, index) => [
        minimalPost({ id: 1000 + index, slug: text, title: { rendered: text } }),
        minimalPost({ id: 2000 + index, title: { rendered: text } }),
      ]);
      const store = new MemoryNoteStore();
      const result = await importArticles([source(posts)], store, options());
      assert.equal(result.imported, posts.length);
      for (const name of store.files.keys()) {
        assert.match(name, /^_?[0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9-]+\.md$/);
        assert.ok(name.length <= 80, name);
      }
    });
  });

  describe('hostile titles, excerpts and terms', () => {
    const NASTY = [
      '- [x] list-like', '@at', '`tick`', '%TAG !', '!!js/function x', '&anchor *alias', '{ "a": 1 }', '[1, 2]', 'yes', 'null', '~', '0x1F', '1e3',
      '#hash', 'a: b', 'a #b', '\'single\'', '"double"', '---', '...', '## Notes', '# Heading', '<!-- c -->', 'tab\there', 'nul\u0000byte',
      'line\u2028sep', 'rtl \u202Eevil', '稀土 🧲', '\\back\\slash', '> quote', '|', '>', '?', ':', 'key: [a', ' padded ',
    ];

    it('round-trips every title, excerpt and term name through the front matter, and re-imports unchanged', async () => {
      const posts = NASTY.map((text, index) => minimalPost({
        id: 5000 + index,
        slug: `nasty-${index}`,
        title: { rendered: text },
        excerpt: { rendered: text },
        _embedded: { 'wp:term': [[{ id: index, name: text, slug: `t-${index}`, taxonomy: 'post_tag' }]] },
      }));
      const store = new MemoryNoteStore();
      const first = await importArticles([source(posts)], store, options());
      assert.deepEqual(failures(first), []);
      assert.equal(first.imported, NASTY.length);
      const notes = new Map([...store.files.values()].map((text) => [frontMatterOf(text).wp_id, text]));
      for (const [index, nasty] of NASTY.entries()) {
        const text = notes.get(5000 + index) ?? '';
        const data = frontMatterOf(text);
        const plain = htmlToPlainText(nasty);
        assert.equal(data.title, plain || `nasty-${index}`, nasty);
        assert.equal(data.excerpt, plain, nasty);
        assert.deepEqual(data.tags, [plain || `T ${index}`], nasty);
        assert.equal(splitFrontMatter(text).body.indexOf('\n## Notes\n'), splitFrontMatter(text).body.lastIndexOf('\n## Notes\n'));
      }
      const writes = store.writes.length;
      const second = await importArticles([source(posts)], store, options({ now: () => SECOND_RUN }));
      assert.equal(second.unchanged, NASTY.length);
      assert.equal(store.writes.length, writes);
    });
  });

  describe('re-import', () => {
    it('leaves an unchanged article untouched: no write at all', async () => {
      const store = await importedStore(newsArchivePost(), embeddedPost());
      const before = new Map(store.files);
      const writes = store.writes.length;
      const result = await importArticles([source([newsArchivePost(), embeddedPost()])], store, options({ now: () => SECOND_RUN }));
      assert.deepEqual(counts(result), { imported: 0, updated: 0, unchanged: 2, failed: 0, cancelled: false });
      assert.equal(store.writes.length, writes);
      assert.deepEqual(store.files, before);
      assert.deepEqual(result.outcomes.map((outcome) => outcome.kind === 'unchanged' && outcome.fileName).sort(), [...before.keys()].sort());
    });

    it('leaves an unchanged note with the user\'s text untouched', async () => {
      const store = await importedStore(newsArchivePost());
      const [name] = store.only();
      writeUserText(store, name);
      const before = store.files.get(name);
      const writes = store.writes.length;
      const result = await importArticles([source(newsArchivePost())], store, options({ now: () => SECOND_RUN }));
      assert.equal(result.unchanged, 1);
      assert.equal(store.writes.length, writes);
      assert.equal(store.files.get(name), before);
    });

    it('updates the note in place when modified changes, keeping the user\'s text byte for byte', async () => {
      const store = await importedStore(newsArchivePost());
      const [name] = store.only();
      writeUserText(store, name);
      const changed = newsArchivePost({ modified: '2025-06-10T09:00:00', content: { rendered: '<p>Revised: the deal was signed.</p>' } });
      const result = await importArticles([source(changed)], store, options({ now: () => SECOND_RUN }));
      assert.deepEqual(counts(result), { imported: 0, updated: 1, unchanged: 0, failed: 0, cancelled: false });
      const [sameName, text] = store.only();
      assert.equal(sameName, name);
      assert.ok(text.endsWith(USER_TEXT), 'the user section is kept byte for byte');
      assert.equal(text.slice(text.indexOf('## Notes')), USER_TEXT);
      assert.ok(text.includes('Revised: the deal was signed.'));
      assert.ok(!text.includes('offtake deals outside China'));
      const data = frontMatterOf(text);
      assert.equal(data.modified, '2025-06-10T09:00:00');
      assert.equal(data.imported, SECOND_RUN.toISOString());
    });

    it('updates when only the content changes', async () => {
      const store = await importedStore(minimalPost());
      const result = await importArticles([source(minimalPost({ content: { rendered: '<p>Corrected tonnage.</p>' } }))], store, options({ now: () => SECOND_RUN }));
      assert.equal(result.updated, 1);
      assert.ok(store.only()[1].includes('Corrected tonnage.'));
    });

    it('updates when the title changes, without renaming the file', async () => {
      const store = await importedStore(minimalPost());
      const [name] = store.only();
      await importArticles([source(minimalPost({ title: { rendered: 'Plant Opens Late' }, modified: '2025-03-20T00:00:00' }))], store, options());
      const [sameName, text] = store.only();
      assert.equal(sameName, name);
      assert.ok(text.includes('\n# Plant Opens Late\n'));
    });

    it('keeps front matter keys the user added', async () => {
      const store = await importedStore(minimalPost());
      const [name, text] = store.only();
      store.files.set(name, text.replace('\n---\n', '\nstatus: read\npriority: 2\nmy_tags:\n  - follow-up\n---\n'));
      const unchanged = await importArticles([source(minimalPost())], store, options({ now: () => SECOND_RUN }));
      assert.equal(unchanged.unchanged, 1);
      await importArticles([source(minimalPost({ modified: '2025-04-01T00:00:00' }))], store, options({ now: () => SECOND_RUN }));
      const data = frontMatterOf(store.only()[1]);
      assert.equal(data.modified, '2025-04-01T00:00:00');
      assert.equal(data.status, 'read');
      assert.equal(data.priority, 2);
      assert.deepEqual(data.my_tags, ['follow-up']);
    });

    it('finds a note the user renamed by its front matter', async () => {
      const store = await importedStore(minimalPost());
      const [name, text] = store.only();
      store.files.delete(name);
      store.files.set('texas plant — my copy.md', text);
      const writes = store.writes.length;
      const same = await importArticles([source(minimalPost())], store, options({ now: () => SECOND_RUN }));
      assert.deepEqual(counts(same), { imported: 0, updated: 0, unchanged: 1, failed: 0, cancelled: false });
      assert.equal(store.writes.length, writes);
      const changed = await importArticles([source(minimalPost({ modified: '2025-05-05T00:00:00' }))], store, options({ now: () => SECOND_RUN }));
      assert.equal(changed.updated, 1);
      assert.deepEqual([...store.files.keys()], ['texas plant — my copy.md']);
    });

    it('finds a note whose wp_id the user wrote as a string', async () => {
      const store = await importedStore(minimalPost());
      const [name, text] = store.only();
      store.files.set(name, text.replace('wp_id: 101', 'wp_id: "101"'));
      const result = await importArticles([source(minimalPost({ modified: '2025-05-05T00:00:00' }))], store, options());
      assert.equal(result.updated, 1);
      assert.equal(store.files.size, 1);
    });

    it('does not take the same post id of another site for the same article', async () => {
      const store = await importedStore(minimalPost());
      const result = await importArticles([source(minimalPost({ link: 'https://another-site.example/plant/' }))], store, options());
      assert.equal(result.imported, 1);
      assert.equal(store.files.size, 2);
    });

    it('does not overwrite a note without a Notes heading, and says why', async () => {
      const store = await importedStore(minimalPost());
      const [name, text] = store.only();
      const edited = text.replace('## Notes\n\n', 'I deleted the heading and wrote here.\n');
      store.files.set(name, edited);
      const writes = store.writes.length;
      const result = await importArticles([source(minimalPost({ modified: '2025-05-05T00:00:00' }))], store, options());
      assert.deepEqual(counts(result), { imported: 0, updated: 0, unchanged: 0, failed: 1, cancelled: false });
      assert.equal(store.writes.length, writes);
      assert.equal(store.files.get(name), edited);
      assert.equal(failures(result)[0], `articles.json: ${name} was not updated: it has no "## Notes" heading, so your text cannot be told from the article's; add the heading above your own text, then import again.`);
    });

    it('finds a note that an editor saved with a byte order mark', async () => {
      const store = await importedStore(minimalPost());
      const [name, text] = store.only();
      store.files.set(name, `\uFEFF${text}My note.\n`);
      const writes = store.writes.length;
      const same = await importArticles([source(minimalPost())], store, options({ now: () => SECOND_RUN }));
      assert.deepEqual(counts(same), { imported: 0, updated: 0, unchanged: 1, failed: 0, cancelled: false });
      assert.equal(store.writes.length, writes);
      const changed = await importArticles([source(minimalPost({ modified: '2025-05-05T00:00:00' }))], store, options({ now: () => SECOND_RUN }));
      assert.equal(changed.updated, 1);
      assert.ok(store.only()[1].endsWith('## Notes\n\nMy note.\n'));
    });

    it('ignores notes whose front matter cannot be read when looking for the article', async () => {
      const store = new MemoryNoteStore({ 'broken.md': '---\ntitle: [\n---\n', 'plain.md': 'no front matter', 'list.md': '---\n- a\n---\n' });
      const result = await importArticles([source(minimalPost())], store, options());
      assert.equal(result.imported, 1);
      assert.equal(store.files.get('broken.md'), '---\ntitle: [\n---\n');
    });
  });

  describe('the same article twice in one batch', () => {
    it('writes one note and reports the second copy as unchanged', async () => {
      const store = new MemoryNoteStore();
      const result = await importArticles([source([minimalPost(), minimalPost()])], store, options());
      assert.deepEqual(counts(result), { imported: 1, updated: 0, unchanged: 1, failed: 0, cancelled: false });
      assert.equal(store.files.size, 1);
      assert.equal(store.writes.length, 1);
    });

    it('updates the note with the newer copy', async () => {
      const store = new MemoryNoteStore();
      const result = await importArticles([
        source(minimalPost(), 'old.json'),
        source(minimalPost({ modified: '2025-04-01T00:00:00', content: { rendered: '<p>Newer text.</p>' } }), 'new.json'),
      ], store, options());
      assert.deepEqual(counts(result), { imported: 1, updated: 1, unchanged: 0, failed: 0, cancelled: false });
      assert.ok(store.only()[1].includes('Newer text.'));
    });
  });

  describe('progress and cancellation', () => {
    it('reports progress after each article', async () => {
      const calls: [number, number][] = [];
      await importArticles([source([minimalPost({ id: 1, slug: 'a' }), minimalPost({ id: 2, slug: 'b' }), minimalPost({ id: 3, slug: 'c' })])], new MemoryNoteStore(), options({ onProgress: (done, total) => calls.push([done, total]) }));
      assert.deepEqual(calls, [[1, 3], [2, 3], [3, 3]]);
    });

    it('stops between articles when cancelled, keeping what was done', async () => {
      const store = new MemoryNoteStore();
      let asked = 0;
      const result = await importArticles(
        [source([minimalPost({ id: 1, slug: 'a' }), minimalPost({ id: 2, slug: 'b' }), minimalPost({ id: 3, slug: 'c' })])],
        store,
        options({ isCancelled: () => ++asked > 2 }),
      );
      assert.deepEqual(counts(result), { imported: 2, updated: 0, unchanged: 0, failed: 0, cancelled: true });
      assert.equal(store.files.size, 2);
    });

    it('writes nothing when cancelled before the start', async () => {
      const store = new MemoryNoteStore();
      const result = await importArticles([source(minimalPost())], store, options({ isCancelled: () => true }));
      assert.equal(result.cancelled, true);
      assert.equal(store.writes.length, 0);
    });
  });
});
