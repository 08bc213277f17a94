import { strict as assert } from 'node:assert';
import { noteProvenance } from '../../../../src/core/figures/noteProvenance';

describe('noteProvenance', () => {
  it('takes title, site, date and source from the front matter', () => {
    const text = '---\ntitle: "Lynas: Kuantan licence renewed"\nsource: https://desk.example/2025/03/lynas/\nwp_id: 7\nsite: desk.example\ndate: 2025-03-27T09:00:00\n---\n\n# Other heading\n';
    assert.deepEqual(noteProvenance('notes\\2025\\lynas.md', text), {
      notePath: 'notes/2025/lynas.md',
      title: 'Lynas: Kuantan licence renewed',
      site: 'desk.example',
      date: '2025-03-27T09:00:00',
      url: 'https://desk.example/2025/03/lynas/',
    });
  });

  it('falls back to the first heading, then the file name; the note itself is the source', () => {
    assert.deepEqual(noteProvenance('n/my-note.md', '```sh\n# not a title\n```\n\n# My own note\n\nText.'), { notePath: 'n/my-note.md', title: 'My own note' });
    assert.deepEqual(noteProvenance('n/my-note.md', 'Just text.'), { notePath: 'n/my-note.md', title: 'my-note' });
    // A ``` line inside a ~~~ block neither closes nor reopens it; a longer run closes a shorter one.
    assert.equal(noteProvenance('n/a.md', '~~~md\n```\n# inside\n~~~\n# Outside').title, 'Outside');
    assert.equal(noteProvenance('n/b.md', '```\n# inside\n`````\n# After the longer fence').title, 'After the longer fence');
    assert.equal(noteProvenance('n/c.md', '``` x`y\n# After a code span, not a fence').title, 'After a code span, not a fence');
  });

  it('ignores a source that is not http(s) and broken front matter', () => {
    assert.deepEqual(noteProvenance('a.md', '---\ntitle: A\nsource: javascript:alert(1)\n---\n'), { notePath: 'a.md', title: 'A' });
    const broken = noteProvenance('b.md', '---\ntitle: [unclosed\n---\n# B\n');
    assert.deepEqual({ ...broken, frontMatterError: undefined }, { notePath: 'b.md', title: 'B', frontMatterError: undefined });
    assert.equal(broken.frontMatterError?.line, 1);
  });

  it('takes the excerpt, trimmed, and cuts a long one at a word with an ellipsis', () => {
    assert.equal(noteProvenance('a.md', '---\nexcerpt: "  Prices rose.  "\n---\n').excerpt, 'Prices rose.');
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const excerpt = noteProvenance('a.md', `---\nexcerpt: ${words}\n---\n`).excerpt ?? '';
    assert.ok(excerpt.length <= 300, `${excerpt.length} characters`);
    assert.ok(excerpt.endsWith('…'));
    assert.ok(words.startsWith(excerpt.slice(0, -1) + ' '), 'cut between words');
    assert.equal(noteProvenance('a.md', `---\nexcerpt: ${'x'.repeat(400)}\n---\n`).excerpt, `${'x'.repeat(299)}…`);
    const exact = 'y'.repeat(300);
    assert.equal(noteProvenance('a.md', `---\nexcerpt: ${exact}\n---\n`).excerpt, exact);
    assert.equal(noteProvenance('a.md', '---\nexcerpt: ""\n---\n').excerpt, undefined);
  });

  it('reports front matter that is not valid YAML, with its line in the note, and still titles the note', () => {
    const text = '---\ntitle: A\nsite: a: b\n---\n# Heading\n';
    assert.deepEqual(noteProvenance('n/broken.md', text), {
      notePath: 'n/broken.md',
      title: 'Heading',
      frontMatterError: { message: 'Nested mappings are not allowed in compact mappings', line: 2 },
    });
    const unclosed = noteProvenance('n/unclosed.md', '\uFEFF---\r\ntitle: ok\r\nregions: [China\r\n---\r\nNo heading.\r\n');
    assert.equal(unclosed.title, 'unclosed');
    assert.equal(unclosed.frontMatterError?.line, 2);
    assert.match(unclosed.frontMatterError?.message ?? '', /^Flow sequence/);
  });

  it('reports front matter that is a list or a single value instead of key: value lines', () => {
    const list = noteProvenance('l.md', '---\n\n- a\n- b\n---\n');
    assert.deepEqual(list.frontMatterError, { message: 'Front matter is a list, not a mapping of keys to values (key: value lines)', line: 2 });
    assert.match(noteProvenance('s.md', '---\njust words\n---\n').frontMatterError?.message ?? '', /^Front matter is a single value/);
  });

  it('reports no error for valid, empty or missing front matter', () => {
    assert.equal(noteProvenance('a.md', '---\ntitle: A\n---\n').frontMatterError, undefined);
    assert.equal(noteProvenance('a.md', '---\n---\n# A\n').frontMatterError, undefined);
    assert.equal(noteProvenance('a.md', '---\ntitle: [unclosed\n').frontMatterError, undefined, 'no closing fence: not front matter');
  });
});
