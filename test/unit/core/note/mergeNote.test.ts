import { strict as assert } from 'node:assert';
import { parseFrontMatter, splitFrontMatter } from '../../../../src/core/note/frontMatter';
import { mergeNote } from '../../../../src/core/note/mergeNote';
import { renderNewNote, type NoteContent } from '../../../../src/core/note/renderNote';

const KEYS = ['title', 'source', 'wp_id', 'site', 'modified', 'regions', 'imported'] as const;

function content(overrides: Partial<Record<(typeof KEYS)[number], unknown>> = {}, body = 'Mountain Pass shipped more oxide.'): NoteContent {
  const frontMatter = {
    title: 'Oxide Shipments Rise',
    source: 'https://rare-earth-news.example/oxide-shipments-rise/',
    wp_id: 42,
    site: 'rare-earth-news.example',
    modified: '2025-04-01T10:00:00',
    regions: ['United States'],
    imported: '2025-04-02T00:00:00.000Z',
    ...overrides,
  };
  return { frontMatter, title: String(frontMatter.title), body };
}

const LATER = { imported: '2025-05-01T00:00:00.000Z' };

/** User text meant to survive any re-import untouched. */
const USER_TEXT = [
  '## Notes',
  '',
  'My reading, with trailing spaces   ',
  'Windows line\r',
  'Unicode: 稀土 — Dy/Tb ≥ 5 % 🧲',
  '```md',
  '## Notes',
  '---',
  'title: not front matter',
  '```',
  '',
  '- [ ] follow up with the offtake partner',
  '\t',
].join('\n');

function userNote(base = renderNewNote(content())): string {
  return base.replace(/## Notes\n\n$/, USER_TEXT);
}

describe('mergeNote', () => {
  it('reports an identical re-import as unchanged and returns the text as it was', () => {
    const existing = renderNewNote(content());
    assert.deepEqual(mergeNote(existing, content(LATER), KEYS), { kind: 'unchanged', text: existing });
  });

  it('reports unchanged when only the user section differs', () => {
    const existing = userNote();
    assert.deepEqual(mergeNote(existing, content(LATER), KEYS), { kind: 'unchanged', text: existing });
  });

  it('updates when modified changes, moves imported, and keeps the user section byte for byte', () => {
    const existing = userNote();
    const merged = mergeNote(existing, content({ ...LATER, modified: '2025-04-20T08:00:00' }, 'Revised figures.'), KEYS);
    assert.equal(merged.kind, 'updated');
    if (merged.kind !== 'updated') return;
    assert.ok(merged.text.endsWith(USER_TEXT));
    assert.equal(merged.text.slice(merged.text.indexOf('## Notes')), USER_TEXT);
    assert.ok(merged.text.includes('Revised figures.'));
    assert.ok(!merged.text.includes('Mountain Pass shipped'));
    const data = parseFrontMatter(splitFrontMatter(merged.text).yaml ?? '');
    assert.ok(data.ok);
    assert.equal(data.data.modified, '2025-04-20T08:00:00');
    assert.equal(data.data.imported, LATER.imported);
  });

  it('updates when only the body changes', () => {
    const merged = mergeNote(userNote(), content(LATER, 'A corrected paragraph.'), KEYS);
    assert.equal(merged.kind, 'updated');
  });

  it('updates when a taxonomy changes', () => {
    const merged = mergeNote(userNote(), content({ ...LATER, regions: ['United States', 'China'] }), KEYS);
    assert.equal(merged.kind, 'updated');
  });

  it('keeps front matter keys the user added, after the importer\'s, and their values', () => {
    const existing = renderNewNote(content()).replace('imported: 2025-04-02T00:00:00.000Z\n', 'imported: 2025-04-02T00:00:00.000Z\nstatus: read\nrating: 4\nlinks:\n  - https://example.org/a\n');
    assert.equal(mergeNote(existing, content(LATER), KEYS).kind, 'unchanged');
    const merged = mergeNote(existing, content({ ...LATER, modified: '2025-06-01T00:00:00' }), KEYS);
    assert.equal(merged.kind, 'updated');
    if (merged.kind !== 'updated') return;
    const yaml = splitFrontMatter(merged.text).yaml ?? '';
    assert.match(yaml, /^title: [^]*imported: [^\n]*\nstatus: read\nrating: 4\nlinks:\n {2}- https:\/\/example.org\/a\nimported_hash: [0-9a-f]{16}\n$/);
  });

  it('does not rewrite a note whose user keys are written in another YAML style or order', () => {
    const fresh = renderNewNote(content());
    const userStyled = fresh.replace('---\ntitle:', '---\n# my reading list\nstatus: "to read"   # later\ntitle:');
    assert.deepEqual(mergeNote(userStyled, content(LATER), KEYS), { kind: 'unchanged', text: userStyled });
  });

  it('keeps a note saved with CRLF line endings unchanged, and writes CRLF when updating', () => {
    const existing = userNote().replace(/\r?\n/g, '\r\n');
    assert.deepEqual(mergeNote(existing, content(LATER), KEYS), { kind: 'unchanged', text: existing });
    const merged = mergeNote(existing, content({ ...LATER, modified: '2025-07-01T00:00:00' }), KEYS);
    assert.equal(merged.kind, 'updated');
    if (merged.kind !== 'updated') return;
    assert.ok(!/[^\r]\n/.test(merged.text), 'every line ends with CRLF');
    assert.equal(merged.text.slice(merged.text.indexOf('## Notes')), USER_TEXT.replace(/\r?\n/g, '\r\n'));
  });

  it('does not rewrite an LF note whose user section holds CRLF lines', () => {
    const existing = renderNewNote(content()).replace(/## Notes\n\n$/, '## Notes\r\n\r\npasted from Windows\r\n');
    assert.deepEqual(mergeNote(existing, content(LATER), KEYS), { kind: 'unchanged', text: existing });
    const merged = mergeNote(existing, content({ ...LATER, modified: '2025-07-01T00:00:00' }), KEYS);
    assert.equal(merged.kind, 'updated');
    if (merged.kind !== 'updated') return;
    assert.ok(merged.text.startsWith('---\ntitle:'), 'the imported part keeps LF');
    assert.ok(merged.text.endsWith('## Notes\r\n\r\npasted from Windows\r\n'));
  });

  it('refuses a note without a Notes heading', () => {
    const existing = renderNewNote(content()).replace('## Notes\n\n', 'My own text, no heading.\n');
    const merged = mergeNote(existing, content({ ...LATER, modified: '2025-07-01T00:00:00' }), KEYS);
    assert.equal(merged.kind, 'conflict');
    if (merged.kind !== 'conflict') return;
    assert.match(merged.message, /no "## Notes" heading/);
  });

  it('does not take a Notes heading inside the user\'s own code block for the section start when the real heading is gone', () => {
    const existing = renderNewNote(content()).replace('## Notes\n\n', '```\n## Notes\n```\n');
    assert.equal(mergeNote(existing, content(LATER), KEYS).kind, 'conflict');
  });

  it('refuses a note whose front matter is broken or missing', () => {
    const broken = renderNewNote(content()).replace('wp_id: 42', 'wp_id: [42');
    const broke = mergeNote(broken, content(LATER), KEYS);
    assert.equal(broke.kind, 'conflict');
    if (broke.kind === 'conflict') assert.match(broke.message, /front matter cannot be read/);
    const missing = mergeNote('# Oxide Shipments Rise\n\n## Notes\n', content(LATER), KEYS);
    assert.equal(missing.kind, 'conflict');
  });
});
