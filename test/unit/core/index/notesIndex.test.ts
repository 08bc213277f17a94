import { strict as assert } from 'node:assert';
import type { NoteFigure, NoteProvenance } from '../../../../src/core/figures/noteFigure';
import { parseFrontMatter, splitFrontMatter } from '../../../../src/core/note/frontMatter';
import { bodyMentions, frontMatterLists } from '../../../../src/core/index/mentions';
import { NotesIndex, organizationKey, regionKey } from '../../../../src/core/index/notesIndex';
import { seededRandom } from '../../../support/seededRandom';

// The index's semantics are tested with a stand-in extractor reading explicit markers,
// `{{69% e=Dy,Tb r=China o=Lynas m=mining share}}`, so each test states exactly which figures a
// note holds. The last suite runs the real extraction on a real-shaped note.
const MARKER = /\{\{([\d.]+)(%?)((?: [a-z]=[^ }]+(?: [^ }=]+)*)*)\}\}/g;

function fakeExtract(text: string): NoteFigure[] {
  const figures: NoteFigure[] = [];
  for (const match of text.matchAll(MARKER)) {
    const fields = new Map<string, string>();
    for (const part of match[3].trim().split(/ (?=[a-z]=)/)) {
      if (part) fields.set(part[0], part.slice(2));
    }
    const list = (key: string) => (fields.get(key) ?? '').split(',').filter(Boolean);
    const start = match.index;
    figures.push({
      value: Number(match[1]),
      unit: match[2] || undefined,
      approximate: false,
      raw: match[0],
      start,
      end: start + match[0].length,
      line: text.slice(0, start).split('\n').length - 1,
      sentence: `sentence of ${match[0]}`,
      subjects: { elements: list('e'), regions: list('r'), organizations: list('o') },
      metric: fields.get('m') as NoteFigure['metric'],
    });
  }
  return figures;
}

function fakeProvenance(notePath: string, text: string): NoteProvenance {
  const { yaml } = splitFrontMatter(text);
  const data = yaml === undefined ? {} : (parseFrontMatter(yaml) as { data?: Record<string, unknown> }).data ?? {};
  const provenance: NoteProvenance = { notePath, title: String(data.title ?? notePath) };
  if (data.date !== undefined) provenance.date = String(data.date);
  if (data.site !== undefined) provenance.site = String(data.site);
  if (data.source !== undefined) provenance.url = String(data.source);
  return provenance;
}

function note(options: { title: string; date?: string; regions?: string[]; organizations?: string[]; tags?: string[]; body: string }): string {
  const lines = ['---', `title: "${options.title}"`];
  if (options.date) lines.push(`date: '${options.date}'`);
  lines.push('site: example.com', `source: https://example.com/${encodeURIComponent(options.title)}`);
  if (options.regions) lines.push('regions:', ...options.regions.map((region) => `  - ${region}`));
  if (options.organizations) lines.push(`organizations: [${options.organizations.map((name) => JSON.stringify(name)).join(', ')}]`);
  if (options.tags) lines.push(`tags: [${options.tags.join(', ')}]`);
  lines.push('---', '', `# ${options.title}`, '', options.body, '', '## Notes', '');
  return lines.join('\n');
}

const NOTES: Record<string, string> = {
  'notes/old.md': note({
    title: 'Old',
    date: '2023-01-05',
    regions: ['China'],
    organizations: ['Lynas Rare Earths Ltd'],
    body: 'China mined {{60% e=Dy r=China m=mining share}} of dysprosium; Lynas made {{10000 o=Lynas Rare Earths m=production}} tonnes.',
  }),
  'notes/new.md': note({
    title: 'New',
    date: '2025-03-01',
    regions: ['USA', 'Myanmar'],
    body: 'The U.S. imports {{70% e=Dy,Tb r=United States m=import reliance}}; China holds {{69% r=China m=mining share}}.',
  }),
  'notes/middle.md': note({
    title: 'Middle',
    date: '2024-06-30',
    tags: ['terbium', 'magnets'],
    body: 'Prices of terbium rose {{12% e=Tb m=price}} and of dysprosium {{8% e=Dy m=price}} in Viet Nam.',
  }),
  'notes/undated.md': note({ title: 'Undated', body: 'Myanmar supplied {{40% e=Dy r=Burma (Myanmar)}} of heavy feed.' }),
};

function fixtureIndex(): NotesIndex {
  const index = new NotesIndex({ extractFigures: fakeExtract, noteProvenance: fakeProvenance });
  for (const [path, text] of Object.entries(NOTES)) index.set(path, text);
  return index;
}

const notePaths = (figures: ReturnType<NotesIndex['figures']>) =>
  figures.map((figure) => (figure.origin === 'note' ? figure.provenance.notePath : `ref:${figure.figure.id}`));

describe('NotesIndex', () => {
  describe('figures', () => {
    it('returns the note figures about an element, newest note first, undated notes last', () => {
      const figures = fixtureIndex().figures({ element: 'Dy' }, { includeReference: false });
      assert.deepEqual(notePaths(figures), ['notes/new.md', 'notes/middle.md', 'notes/old.md', 'notes/undated.md']);
      assert.deepEqual(figures.map((figure) => figure.figure.value), [70, 8, 60, 40]);
    });

    it('matches elements by symbol or name, in any case', () => {
      const index = fixtureIndex();
      const bySymbol = notePaths(index.figures({ element: 'Dy' }, { includeReference: false }));
      assert.deepEqual(notePaths(index.figures({ element: 'dysprosium' }, { includeReference: false })), bySymbol);
      assert.deepEqual(notePaths(index.figures({ element: 'DY' }, { includeReference: false })), bySymbol);
      assert.deepEqual(index.figures({ element: 'Xx' }), [], 'an unknown element matches nothing, not everything');
    });

    it('matches regions through aliases', () => {
      const index = fixtureIndex();
      for (const alias of ['United States', 'U.S.', 'usa', 'US']) {
        assert.deepEqual(notePaths(index.figures({ region: alias }, { includeReference: false })), ['notes/new.md'], alias);
      }
      assert.deepEqual(notePaths(index.figures({ region: 'Myanmar' }, { includeReference: false })), ['notes/undated.md']);
    });

    it('combines criteria: every one must hold for the same figure', () => {
      const index = fixtureIndex();
      const figures = index.figures({ region: 'China', metric: 'mining share' }, { includeReference: false });
      assert.deepEqual(figures.map((figure) => figure.figure.value), [69, 60]);
      assert.deepEqual(index.figures({ element: 'Tb', region: 'China' }, { includeReference: false }), []);
      assert.deepEqual(index.figures({ element: 'Dy', metric: 'price' }, { includeReference: false }).map((figure) => figure.figure.value), [8]);
    });

    it('matches organizations without case or legal form', () => {
      const index = fixtureIndex();
      assert.deepEqual(index.figures({ organization: 'LYNAS rare earths ltd.' }, { includeReference: false }).map((figure) => figure.figure.value), [10000]);
      assert.equal(organizationKey('Lynas Rare Earths Ltd'), organizationKey('lynas  rare earths'));
    });

    it('appends the reference figures matching the query, after the note figures', () => {
      const index = fixtureIndex();
      const figures = index.figures({ region: 'China', metric: 'mine production' });
      assert.ok(figures.length > 0, 'the dataset has China mine production figures');
      assert.ok(figures.every((figure) => figure.origin === 'reference'));
      const mixed = index.figures({ region: 'China' });
      const firstReference = mixed.findIndex((figure) => figure.origin === 'reference');
      assert.equal(firstReference, 2);
      assert.ok(mixed.slice(firstReference).every((figure) => figure.origin === 'reference'));
      assert.deepEqual(index.figures({ metric: 'patents' }).filter((figure) => figure.origin === 'reference'), [], 'no reference figures for a notes-only metric');
    });

    it('stops at the limit', () => {
      const index = fixtureIndex();
      assert.deepEqual(notePaths(index.figures({ element: 'Dy' }, { limit: 2 })), ['notes/new.md', 'notes/middle.md']);
      assert.equal(index.figures({ region: 'China' }, { limit: 3 }).length, 3);
      assert.deepEqual(index.figures({ region: 'China' }, { limit: 0 }), []);
    });

    it('keeps multi-criteria counts right across updates', () => {
      const index = fixtureIndex();
      const query = { region: 'China', metric: 'mining share' } as const;
      assert.equal(index.countFigures(query), 2);
      index.set('notes/extra.md', note({ title: 'Extra', body: '{{55% r=PRC m=mining share}} and {{3% r=China m=price}}' }));
      assert.equal(index.countFigures(query), 3);
      index.set('notes/unrelated.md', note({ title: 'Unrelated', body: '{{1% r=Japan}}' }));
      assert.equal(index.countFigures(query), 3);
      index.delete('notes/old.md');
      assert.equal(index.countFigures(query), 2);
      index.rename('notes/extra.md', 'notes/extra2.md');
      assert.equal(index.countFigures(query), 2);
      index.delete('notes/extra2.md');
      assert.equal(index.countFigures(query), 1);
      assert.equal(index.countFigures({ element: 'Dy', region: 'China' }), 0);
    });

    it('agrees with a brute-force scan after random sets, deletes and renames', () => {
      const elements = ['Dy', 'Tb', 'Nd'];
      const regions = ['China', 'USA', 'Japan'];
      const metrics = ['price', 'mining share', 'reserves'];
      let seed = 7;
      const rand = (n: number) => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return (seed >>> 8) % n;
      };
      const index = new NotesIndex({ extractFigures: fakeExtract, noteProvenance: fakeProvenance });
      const paths = Array.from({ length: 12 }, (_, i) => `n/${i}.md`);
      for (let step = 0; step < 300; step++) {
        const path = paths[rand(paths.length)];
        const action = rand(10);
        if (action < 7) {
          // Some notes hold more than 30 figures (the list representation), most fewer.
          const count = rand(4) === 0 ? 31 + rand(5) : rand(6);
          const markers = Array.from({ length: count }, () =>
            `{{${rand(100)}% e=${elements[rand(3)]}${rand(2) ? `,${elements[rand(3)]}` : ''} r=${regions[rand(3)]} m=${metrics[rand(3)]}}}`);
          index.set(path, note({ title: path, date: `2024-01-${String(1 + rand(28)).padStart(2, '0')}`, body: markers.join(' ') }));
        } else if (action < 9) index.delete(path);
        else index.rename(path, paths[rand(paths.length)]);
        const query = {
          ...(rand(2) ? { element: elements[rand(3)] } : {}),
          ...(rand(2) ? { region: regions[rand(3)] } : {}),
          ...(rand(2) ? { metric: metrics[rand(3)] as NoteFigure['metric'] } : {}),
        };
        const brute = index.notePaths().flatMap((notePath) => index.figuresOf(notePath).filter((figure) =>
          (query.element === undefined || figure.subjects.elements.includes(query.element))
          && (query.region === undefined || regionKey(figure.subjects.regions[0]) === regionKey(query.region))
          && (query.metric === undefined || figure.metric === query.metric)));
        assert.equal(index.countFigures(query), brute.length, `step ${step}: count of ${JSON.stringify(query)}`);
        assert.equal(index.figures(query, { includeReference: false }).length, brute.length, `step ${step}: figures of ${JSON.stringify(query)}`);
        assert.equal(index.figures(query, { includeReference: false, limit: 3 }).length, Math.min(3, brute.length));
      }
    });

    it('counts note figures only', () => {
      const index = fixtureIndex();
      assert.equal(index.countFigures({ element: 'Dy' }), 4);
      assert.equal(index.countFigures({ region: 'China', metric: 'mining share' }), 2);
      assert.equal(index.countFigures({}), 7);
      assert.equal(index.countFigures({ element: 'Xx' }), 0);
      assert.equal(index.countFigures({ organization: 'Nobody' }), 0);
    });
  });

  describe('updates', () => {
    it('replaces a note: old figures and mentions go, postings are dropped when empty', () => {
      const index = fixtureIndex();
      index.set('notes/old.md', note({ title: 'Old, rewritten', date: '2023-01-05', body: 'Now about {{5% e=Lu r=Estonia}} only.' }));
      assert.equal(index.noteCount, 4);
      assert.equal(index.countFigures({ element: 'Dy' }), 3);
      assert.equal(index.countFigures({ element: 'Lu' }), 1);
      assert.deepEqual(index.figures({ organization: 'Lynas' }, { includeReference: false }), []);
      assert.ok(!index.entities('organization').some((entity) => entity.name.startsWith('Lynas')));
      assert.equal(index.provenanceOf('notes/old.md')?.title, 'Old, rewritten');
    });

    it('deletes a note', () => {
      const index = fixtureIndex();
      index.delete('notes/new.md');
      index.delete('notes/missing.md');
      assert.equal(index.noteCount, 3);
      assert.ok(!index.has('notes/new.md'));
      assert.deepEqual(index.figures({ region: 'U.S.' }, { includeReference: false }), []);
      assert.deepEqual(index.notesMentioning('region', 'USA'), []);
      assert.equal(index.provenanceOf('notes/new.md'), undefined);
      assert.equal(index.figureAt('notes/new.md', 0), undefined);
    });

    it('renames a note, keeping its figures and fixing its provenance', () => {
      const index = fixtureIndex();
      const before = index.figures({ element: 'Dy' }, { includeReference: false }).length;
      index.rename('notes/middle.md', 'archive/middle.md');
      assert.ok(!index.has('notes/middle.md'));
      assert.ok(index.has('archive/middle.md'));
      assert.equal(index.provenanceOf('archive/middle.md')?.notePath, 'archive/middle.md');
      const figures = index.figures({ element: 'Dy' }, { includeReference: false });
      assert.equal(figures.length, before);
      assert.deepEqual(notePaths(figures), ['notes/new.md', 'archive/middle.md', 'notes/old.md', 'notes/undated.md']);
      assert.deepEqual(index.notesMentioning('element', 'Tb').map((provenance) => provenance.notePath), ['notes/new.md', 'archive/middle.md']);
      index.rename('notes/none.md', 'x.md');
      assert.equal(index.noteCount, 4);
    });

    it('renaming onto an existing note replaces it', () => {
      const index = fixtureIndex();
      index.rename('notes/old.md', 'notes/new.md');
      assert.equal(index.noteCount, 3);
      assert.equal(index.provenanceOf('notes/new.md')?.title, 'Old');
      assert.deepEqual(index.figures({ region: 'USA' }, { includeReference: false }), []);
    });

    it('lists notes newest first through bursts of sets, single sets between reads, deletes and renames', () => {
      // The order is kept two ways (insertion after a read, append and sort for a burst): a seeded
      // mix of operations and reads is checked against a plain sort of what the index should hold.
      const random = seededRandom(7);
      const index = new NotesIndex({ extractFigures: fakeExtract, noteProvenance: fakeProvenance });
      const dates = new Map<string, string | undefined>();
      const expected = () => [...dates].sort(([pathA, dateA], [pathB, dateB]) => {
        if ((dateA ?? '') !== (dateB ?? '')) return (dateA ?? '') > (dateB ?? '') ? -1 : 1;
        return pathA < pathB ? -1 : 1;
      }).map(([path]) => path);
      const someDate = () => (random() < 0.1 ? undefined : `202${Math.floor(random() * 6)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`);
      for (let step = 0; step < 600; step++) {
        const path = `notes/n${Math.floor(random() * 60)}.md`;
        const action = random();
        if (action < 0.6) {
          const date = someDate();
          index.set(path, note({ title: path, date, body: 'text' }));
          dates.set(path, date);
        } else if (action < 0.75) {
          index.delete(path);
          dates.delete(path);
        } else if (action < 0.85 && dates.has(path)) {
          const to = `notes/n${Math.floor(random() * 60)}.md`;
          index.rename(path, to);
          if (to !== path) {
            dates.set(to, dates.get(path));
            dates.delete(path);
          }
        } else {
          assert.deepEqual(index.allNotes().map((provenance) => provenance.notePath), expected(), `after step ${step}`);
        }
      }
      assert.deepEqual(index.allNotes().map((provenance) => provenance.notePath), expected());
    });

    it('grows its version on every change', () => {
      const index = fixtureIndex();
      const version = index.version;
      index.set('a.md', '# A');
      assert.ok(index.version > version);
    });

    it('holds nothing after every note is deleted, however often notes were rewritten', () => {
      const index = fixtureIndex();
      for (let round = 0; round < 50; round++) {
        index.set('notes/churn.md', note({ title: `Churn ${round}`, regions: [`Region ${round}`], organizations: [`Org ${round}`], body: `{{${round}% e=Dy r=Place ${round} o=Company ${round}}}` }));
      }
      assert.equal(index.entities('region').filter((entity) => entity.name.startsWith('Region')).length, 1);
      for (const path of index.notePaths()) index.delete(path);
      assert.equal(index.noteCount, 0);
      for (const kind of ['region', 'organization', 'element'] as const) assert.deepEqual(index.entities(kind), []);
      assert.equal(index.countFigures({}), 0);
      assert.equal(index.countFigures({ element: 'Dy' }), 0);
    });
  });

  describe('figureAt', () => {
    it('finds the figure whose raw text covers an offset', () => {
      const index = fixtureIndex();
      const text = NOTES['notes/middle.md'];
      const start = text.indexOf('{{8%');
      const end = text.indexOf('}}', start) + 2;
      assert.equal(index.figureAt('notes/middle.md', start)?.value, 8);
      assert.equal(index.figureAt('notes/middle.md', end - 1)?.value, 8);
      assert.equal(index.figureAt('notes/middle.md', end), undefined);
      assert.equal(index.figureAt('notes/middle.md', start - 1), undefined);
      assert.equal(index.figureAt('notes/middle.md', text.indexOf('{{12%'))?.value, 12);
      assert.equal(index.figureAt('notes/middle.md', 0), undefined);
      assert.deepEqual(index.figuresOf('notes/middle.md').map((figure) => figure.value), [12, 8]);
    });
  });

  describe('mentions', () => {
    it('finds notes mentioning a region in front matter, figures or body, through aliases, newest first', () => {
      const index = fixtureIndex();
      assert.deepEqual(index.notesMentioning('region', 'China').map((provenance) => provenance.notePath), ['notes/new.md', 'notes/old.md']);
      assert.deepEqual(index.notesMentioning('region', 'burma').map((provenance) => provenance.notePath), ['notes/new.md', 'notes/undated.md']);
      assert.deepEqual(index.notesMentioning('region', 'Vietnam').map((provenance) => provenance.notePath), ['notes/middle.md']);
      assert.deepEqual(index.notesMentioning('region', 'Atlantis'), []);
    });

    it('finds elements named in the body, in tags or in figures', () => {
      const index = fixtureIndex();
      assert.deepEqual(index.notesMentioning('element', 'terbium').map((provenance) => provenance.notePath), ['notes/new.md', 'notes/middle.md']);
      assert.deepEqual(index.notesMentioning('element', 'Dy').map((provenance) => provenance.notePath), ['notes/new.md', 'notes/middle.md', 'notes/old.md', 'notes/undated.md']);
    });

    it('lists entities with note counts, canonical names, most mentioned first', () => {
      const index = fixtureIndex();
      const regions = index.entities('region');
      assert.deepEqual(regions.slice(0, 2), [{ name: 'Burma (Myanmar)', notes: 2 }, { name: 'China', notes: 2 }]);
      assert.ok(regions.some((entity) => entity.name === 'United States' && entity.notes === 1));
      assert.ok(!regions.some((entity) => entity.name === 'USA' || entity.name === 'U.S.'));
      assert.deepEqual(index.entities('element').find((entity) => entity.name === 'Dy'), { name: 'Dy', notes: 4 });
      assert.deepEqual(index.entities('organization').map((entity) => entity.notes), [1]);
    });
  });

  describe('front matter and body readers', () => {
    it('reads block lists, flow lists, scalars and quotes', () => {
      const text = [
        '---',
        'title: "x"',
        'regions:',
        '  - China',
        "  - 'U.S.'",
        '  - "Burma (Myanmar)" # a comment',
        'organizations: [Lynas, "MP Materials, Inc.", \'Iluka\'\'s unit\']',
        'tags: dysprosium',
        'topics:',
        '- Supply',
        'other:',
        '  - Japan',
        '---',
        'Body',
      ].join('\r\n');
      const lists = frontMatterLists(text);
      assert.deepEqual(lists.regions, ['China', 'U.S.', 'Burma (Myanmar)']);
      assert.deepEqual(lists.organizations, ['Lynas', 'MP Materials, Inc.', "Iluka's unit"]);
      assert.deepEqual(lists.elements, ['dysprosium', 'Supply']);
      assert.equal(text.slice(lists.bodyStart), 'Body');
      assert.deepEqual(lists.topics, ['Supply']);
      assert.deepEqual(frontMatterLists('# No front matter'), { regions: [], organizations: [], elements: [], topics: [], bodyStart: 0 });
      assert.equal(frontMatterLists('---\nregions: [China\n').bodyStart, 0, 'an unclosed front matter is no front matter');
    });

    it('finds region and element names in the body as words only', () => {
      const found = bodyMentions('The US and USA, the U.S. and China; Chinalco, US$60/kg, bus, us, Dysprosium and NEODYMIUM, not neodymiumish. Myanmar.');
      assert.deepEqual(found.regions.sort(), ['China', 'Myanmar', 'U.S.', 'US', 'USA']);
      assert.deepEqual(found.elements.sort(), ['Dysprosium', 'NEODYMIUM']);
      const text = '---\nregions: [China]\n---\nJapan';
      assert.deepEqual(bodyMentions(text, frontMatterLists(text).bodyStart).regions, ['Japan']);
      assert.equal(regionKey('U.S.'), 'united states');
    });
  });

  describe('with the real figure extraction', () => {
    const REAL = [
      '---',
      'title: "Dysprosium prices climb as China tightens exports"',
      'source: https://rare-earth-news.example/news/dysprosium-prices/',
      'site: rare-earth-news.example',
      "date: '2025-04-10T08:00:00'",
      'regions:',
      '  - China',
      '  - USA',
      'organizations:',
      '  - Lynas Rare Earths',
      '---',
      '',
      '# Dysprosium prices climb as China tightens exports',
      '',
      '## Market',
      '',
      "China accounted for 69% of global rare earth mine production in 2024, and Lynas Rare Earths plans to produce 12,000 tonnes of NdPr oxide a year.",
      '',
      '- Dysprosium oxide rose to US$300/kg in Rotterdam.',
      '- The U.S. relies on imports for 80% of its rare earth compounds.',
      '',
      '```',
      'dysprosium 99% in a code block is no figure',
      '```',
      '',
      '## Notes',
      '',
    ].join('\n');

    it('indexes what extractFigures and noteProvenance find, in text order, with offsets into the note', () => {
      const index = new NotesIndex();
      index.set('notes/real.md', REAL);
      const figures = index.figuresOf('notes/real.md');
      assert.ok(figures.length >= 4, `found ${figures.map((figure) => figure.raw).join(', ')}`);
      for (let i = 1; i < figures.length; i++) assert.ok(figures[i - 1].start <= figures[i].start);
      for (const figure of figures) {
        assert.equal(REAL.slice(figure.start, figure.end), figure.raw);
        assert.equal(index.figureAt('notes/real.md', figure.start), figure, 'the same object as figuresOf gave');
      }
      assert.ok(!figures.some((figure) => figure.value === 99), 'nothing from code blocks');
      assert.equal(index.provenanceOf('notes/real.md')?.title, 'Dysprosium prices climb as China tightens exports');
      assert.equal(index.provenanceOf('notes/real.md')?.url, 'https://rare-earth-news.example/news/dysprosium-prices/');
      const sixtyNine = REAL.indexOf('69%');
      assert.equal(index.figureAt('notes/real.md', sixtyNine + 1)?.value, 69);
    });

    it('answers element, region and organization queries and lists mentions', () => {
      const index = new NotesIndex();
      index.set('notes/real.md', REAL);
      assert.ok(index.figures({ element: 'dysprosium' }, { includeReference: false }).some((figure) => figure.figure.value === 300));
      assert.ok(index.figures({ region: 'United States' }, { includeReference: false }).some((figure) => figure.figure.value === 80));
      assert.ok(index.figures({ region: 'China' }, { includeReference: false }).some((figure) => figure.figure.value === 69));
      const regions = index.entities('region').map((entity) => entity.name);
      assert.ok(regions.includes('China') && regions.includes('United States'), regions.join(', '));
      assert.ok(index.entities('organization').some((entity) => entity.name === 'Lynas Rare Earths'));
      assert.deepEqual(index.notesMentioning('organization', 'lynas').map((provenance) => provenance.notePath), ['notes/real.md']);
      assert.deepEqual(index.notesMentioning('element', 'Dy').map((provenance) => provenance.notePath), ['notes/real.md']);
      index.delete('notes/real.md');
      assert.deepEqual(index.entities('region'), []);
    });
  });
});
