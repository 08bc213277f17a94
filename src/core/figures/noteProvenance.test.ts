import { strict as assert } from 'node:assert';
import { noteProvenance } from './noteProvenance';

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
  });

  it('ignores a source that is not http(s) and broken front matter', () => {
    assert.deepEqual(noteProvenance('a.md', '---\ntitle: A\nsource: javascript:alert(1)\n---\n'), { notePath: 'a.md', title: 'A' });
    assert.deepEqual(noteProvenance('b.md', '---\ntitle: [unclosed\n---\n# B\n'), { notePath: 'b.md', title: 'B' });
  });
});
