import { strict as assert } from 'node:assert';
import { MAX_FILE_NAME_LENGTH, noteFileName, slugify, type NoteFileNameInput } from '../../../../src/core/note/noteFileName';

const SAFE_NAME = /^_?[0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9-]+\.md$/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

function input(overrides: Partial<NoteFileNameInput> = {}): NoteFileNameInput {
  return { date: '2025-03-14T09:30:00', slug: 'separation-plant-opens', title: 'Separation Plant Opens', wpId: 101, ...overrides };
}

/** Every property a note file name must have, whatever the input. */
function assertSafe(name: string, what: string): void {
  assert.match(name, SAFE_NAME, `${what} gave ${JSON.stringify(name)}`);
  assert.ok(name.length <= MAX_FILE_NAME_LENGTH, `${what} gave ${name.length} characters`);
  assert.ok(!name.includes('/') && !name.includes('\\') && !name.includes('\0'), `${what} gave a separator or NUL`);
  assert.ok(!name.split(/[/\\]/).includes('..') && name !== '.' && !name.startsWith('..'), `${what} gave a .. segment`);
  assert.ok(!WINDOWS_RESERVED.test(name.replace(/\.md$/, '')) && !WINDOWS_RESERVED.test(name), `${what} gave a reserved name`);
  assert.ok(!/[ .]$/.test(name.replace(/\.md$/, '')), `${what} gave a name ending in a dot or space`);
}

const HOSTILE = [
  '../../etc/passwd',
  '..',
  '.',
  '...',
  '/etc/passwd',
  '/',
  'C:\\Windows\\System32\\drivers',
  '\\\\server\\share\\note',
  'a/b/c',
  '..%2F..%2Fsecret',
  '%2e%2e%2f%2e%2e%2f',
  '%00',
  'bad\u0000name',
  'nul',
  'CON',
  'con.txt',
  'aux',
  'com1',
  'LPT9',
  'prn.md',
  '',
  '   ',
  '-',
  '---',
  '%',
  '%E0%A4%A',
  '😀🧲💥',
  '稀土 出口 管制',
  'Редкоземельные металлы',
  'عناصر أرضية نادرة',
  'Ñandú über straße æøå łódź',
  '<script>alert(1)</script>',
  '"quoted" | piped ? starred * colon: <>',
  'name.md',
  'trailing dot.',
  'trailing space ',
  '\t\n\r',
  '\u202Egnp.exe',
  'a'.repeat(500),
  'word-'.repeat(100),
  `${'x'.repeat(65)}-${'y'.repeat(20)}`,
  '~/.ssh/id_rsa',
  'file:///etc/passwd',
  'https://evil.example/../../x',
  '$(rm -rf /)',
  '`id`',
  'CON\u0000.md',
];

describe('slugify', () => {
  for (const [text, slug] of [
    ['Lynas’ Kalgoorlie Plant', 'lynas-kalgoorlie-plant'],
    ['China’s Export Controls: What Changes?', 'chinas-export-controls-what-changes'],
    ['Dysprosium & Terbium — 2025 Outlook', 'dysprosium-terbium-2025-outlook'],
    ['Société Générale à Paris', 'societe-generale-a-paris'],
    ['Straße Ærø Œuvre Łódź Þór', 'strasse-aero-oeuvre-lodz-thor'],
    ['ＮｄＦｅＢ magnets', 'ndfeb-magnets'],
    ['  --Edges--  ', 'edges'],
    ['稀土', ''],
  ]) {
    it(`slugifies ${JSON.stringify(text)} as ${JSON.stringify(slug)}`, () => {
      assert.equal(slugify(text), slug);
    });
  }
});

describe('noteFileName', () => {
  it('is <date>-<slug>.md', () => {
    assert.equal(noteFileName(input()), '2025-03-14-separation-plant-opens.md');
  });

  it('uses only the day of the date', () => {
    assert.equal(noteFileName(input({ date: '2024-12-31T23:59:59+14:00' })), '2024-12-31-separation-plant-opens.md');
  });

  it('takes the slug from the title when the slug is missing or empty', () => {
    assert.equal(noteFileName(input({ slug: undefined, title: 'Rare Earth Prices Slip' })), '2025-03-14-rare-earth-prices-slip.md');
    assert.equal(noteFileName(input({ slug: '', title: 'Rare Earth Prices Slip' })), '2025-03-14-rare-earth-prices-slip.md');
  });

  it('takes the slug from the title when the slug has no usable character', () => {
    assert.equal(noteFileName(input({ slug: '稀土', title: 'Rare Earth Quotas' })), '2025-03-14-rare-earth-quotas.md');
  });

  it('falls back to article-<id> when neither slug nor title give a name', () => {
    assert.equal(noteFileName(input({ slug: '稀土', title: '稀土出口' })), '2025-03-14-article-101.md');
  });

  it('decodes and ASCII-folds a percent-encoded slug', () => {
    assert.equal(noteFileName(input({ slug: 'terres-rares-%c3%a0-lacq' })), '2025-03-14-terres-rares-a-lacq.md');
  });

  it('appends the suffix it is given', () => {
    assert.equal(noteFileName(input(), '-101'), '2025-03-14-separation-plant-opens-101.md');
  });

  it('cuts long slugs to 80 characters in all, without a trailing dash, keeping the suffix', () => {
    const long = 'rare-earth-'.repeat(20);
    const plain = noteFileName(input({ slug: long }));
    const suffixed = noteFileName(input({ slug: long }), '-123456789');
    assert.ok(plain.length <= 80 && suffixed.length <= 80, `${plain} / ${suffixed}`);
    assert.ok(!plain.includes('-.md') && !suffixed.includes('--'));
    assert.ok(suffixed.endsWith('-123456789.md'));
    assertSafe(plain, 'long slug');
  });

  it('never gives a Windows-reserved name, even for reserved slugs', () => {
    for (const slug of ['con', 'nul', 'aux', 'com1', 'lpt1', 'prn']) {
      assertSafe(noteFileName(input({ slug })), slug);
    }
  });

  describe('hostile slugs and titles (every pair)', () => {
    let checked = 0;
    for (const slug of [undefined, ...HOSTILE]) {
      it(`is safe for slug ${JSON.stringify(slug)} with every hostile title`, () => {
        for (const title of HOSTILE) {
          for (const suffix of ['', '-101', '-101-2']) {
            assertSafe(noteFileName(input({ slug, title }), suffix), `slug ${JSON.stringify(slug)}, title ${JSON.stringify(title)}, suffix ${suffix}`);
            checked++;
          }
        }
      });
    }
    after(() => assert.ok(checked >= HOSTILE.length * HOSTILE.length * 3));
  });

  it('is safe with huge post ids', () => {
    assertSafe(noteFileName(input({ slug: undefined, title: '', wpId: Number.MAX_SAFE_INTEGER }), `-${Number.MAX_SAFE_INTEGER}-99`), 'huge id');
  });
});
