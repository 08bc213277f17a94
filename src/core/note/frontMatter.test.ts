import { strict as assert } from 'node:assert';
import { formatFrontMatter, parseFrontMatter, splitFrontMatter } from './frontMatter';

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

    it('reports broken YAML instead of throwing', () => {
      const parsed = parseFrontMatter('title: [unclosed\n');
      assert.equal(parsed.ok, false);
    });

    it('reports YAML that is not a mapping', () => {
      assert.deepEqual(parseFrontMatter('- a\n- b\n'), { ok: false, error: 'front matter is not a mapping of keys to values' });
      assert.deepEqual(parseFrontMatter('just text\n'), { ok: false, error: 'front matter is not a mapping of keys to values' });
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
