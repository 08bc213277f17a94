import { strict as assert } from 'node:assert';
import { globToRegExp, isBriefPath } from '../../../../src/core/brief/briefPaths';

describe('brief briefPaths', () => {
  it('by default, every Markdown file outside the notes folder is a brief', () => {
    assert.equal(isBriefPath('briefs/q3.md', 'notes', []), true);
    assert.equal(isBriefPath('draft.md', 'notes', []), true);
    assert.equal(isBriefPath('notes/2025-01-15-china.md', 'notes', []), false);
    assert.equal(isBriefPath('notes/deep/a.md', './notes/', []), false);
    assert.equal(isBriefPath('notes-archive/a.md', 'notes', []), true);
    assert.equal(isBriefPath('briefs/data.json', 'notes', []), false);
  });

  it('with include entries, only the folders and globs they name', () => {
    assert.equal(isBriefPath('briefs/2025/q3.md', 'notes', ['briefs']), true);
    assert.equal(isBriefPath('draft.md', 'notes', ['briefs/']), false);
    assert.equal(isBriefPath('memos/a.brief.md', 'notes', ['**/*.brief.md']), true);
    assert.equal(isBriefPath('a.brief.md', 'notes', ['**/*.brief.md']), true);
    assert.equal(isBriefPath('memos/a.md', 'notes', ['{briefs,memos}/*.md']), true);
  });

  it('globs: * stays within a folder, ** crosses folders', () => {
    assert.equal(globToRegExp('briefs/*.md').test('briefs/a/b.md'), false);
    assert.equal(globToRegExp('briefs/**/*.md').test('briefs/a/b.md'), true);
    assert.equal(globToRegExp('briefs/**/*.md').test('briefs/b.md'), true);
    assert.equal(globToRegExp('a?.md').test('ab.md'), true);
  });
});
