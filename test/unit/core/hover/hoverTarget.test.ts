import { strict as assert } from 'node:assert';
import { hoverTarget, isProseLine, maskInlineMarkup, type EntityLookup } from '../../../../src/core/hover/hoverTarget';

const KNOWN: Record<string, { kind: 'region' | 'organization'; name: string }> = {
  china: { kind: 'region', name: 'China' },
  'united states': { kind: 'region', name: 'United States' },
  'u.s.': { kind: 'region', name: 'United States' },
  lynas: { kind: 'organization', name: 'Lynas' },
  'lynas rare earths': { kind: 'organization', name: 'Lynas Rare Earths' },
  'mp materials': { kind: 'organization', name: 'MP Materials' },
};
const lookup: EntityLookup = (name) => KNOWN[name.toLowerCase()];

/** The target at the first occurrence of `needle` (plus `shift` characters) in `line`. */
function at(line: string, needle: string, shift = 0) {
  const index = line.indexOf(needle);
  assert.ok(index !== -1, `${needle} in ${line}`);
  return hoverTarget(line, index + shift, lookup);
}

describe('hover hoverTarget', () => {
  it('finds an element name in any case, and a symbol', () => {
    const line = 'DYSPROSIUM oxide and (Tb) rose; Nd oxide fell.';
    assert.deepEqual(at(line, 'DYSPROSIUM', 3), { kind: 'element', symbol: 'Dy', text: 'DYSPROSIUM', compound: false, start: 0, end: 10 });
    assert.equal((at(line, 'Tb') as { symbol: string }).symbol, 'Tb');
    assert.equal((at(line, 'Nd oxide') as { symbol: string }).symbol, 'Nd');
  });

  it('picks the symbol under the cursor in a pair or a formula', () => {
    const line = 'Nd-Pr oxide, NdFeB magnets and Dy2O3 powder; NdPr too.';
    assert.equal((at(line, 'Nd-Pr') as { symbol: string }).symbol, 'Nd');
    assert.equal((at(line, 'Pr oxide') as { symbol: string }).symbol, 'Pr');
    const magnet = at(line, 'NdFeB', 3);
    assert.deepEqual(magnet, { kind: 'element', symbol: 'Nd', text: 'NdFeB', compound: true, start: 13, end: 18 });
    assert.equal((at(line, 'Dy2O3', 4) as { symbol: string }).symbol, 'Dy');
    assert.equal((at(line, 'NdPr', 2) as { symbol: string }).symbol, 'Pr');
  });

  it('finds the element of a compound word', () => {
    assert.equal((at('Samarium-cobalt magnets', 'cobalt') as { symbol: string }).symbol, 'Sm');
    assert.equal((at('neodymium-praseodymium oxide', 'praseodymium') as { symbol: string }).symbol, 'Pr');
  });

  it('gives no card for rare earths as a group or a compound naming no element', () => {
    assert.equal(at('Rare earths and mischmetal', 'earths'), undefined);
    assert.equal(at('Rare earths and mischmetal', 'mischmetal'), undefined);
  });

  it('finds a statistic, including at its last character and just after it', () => {
    const line = 'China held ~69% of mining and US$60/kg prices.';
    assert.deepEqual(at(line, '~69%'), { kind: 'statistic', text: '~69%', start: 11, end: 15 });
    assert.equal(at(line, '~69%', 3)?.kind, 'statistic');
    assert.equal(at(line, '~69%', 4)?.kind, 'statistic');
    assert.deepEqual(at(line, 'US$'), { kind: 'statistic', text: 'US$60/kg', start: 30, end: 38 });
  });

  it('finds region and organization names through the lookup, the longest name first', () => {
    const line = "The United States and China's quota; Lynas Rare Earths and the U.S. agreed.";
    assert.deepEqual(at(line, 'States'), { kind: 'region', name: 'United States', text: 'United States', start: 4, end: 17 });
    assert.deepEqual(at(line, 'China'), { kind: 'region', name: 'China', text: 'China', start: 22, end: 27 });
    assert.equal((at(line, 'Rare') as { name: string }).name, 'Lynas Rare Earths');
    assert.equal((at(line, 'U.S.') as { name: string }).name, 'United States');
    assert.equal(at(line, 'quota'), undefined);
    assert.equal(hoverTarget(line, line.indexOf('China'), undefined), undefined);
  });

  it('ignores code spans and link destinations, not link text', () => {
    const line = 'See `69% of China` and [the dysprosium report](https://example.com/China/69%).';
    assert.equal(at(line, '69% of'), undefined);
    assert.equal(at(line, 'China`'), undefined);
    assert.equal((at(line, 'dysprosium') as { symbol: string }).symbol, 'Dy');
    assert.equal(at(line, 'China/69'), undefined);
    assert.equal(at(line, '69%)'), undefined);
    assert.equal(maskInlineMarkup('a `b` [c](d)').length, 'a `b` [c](d)'.length);
  });

  it('returns nothing outside the line', () => {
    assert.equal(hoverTarget('69%', -1), undefined);
    assert.equal(hoverTarget('69%', 10), undefined);
  });

  describe('isProseLine', () => {
    const note = [
      '---', // 0
      'title: Dysprosium 69%', // 1
      '---', // 2
      '', // 3
      'China 69%', // 4
      '```', // 5
      'Dysprosium 12%', // 6
      '```', // 7
      'After 12%', // 8
      '~~~~ yaml', // 9
      '~~~', // 10 (shorter: does not close)
      'inside', // 11
      '~~~~', // 12
      'prose', // 13
      '```js', // 14
      'unclosed', // 15
    ];
    const prose = (line: number) => isProseLine((i) => note[i], note.length, line);

    it('skips front matter and fenced code (fences included; an unclosed fence runs to the end)', () => {
      assert.deepEqual(note.map((_, i) => prose(i)), [
        false, false, false, true, true, false, false, false, true, false, false, false, false, true, false, false,
      ]);
    });

    it('reads a note without front matter, and `---` later on as prose', () => {
      const lines = ['# Title', '---', 'text'];
      assert.deepEqual(lines.map((_, i) => isProseLine((j) => lines[j], lines.length, i)), [true, true, true]);
      const unclosed = ['---', 'title: x'];
      assert.deepEqual(unclosed.map((_, i) => isProseLine((j) => unclosed[j], unclosed.length, i)), [true, true]);
    });
  });
});
