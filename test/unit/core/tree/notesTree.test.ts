import { strict as assert } from 'node:assert';
import { frontMatterLists } from '../../../../src/core/index/mentions';
import { NotesIndex } from '../../../../src/core/index/notesIndex';
import { DEFAULT_SETTINGS, NotesTreeModel, type EntityNode, type GroupNode, type NoteNode, type TreeSettings } from '../../../../src/core/tree/notesTree';
import { noteCitation, noteDescription, noteTooltipMarkdown, sourceAddress } from '../../../../src/core/tree/treeItemText';

// The tree model over a real NotesIndex (real front matter reading, figure extraction and mention
// finding) fed with small notes written here.

function note(fields: Record<string, string | string[]>, body = 'Nothing to see.'): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) lines.push(`${key}:`, ...value.map((item) => `  - ${item}`));
    else lines.push(`${key}: ${value}`);
  }
  lines.push('---', '', body, '');
  return lines.join('\n');
}

const NOTES: Record<string, string> = {
  'notes/lynas.md': note({ title: '"Lynas expands Kalgoorlie"', date: '2025-03-14', site: 'example.com', source: 'https://example.com/lynas', regions: ['Australia'], organizations: ['Lynas Rare Earths'], topics: ['Processing'] }),
  'notes/us-magnets.md': note({ title: '"Texas magnet plant opens"', date: '2025-05-02', regions: ['United States'], organizations: ['MP Materials'], topics: ['Magnets'] }, 'The plant uses neodymium.'),
  'notes/usa.md': note({ title: '"A USA note"', date: '2024-01-10', regions: 'USA, China', topics: 'Magnets, Policy' }),
  'notes/us-dots.md': note({ title: '"Another on the U.S."', date: '2023-07-01', regions: ['U.S.'] }),
  'notes/lower.md': note({ title: '"lower-case region"', date: '2022-02-02', regions: ['united states'] }),
  'notes/plain.md': '# Plain thoughts\n\nA shopping list.\n',
  'notes/broken.md': '---\nregions: China\ntitle: "Broken\n---\n\n# Broken note\n\nAbout dysprosium.\n',
  'README.md': '# Readme\n\nNot a note.\n',
};

function model(notes: Record<string, string> = NOTES): { index: NotesIndex; tree: NotesTreeModel } {
  const index = new NotesIndex();
  for (const [path, text] of Object.entries(notes)) index.set(path, text);
  return { index, tree: new NotesTreeModel(index, { inScope: (path) => path.startsWith('notes/') }) };
}

const settings = (changes: Partial<TreeSettings> = {}): TreeSettings => ({ ...DEFAULT_SETTINGS, ...changes });
const labels = (nodes: readonly (GroupNode | EntityNode)[]) => nodes.map((node) => `${node.label} ${node.count}`);
const paths = (nodes: readonly NoteNode[]) => nodes.map((node) => node.note.notePath);

describe('notes tree model', () => {
  it('shows the five groups, the chosen one first, Unsorted last, with their counts', () => {
    const { tree } = model();
    assert.deepEqual(labels(tree.groups(settings())), ['Regions 3', 'Organizations 2', 'Topics 3', 'Elements 2', 'Unsorted 2']);
    assert.deepEqual(tree.groups(settings({ firstGroup: 'topic' })).map((group) => group.label), ['Topics', 'Regions', 'Organizations', 'Elements', 'Unsorted']);
    assert.equal(tree.noteCount(), 7, 'README.md is outside the notes folder');
  });

  it('groups "United States", "united states", "U.S." and "USA" as one region, most notes first', () => {
    const { tree } = model();
    assert.deepEqual(labels(tree.entities('region', settings())), ['United States 4', 'China 2', 'Australia 1']);
  });

  it('splits comma-separated front matter strings into entities', () => {
    const { tree } = model();
    assert.deepEqual(labels(tree.entities('topic', settings())), ['Magnets 2', 'Policy 1', 'Processing 1']);
    const usa = tree.entityNotes('region', 'China', settings());
    assert.deepEqual(paths(usa), ['notes/usa.md', 'notes/broken.md']);
  });

  it('reads one-line comma-separated lists, keeping a company\'s legal form with its name', () => {
    const lists = frontMatterLists('---\nregions: China,  USA ,\norganizations: "MP Materials, Inc., Lynas"\ntopics: Magnets, Policy\n---\n');
    assert.deepEqual(lists.regions, ['China', 'USA']);
    assert.deepEqual(lists.organizations, ['MP Materials, Inc.', 'Lynas']);
    assert.deepEqual(lists.topics, ['Magnets', 'Policy']);
    assert.deepEqual(lists.elements, ['Magnets', 'Policy'], 'topics stay element candidates');
  });

  it('lists an entity\'s notes newest first, or by title', () => {
    const { tree } = model();
    const byDate = tree.entityNotes('region', 'United States', settings());
    assert.deepEqual(paths(byDate), ['notes/us-magnets.md', 'notes/usa.md', 'notes/us-dots.md', 'notes/lower.md']);
    const byTitle = tree.entityNotes('region', 'United States', settings({ sort: 'title' }));
    assert.deepEqual(byTitle.map((node) => node.note.title), ['A USA note', 'Another on the U.S.', 'lower-case region', 'Texas magnet plant opens']);
    assert.equal(byDate[0].id, 'region:united states/notes/us-magnets.md');
    assert.equal(byDate[0].parentId, 'region:united states');
  });

  it('keeps what each note wrote while grouping by the canonical name', () => {
    const { index, tree } = model();
    assert.ok(NOTES['notes/usa.md'].includes('regions: USA, China'));
    assert.deepEqual(index.mentionsOf('notes/usa.md')?.region, ['United States', 'China']);
    assert.equal(tree.entities('region', settings())[0].name, 'United States');
  });

  it('names elements from the body with their symbol, as the figures command takes them', () => {
    const { tree } = model();
    const elements = tree.entities('element', settings());
    assert.deepEqual(elements.map((entity) => [entity.name, entity.label, entity.count]), [['Dy', 'Dysprosium (Dy)', 1], ['Nd', 'Neodymium (Nd)', 1]]);
  });

  it('puts notes with no entity, and notes with invalid YAML front matter, under Unsorted', () => {
    const { index, tree } = model();
    const unsorted = tree.unsortedNotes(settings());
    assert.deepEqual(paths(unsorted), ['notes/broken.md', 'notes/plain.md'], 'undated notes by path');
    const broken = index.provenanceOf('notes/broken.md');
    assert.ok(broken?.frontMatterError, 'the broken note carries its front matter error');
    assert.equal(broken.title, 'Broken note');
    assert.deepEqual(tree.placesOf('notes/broken.md').sort(), ['element:dy', 'group:unsorted', 'region:china']);
    assert.deepEqual(tree.placesOf('notes/plain.md'), ['group:unsorted']);
    assert.deepEqual(tree.placesOf('README.md'), [], 'out of scope');
    assert.deepEqual(paths(tree.unsortedNotes(settings({ sort: 'title' }))), ['notes/broken.md', 'notes/plain.md']);
  });

  it('filters by entity name (all its notes) and by note title (only matching notes)', () => {
    const { tree } = model();
    const byName = settings({ filter: 'austral' });
    assert.deepEqual(labels(tree.groups(byName)), ['Regions 1']);
    assert.deepEqual(labels(tree.entities('region', byName)), ['Australia 1']);
    const byTitle = settings({ filter: 'TEXAS' });
    assert.deepEqual(tree.groups(byTitle).map((group) => group.label), ['Regions', 'Organizations', 'Topics', 'Elements']);
    assert.deepEqual(labels(tree.entities('region', byTitle)), ['United States 1']);
    assert.deepEqual(paths(tree.entityNotes('region', 'United States', byTitle)), ['notes/us-magnets.md']);
    const byElementName = settings({ filter: 'dysprosium' });
    assert.deepEqual(labels(tree.entities('element', byElementName)), ['Dysprosium (Dy) 1']);
    assert.deepEqual(paths(tree.unsortedNotes(settings({ filter: 'plain' }))), ['notes/plain.md']);
    assert.deepEqual(tree.groups(settings({ filter: 'nothing matches this' })), []);
  });

  it('follows the index: an edit moves a note, a delete and a rename update counts and paths', () => {
    const { index, tree } = model();
    index.set('notes/plain.md', note({ title: '"Now about Japan"', regions: ['Japan'] }));
    assert.deepEqual(tree.placesOf('notes/plain.md'), ['region:japan']);
    assert.deepEqual(paths(tree.unsortedNotes(settings())), ['notes/broken.md']);
    index.delete('notes/lower.md');
    assert.equal(tree.entities('region', settings()).find((entity) => entity.name === 'United States')?.count, 3);
    index.rename('notes/usa.md', 'notes/renamed.md');
    assert.deepEqual(paths(tree.entityNotes('region', 'China', settings())), ['notes/renamed.md', 'notes/broken.md']);
    index.set('notes/broken.md', note({ title: '"Fixed"', regions: ['China'] }));
    assert.deepEqual(paths(tree.unsortedNotes(settings())), []);
  });

  it('walks the whole tree through children()', () => {
    const { tree } = model();
    const roots = tree.children(undefined, settings());
    const regions = tree.children(roots[0], settings());
    const notes = tree.children(regions[0], settings());
    assert.equal(notes.length, 4);
    assert.deepEqual(tree.children(notes[0], settings()), []);
    assert.equal(tree.children(roots[4], settings()).length, 2);
  });
});

describe('notes tree item text', () => {
  const full = { notePath: 'notes/a.md', title: 'China *leads* <b>', site: 'example.com', date: '2025-08-29T16:29:50', url: 'https://example.com/a', excerpt: 'Short [text](javascript:alert(1))' };

  it('describes a note by its date, and its folder in a multi-root workspace', () => {
    assert.equal(noteDescription(full), '2025-08-29');
    assert.equal(noteDescription(full, 'research'), '2025-08-29 · research');
    assert.equal(noteDescription({ notePath: 'x.md', title: 'x' }), '');
  });

  it('escapes note text in the tooltip and links only the http(s) source', () => {
    const markdown = noteTooltipMarkdown(full);
    assert.ok(markdown.includes('China \\*leads\\* &lt;b&gt;'), markdown);
    assert.ok(!markdown.includes('](javascript'), markdown);
    assert.ok(markdown.includes('[Source article](https://example.com/a)'), markdown);
    assert.ok(markdown.includes('example.com · 2025-08-29'), markdown);
    const broken = noteTooltipMarkdown({ notePath: 'b.md', title: 'B', frontMatterError: { message: 'Missing closing "quote', line: 1 } });
    assert.ok(broken.includes('line 2'), broken);
  });

  it('cites title, site, date and address', () => {
    assert.equal(noteCitation(full), 'China *leads* <b>. example.com, 2025-08-29. https://example.com/a');
    assert.equal(noteCitation({ notePath: 'x.md', title: 'Hand note.' }), 'Hand note.');
    assert.equal(noteCitation({ notePath: 'x.md', title: 'Is the boom over?', site: 'example.com' }), 'Is the boom over? example.com.');
    assert.equal(sourceAddress(full), 'https://example.com/a');
    assert.equal(sourceAddress({ ...full, url: 'javascript:alert(1)' }), undefined);
  });
});
