import { strict as assert } from 'node:assert';
import { findHighlights } from '../../../../src/core/highlight/findHighlights';
import { HIGHLIGHT_RULES, RULE_FLAGS, SKIP_RULES } from '../../../../src/core/highlight/highlightRules';
import { RARE_EARTH_ELEMENTS } from '../../../../src/core/highlight/vocabulary';

/** "text=class" for each highlight, the specific class only. */
function found(text: string): string[] {
  return findHighlights(text).map((h) => `${h.text}=${h.className.split(' ')[1]}`);
}

describe('findHighlights', () => {
  it('returns offsets, kind, classes and scope for each highlight, sorted and apart', () => {
    const text = 'Neodymium rose 69% to $2.5 billion.';
    const highlights = findHighlights(text);
    assert.deepEqual(highlights.map(({ start, end, kind, className, scope, text: t }) => ({ start, end, kind, className, scope, t })), [
      { start: 0, end: 9, kind: 'element', className: 'ren-element ren-element-name', scope: 'entity.name.type.element.name.rare-earth', t: 'Neodymium' },
      { start: 15, end: 18, kind: 'statistic', className: 'ren-stat ren-stat-percent', scope: 'constant.numeric.statistic.percent.rare-earth', t: '69%' },
      { start: 22, end: 34, kind: 'statistic', className: 'ren-stat ren-stat-currency', scope: 'constant.numeric.statistic.currency.rare-earth', t: '$2.5 billion' },
    ]);
    for (const h of highlights) assert.equal(text.slice(h.start, h.end), h.text);
  });

  it('gives every highlight a base class (ren-element or ren-stat) and a specific one', () => {
    for (const rule of HIGHLIGHT_RULES) {
      const [base, specific] = rule.className.split(' ');
      assert.equal(base, rule.kind === 'element' ? 'ren-element' : 'ren-stat');
      assert.match(specific, new RegExp(`^${base}-[a-z]+$`));
      assert.match(rule.scope, /^(entity\.name\.type\.element|constant\.numeric\.statistic)\.[a-z.]+\.rare-earth$/);
    }
  });

  it('compiles every rule in JavaScript with the documented flags', () => {
    for (const rule of [...HIGHLIGHT_RULES, ...SKIP_RULES]) assert.doesNotThrow(() => new RegExp(rule.source, RULE_FLAGS), rule.name);
  });

  it('finds all 17 element names in lower case, Capitalised and UPPER CASE', () => {
    assert.equal(RARE_EARTH_ELEMENTS.length, 17);
    for (const { name } of RARE_EARTH_ELEMENTS) {
      for (const form of [name, name[0].toUpperCase() + name.slice(1), name.toUpperCase()]) {
        assert.deepEqual(found(`about ${form}, too`), [`${form}=ren-element-name`]);
      }
    }
  });

  for (const [text, expected] of [
    // Group terms.
    ['rare earths and Rare Earth Elements', ['rare earths=ren-element-group', 'Rare Earth Elements=ren-element-group']],
    ['rare-earth oxide and RARE EARTH', ['rare-earth oxide=ren-element-group', 'RARE EARTH=ren-element-group']],
    ['REEs, REO, TREO, LREE/HREE', ['REEs=ren-element-group', 'REO=ren-element-group', 'TREO=ren-element-group', 'LREE=ren-element-group', 'HREE=ren-element-group']],
    ['lanthanides and Lanthanoid', ['lanthanides=ren-element-group', 'Lanthanoid=ren-element-group']],
    // Compounds.
    ['NdFeB, SmCo, NdPr and Nd2Fe14B', ['NdFeB=ren-element-compound', 'SmCo=ren-element-compound', 'NdPr=ren-element-compound', 'Nd2Fe14B=ren-element-compound']],
    ['Dy2O3, Y3Al5O12, Nd:YAG', ['Dy2O3=ren-element-compound', 'Y3Al5O12=ren-element-compound', 'Nd:YAG=ren-element-compound']],
    // Symbols in safe places.
    ['neodymium (Nd)', ['neodymium=ren-element-name', 'Nd=ren-element-symbol']],
    ['Nd-Pr, Nd/Pr, Nd–Pr, Nd — Pr', ['Nd-Pr=ren-element-symbol', 'Nd/Pr=ren-element-symbol', 'Nd–Pr=ren-element-symbol', 'Nd — Pr=ren-element-symbol']],
    ['Nd oxide, Dy metal, Tb magnets, La carbonate', ['Nd=ren-element-symbol', 'Dy=ren-element-symbol', 'Tb=ren-element-symbol', 'La=ren-element-symbol']],
    ['Nd, Pr and Dy', ['Nd=ren-element-symbol', 'Pr=ren-element-symbol', 'Dy=ren-element-symbol']],
    // Statistics.
    ['69%, 85–90%, 30-45 percent, 85 — 90 %', ['69%=ren-stat-percent', '85–90%=ren-stat-percent', '30-45 percent=ren-stat-percent', '85 — 90 %=ren-stat-percent']],
    ['~69% and ≈ 5 Mt', ['~69%=ren-stat-percent', '≈ 5 Mt=ren-stat-quantity']],
    ['about 300 mines, More than 40 firms, up to 12', ['300=ren-stat-approx', '40=ren-stat-approx', '12=ren-stat-approx']],
    ['59 million and 2.5bn', ['59 million=ren-stat-magnitude', '2.5bn=ren-stat-magnitude']],
    ['$2.5 billion, US$60/kg, €5m, RMB 5 billion, 300 million yuan', ['$2.5 billion=ren-stat-currency', 'US$60/kg=ren-stat-currency', '€5m=ren-stat-currency', 'RMB 5 billion=ren-stat-currency', '300 million yuan=ren-stat-currency']],
    ['5 t, 10 kt, 2 Mt, 300 MW, 2 GW, 45 lb, 60 kg, 300 pounds', ['5 t=ren-stat-quantity', '10 kt=ren-stat-quantity', '2 Mt=ren-stat-quantity', '300 MW=ren-stat-quantity', '2 GW=ren-stat-quantity', '45 lb=ren-stat-quantity', '60 kg=ren-stat-quantity', '300 pounds=ren-stat-quantity']],
    ['10,000 tons per year and 5 t/yr', ['10,000 tons per year=ren-stat-quantity', '5 t/yr=ren-stat-quantity']],
    ['25,900 patents', ['25,900=ren-stat-count']],
    ['3×, 10x, tenfold, 10-fold, 3 times higher', ['3×=ren-stat-multiple', '10x=ren-stat-multiple', 'tenfold=ren-stat-multiple', '10-fold=ren-stat-multiple', '3 times higher=ren-stat-multiple']],
  ] as [string, string[]][]) {
    it(`finds ${JSON.stringify(text)}`, () => {
      assert.deepEqual(found(text), expected);
    });
  }

  for (const text of [
    'He came 2nd; the 3rd and 21st too.',
    'La Niña and El Niño',
    'Er, I think Y is fine. Plan Y. Model Er.',
    'Y/Y growth, La-La Land, Ho-Ho-Ho, Y2K',
    'The Pr team, Sc Johnson, Ho Chi Minh',
    'In 2024, on 2024-05-01 and 12/05/2024, May 5, 2024',
    'The F-35, COVID-19, Chapter 11, version 1.2.3, v2.0',
    'up to 2030, over 2nd, about 1990',
    'the 1990s, a 4x4, Q3 and H1',
    'neodymiumlike, prelanthanum, summarium',
    'See https://example.com/69%/neodymium and http://x.org/5%',
    'A <span title="69%">tag</span>',
    'a <!-- 69% neodymium --> comment',
  ]) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => {
      const rest = found(text).filter((h) => !h.startsWith('tag='));
      assert.deepEqual(rest, []);
    });
  }

  it('keeps punctuation around a highlight out of it', () => {
    assert.deepEqual(found('(Neodymium), "69%", [NdFeB]; dysprosium.'), ['Neodymium=ren-element-name', '69%=ren-stat-percent', 'NdFeB=ren-element-compound', 'dysprosium=ren-element-name']);
    assert.deepEqual(found('Terbium’s share: 5%.'), ['Terbium=ren-element-name', '5%=ren-stat-percent']);
  });

  it('takes no-break, narrow and thin spaces as spaces', () => {
    assert.deepEqual(found('69\u00A0% and 5\u202Ft and rare\u00A0earths'), ['69\u00A0%=ren-stat-percent', '5\u202Ft=ren-stat-quantity', 'rare\u00A0earths=ren-element-group']);
    assert.deepEqual(found('about\u00A0300 mines and 25\u202F900 t'), ['300=ren-stat-approx', '25\u202F900 t=ren-stat-quantity']);
  });

  it('is case-aware where case matters', () => {
    assert.deepEqual(found('nd oxide, ND oxide, Nd oxide'), ['Nd=ren-element-symbol']);
    assert.deepEqual(found('ree and Ree and REE'), ['REE=ren-element-group']);
    assert.deepEqual(found('5 mt and 5 Mt and 5 MT'), ['5 mt=ren-stat-quantity', '5 Mt=ren-stat-quantity', '5 MT=ren-stat-quantity']);
  });

  it('prefers the longest, most specific reading', () => {
    assert.deepEqual(found('1.2 million tonnes'), ['1.2 million tonnes=ren-stat-quantity']);
    assert.deepEqual(found('US$2.5 billion'), ['US$2.5 billion=ren-stat-currency']);
    assert.deepEqual(found('12,000 tonnes'), ['12,000 tonnes=ren-stat-quantity']);
    assert.deepEqual(found('NdFeB'), ['NdFeB=ren-element-compound']);
  });

  it('handles empty, digit-free and long text', () => {
    assert.deepEqual(findHighlights(''), []);
    assert.deepEqual(findHighlights('no figures here at all'), []);
    const long = 'Neodymium rose 69% in 2024. '.repeat(2000);
    const highlights = findHighlights(long);
    assert.equal(highlights.length, 4000);
    for (let i = 1; i < highlights.length; i++) assert.ok(highlights[i].start >= highlights[i - 1].end);
  });
});
