import { strict as assert } from 'node:assert';
import { findUserSection } from '../../../../src/core/note/userSection';
import { renderNewNote } from '../../../../src/core/note/renderNote';
import { DEFAULT_TAXONOMY_MAPPING } from '../../../../src/core/wordpress/taxonomyMapping';
import { wpPostSchema } from '../../../../src/core/wordpress/wpPost';
import { articleKey, articleToNote, IMPORTED_KEYS, siteOf } from '../../../../src/core/import/articleToNote';
import { embeddedPost, minimalPost, NEWS_ARCHIVE_FRONT_MATTER, newsArchivePost, type JsonObject } from '../../../../src/core/import/testing/fixtures';

const NOW = '2025-07-01T12:00:00.000Z';

function noteOf(post: JsonObject) {
  return articleToNote(wpPostSchema.parse(post), DEFAULT_TAXONOMY_MAPPING, NOW);
}

describe('articleToNote', () => {
  it('writes the front matter keys in the documented order', () => {
    assert.deepEqual(Object.keys(noteOf(newsArchivePost()).frontMatter), [...IMPORTED_KEYS]);
    assert.deepEqual([...IMPORTED_KEYS], ['title', 'source', 'wp_id', 'site', 'type', 'date', 'modified', 'regions', 'organizations', 'topics', 'tags', 'excerpt', 'imported']);
  });

  it('fills the front matter of a custom post type from class_list', () => {
    const note = noteOf(newsArchivePost());
    assert.deepEqual(note.frontMatter, {
      ...NEWS_ARCHIVE_FRONT_MATTER,
      imported: NOW,
    });
    assert.equal(note.title, 'Magnet Makers Look Beyond China – Again');
  });

  it('fills taxonomies from embedded terms', () => {
    const note = noteOf(embeddedPost());
    assert.deepEqual(note.frontMatter.topics, ['Recycling & Circularity']);
    assert.deepEqual(note.frontMatter.tags, ['Dysprosium', 'Wind Power']);
    assert.deepEqual(note.frontMatter.regions, ['European Union']);
  });

  it('defaults type to post, modified to date and excerpt to empty', () => {
    const note = noteOf(minimalPost());
    assert.equal(note.frontMatter.type, 'post');
    assert.equal(note.frontMatter.modified, '2025-03-14T09:30:00');
    assert.equal(note.frontMatter.excerpt, '');
  });

  it('falls back to the slug, then to the id, for an empty title', () => {
    assert.equal(noteOf(minimalPost({ title: { rendered: ' <span></span> ' }, slug: 'untitled-draft' })).title, 'untitled-draft');
    assert.equal(noteOf(minimalPost({ title: { rendered: '' } })).title, 'Article 101');
  });

  it('converts the body to Markdown without HTML tags', () => {
    const note = noteOf(newsArchivePost());
    assert.ok(note.body.includes('Supply'));
    assert.ok(note.body.includes('Dysprosium'));
    assert.doesNotMatch(note.body, /<\/?(p|h2|ul|li)\b/);
  });

  it('keeps an article heading "Notes" from being taken for the user\'s section', () => {
    const note = noteOf(minimalPost({ content: { rendered: '<p>Intro.</p><h2>Notes</h2><p>Footnotes of the article.</p>' } }));
    const text = renderNewNote(note);
    assert.equal(findUserSection(text), text.lastIndexOf('## Notes'));
    assert.ok(text.endsWith('## Notes\n\n'));
  });

  describe('siteOf and articleKey', () => {
    it('uses the lower-case host, with its port', () => {
      assert.equal(siteOf('https://News.Example.COM/a'), 'news.example.com');
      assert.equal(siteOf('http://localhost:8080/?p=3'), 'localhost:8080');
    });

    it('keys an article by site and id, whatever the case or id type', () => {
      assert.equal(articleKey('News.Example', 7), articleKey('news.example', '7'));
      assert.notEqual(articleKey('a.example', 7), articleKey('b.example', 7));
    });
  });
});
