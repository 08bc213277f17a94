import { strict as assert } from 'node:assert';
import { renderImportedPart, renderNewNote } from '../../../../src/core/note/renderNote';

describe('renderNote', () => {
  const note = { frontMatter: { title: 'Plant Opens', wp_id: 7 }, title: 'Plant Opens', body: '\nThe plant opened.\n\n' };

  it('renders front matter, title, body and an empty Notes section', () => {
    assert.equal(renderNewNote(note), '---\ntitle: Plant Opens\nwp_id: 7\n---\n\n# Plant Opens\n\nThe plant opened.\n\n## Notes\n\n');
  });

  it('renders the imported part up to the Notes heading', () => {
    assert.equal(renderImportedPart(note), '---\ntitle: Plant Opens\nwp_id: 7\n---\n\n# Plant Opens\n\nThe plant opened.\n\n');
  });

  it('leaves no blank body when the article is empty', () => {
    assert.equal(renderNewNote({ ...note, body: '  \n' }), '---\ntitle: Plant Opens\nwp_id: 7\n---\n\n# Plant Opens\n\n## Notes\n\n');
  });
});
