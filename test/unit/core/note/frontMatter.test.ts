import { strict as assert } from 'node:assert';
import { formatFrontMatter, parseFrontMatter, readFrontMatter, readSimpleFrontMatter, splitFrontMatter } from '../../../../src/core/note/frontMatter';
import { seededRandom } from '../../../support/seededRandom';

describe('frontMatter', () => {
  describe('splitFrontMatter', () => {
    it('splits at the fences', () => {
      assert.deepEqual(splitFrontMatter('---\ntitle: A\n---\n# A\n'), { yaml: 'title: A\n', body: '# A\n' });
    });

    it('handles CRLF fences', () => {
      assert.deepEqual(splitFrontMatter('---\r\ntitle: A\r\n---\r\n# A\r\n'), { yaml: 'title: A\r\n', body: '# A\r\n' });
    });

    it('accepts ... as the closing fence and a fence at the end of the text', () => {
      assert.deepEqual(splitFrontMatter('---\ntitle: A\n...\nbody'), { yaml: 'title: A\n', body: 'body' });
      assert.deepEqual(splitFrontMatter('---\ntitle: A\n---'), { yaml: 'title: A\n', body: '' });
    });

    it('reads front matter after a byte order mark that an editor added', () => {
      assert.deepEqual(splitFrontMatter('\uFEFF---\ntitle: A\n---\n# A\n'), { yaml: 'title: A\n', body: '# A\n' });
    });

    it('reads empty front matter', () => {
      assert.deepEqual(splitFrontMatter('---\n---\nbody'), { yaml: '', body: 'body' });
    });

    it('finds no front matter without an opening fence or without a closing one', () => {
      assert.deepEqual(splitFrontMatter('# Title\n---\n'), { yaml: undefined, body: '# Title\n---\n' });
      assert.deepEqual(splitFrontMatter('---\ntitle: A\n# no end'), { yaml: undefined, body: '---\ntitle: A\n# no end' });
    });

    it('does not take a later thematic break for the end of the body', () => {
      const split = splitFrontMatter('---\na: 1\n---\nText\n\n---\n\nMore');
      assert.equal(split.body, 'Text\n\n---\n\nMore');
    });
  });

  describe('parseFrontMatter', () => {
    it('parses a mapping', () => {
      assert.deepEqual(parseFrontMatter('title: A\nwp_id: 5\nregions: [China]\n'), { ok: true, data: { title: 'A', wp_id: 5, regions: ['China'] } });
    });

    it('reads empty YAML as an empty mapping', () => {
      assert.deepEqual(parseFrontMatter(''), { ok: true, data: {} });
    });

    it('keeps ISO dates as strings', () => {
      const parsed = parseFrontMatter('date: 2025-03-14T09:30:00\nimported: 2025-03-15T00:00:00.000Z\n');
      assert.deepEqual(parsed, { ok: true, data: { date: '2025-03-14T09:30:00', imported: '2025-03-15T00:00:00.000Z' } });
    });

    it('reports broken YAML instead of throwing, with where the problem is', () => {
      assert.deepEqual(parseFrontMatter('title: A\nsite: a: b\n'), { ok: false, error: 'Nested mappings are not allowed in compact mappings', offset: 15 });
    });

    it('reports an alias to an anchor that is not defined instead of throwing', () => {
      const parsed = parseFrontMatter('title: *missing\n');
      assert.equal(parsed.ok, false);
      assert.match(parsed.ok ? '' : parsed.error, /alias/i);
    });

    it('reports YAML that is not a mapping', () => {
      assert.deepEqual(parseFrontMatter('- a\n- b\n'), { ok: false, error: 'front matter is a list, not a mapping of keys to values (key: value lines)', offset: 0 });
      assert.deepEqual(parseFrontMatter('\njust text\n'), { ok: false, error: 'front matter is a single value, not a mapping of keys to values (key: value lines)', offset: 1 });
    });
  });

  describe('readFrontMatter', () => {
    const IMPORTED = [
      'title: "Dysprosium supply from China: note 7"',
      'source: https://rare-earth-news.example/news/dysprosium-china-7/',
      'wp_id: 100007',
      'site: rare-earth-news.example',
      'type: post',
      'date: 2024-05-09T03:00:00',
      'regions:',
      '  - China',
      '  - United States',
      'organizations: []',
      'topics:',
      '- Prices',
      "excerpt: 'Buyers look beyond China''s mines.'",
      'imported: 2024-05-09T18:00:00.000Z',
      // A hex hash that starts with digits is a string, not a number: no reason for the full parser.
      'imported_hash: 49f38c0f623dd771',
      'tags: []',
      '',
    ].join('\n');

    it('reads the front matter the importer writes without the full YAML parser, to the same result', () => {
      const fast = readSimpleFrontMatter(IMPORTED);
      assert.ok(fast, 'the simple reader accepts imported front matter');
      assert.deepEqual({ ok: true, data: fast }, parseFrontMatter(IMPORTED));
      assert.equal(fast.excerpt, "Buyers look beyond China's mines.");
      assert.deepEqual(fast.regions, ['China', 'United States']);
      assert.equal(fast.imported_hash, '49f38c0f623dd771');
      const crlf = IMPORTED.replace(/\n/g, '\r\n');
      assert.deepEqual(readSimpleFrontMatter(crlf), fast, 'CRLF line ends');
      const formatted = formatFrontMatter({ title: 'A: b', wp_id: 5, regions: ['China', 'Côte d’Ivoire'], empty: [] });
      const yaml = splitFrontMatter(formatted).yaml ?? '';
      assert.ok(readSimpleFrontMatter(yaml), 'what formatFrontMatter writes');
      assert.deepEqual({ ok: true, data: readSimpleFrontMatter(yaml) }, parseFrontMatter(yaml));
    });

    it('leaves fancier YAML to the full parser', () => {
      const fancy = [
        'title: A # a comment',
        '# a comment line\ntitle: A',
        'excerpt: |\n  Line one\n  line two',
        'excerpt: >-\n  Folded\n  text',
        'base: &b China\nregions:\n  - *b',
        'title: "Escaped \\" quote"',
        'title: plain\n  continued',
        'meta:\n  nested: 1',
        'regions: [China, Japan]',
        'count: 0x1F',
        'ratio: .5',
        '\uFEFFtitle: A',
        'title:\tA',
        '? complex key\n: value',
        'null: 1',
        'title: a: b',
      ];
      for (const yaml of fancy) {
        assert.equal(readSimpleFrontMatter(yaml + '\n'), undefined, yaml);
        assert.deepEqual(readFrontMatter(yaml + '\n'), parseFrontMatter(yaml + '\n'), yaml);
      }
    });

    it('gives the same result as the full YAML parser on many generated shapes', () => {
      const keys = ['title', 'site', 'date', 'source', 'excerpt', 'wp_id', 'regions', 'title'];
      const values = [
        '', 'A', 'China’s share', 'a, b', 'x]', 'a:b', 'a :b', 'a #b', 'a#b', '"quoted"', '"a: b"', '""', "'single'", "'it''s'", "'a'b'", "''",
        '"unclosed', "'unclosed", '[]', '[ ]', '{}', '- a', '-5', '+12', '007', '12', '1.5', '1e3', '2025-03-27', '2025-03-27T09:00:00',
        'true', 'False', 'yes', 'null', 'NULL', '~', '.inf', '.', '*alias', '&anchor x', '!tag x', '|', '>', '%x', '@x', '`x`', 'https://a.example/x?y=1#z',
        '49f38c0f623dd771', '0123abcd', '0o17', '0o19', '0x1F', '0xG1', '1E+3', '1e', '+.inf', '-.Inf', '.NaN', '+.nan', '1_000', '0b101', '12:30', '1.2.3', '3f', '1.', '-.5',
        'ends with colon:', '12345678901234567890', 'a  ', '?x', ':x', ',x', 'x, y: z', 'A\u00A0', '\u00A0', '\u2028x', 'a\u3000',
      ];
      const listItems = ['  - China', '  - China\u00A0', '\u00A0', '  - "U.S."', "  - 'Côte d''Ivoire'", '- Japan', '    - deeper', '  - a: b', '  -', '  - # c', '', '  plain'];
      const rand = seededRandom(7);
      let fastCount = 0;
      for (let sample = 0; sample < 1000; sample++) {
        const lines: string[] = [];
        const lineCount = 1 + Math.floor(rand() * 5);
        for (let l = 0; l < lineCount; l++) {
          const key = keys[Math.floor(rand() * keys.length)];
          if (rand() < 0.25) {
            lines.push(`${key}:`);
            const items = Math.floor(rand() * 3);
            for (let i = 0; i < items; i++) lines.push(listItems[Math.floor(rand() * listItems.length)]);
          } else {
            lines.push(`${key}: ${values[Math.floor(rand() * values.length)]}`);
          }
        }
        const yaml = lines.join(rand() < 0.2 ? '\r\n' : '\n') + '\n';
        const fast = readSimpleFrontMatter(yaml);
        if (fast !== undefined) {
          fastCount++;
          assert.deepEqual({ ok: true, data: fast }, parseFrontMatter(yaml), JSON.stringify(yaml));
        }
        assert.deepEqual(readFrontMatter(yaml), parseFrontMatter(yaml), JSON.stringify(yaml));
      }
      assert.ok(fastCount > 100, `only ${fastCount} samples took the simple path`);
    });
  });

  describe('formatFrontMatter', () => {
    it('fences the YAML and ends with a newline', () => {
      assert.equal(formatFrontMatter({ title: 'A', wp_id: 5, regions: [] }), '---\ntitle: A\nwp_id: 5\nregions: []\n---\n');
    });

    it('round-trips awkward values through the YAML library', () => {
      const data = {
        title: 'China’s Export Controls: ‘It’s About Leverage’ #1',
        quoted: '"double" and \'single\'',
        looksLikeNumber: '2025',
        looksLikeBool: 'yes',
        looksLikeNull: 'null',
        startsWithDash: '- not a list',
        startsWithStar: '*alias',
        fence: '---',
        multiline: 'line one\nline two',
        long: 'x'.repeat(300),
        list: ['United States', 'Côte d’Ivoire', 'a: b'],
        unicode: '稀土 🧲',
      };
      const text = formatFrontMatter(data);
      const split = splitFrontMatter(text);
      assert.equal(split.body, '');
      assert.deepEqual(parseFrontMatter(split.yaml ?? ''), { ok: true, data });
      assert.ok(!text.includes('x'.repeat(300) + '\n  '), 'long strings are not folded');
    });
  });
});
