// Grammar tests: VS Code's own Markdown grammar (tm-grammars) with our injection, tokenized by
// vscode-textmate over vscode-oniguruma, the engine VS Code uses. Each row is a Markdown document,
// the texts that must be one token with our scope (and which), and the texts that must carry none.
// Run from the repository root (as npm run test:unit does): the committed files are read from there.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { findHighlights } from '../../src/core/highlight/findHighlights';
import { HIGHLIGHT_RULES, RULE_FLAGS, UPPER_START } from '../../src/core/highlight/highlightRules';
import { buildInjectionGrammar } from '../../src/core/highlight/injectionGrammar';
import { COMPOUND_WORDS, COMPOUNDS, CURRENCY_CODES, CURRENCY_SIGNS, GROUP_ACRONYMS, GROUP_PHRASES, RARE_EARTH_ELEMENTS } from '../../src/core/highlight/vocabulary';
import { loadMarkdownGrammar, tokenizeLines, type Token } from './textmate';

type Kind = 'name' | 'group' | 'compound' | 'symbol' | 'percent' | 'currency' | 'quantity' | 'magnitude' | 'multiple' | 'count' | 'approx';

const SCOPES: Record<Kind, string> = {
  name: 'entity.name.type.element.name.rare-earth',
  group: 'entity.name.type.element.group.rare-earth',
  compound: 'entity.name.type.element.compound.rare-earth',
  symbol: 'entity.name.type.element.symbol.rare-earth',
  percent: 'constant.numeric.statistic.percent.rare-earth',
  currency: 'constant.numeric.statistic.currency.rare-earth',
  quantity: 'constant.numeric.statistic.quantity.rare-earth',
  magnitude: 'constant.numeric.statistic.magnitude.rare-earth',
  multiple: 'constant.numeric.statistic.multiple.rare-earth',
  count: 'constant.numeric.statistic.count.rare-earth',
  approx: 'constant.numeric.statistic.approx.rare-earth',
};

interface Row {
  md: string;
  has?: [string, Kind][];
  not?: string[];
}

const NBSP = '\u00A0';

const ROWS: Row[] = [
  // Element names, any case.
  { md: 'Neodymium prices rose.', has: [['Neodymium', 'name']] },
  { md: 'Prices of dysprosium fell.', has: [['dysprosium', 'name']] },
  { md: 'TERBIUM SUPPLY TIGHTENS', has: [['TERBIUM', 'name']], not: ['SUPPLY'] },
  { md: 'praseodymium, lanthanum and cerium', has: [['praseodymium', 'name'], ['lanthanum', 'name'], ['cerium', 'name']] },
  { md: 'Yttrium and scandium are often counted.', has: [['Yttrium', 'name'], ['scandium', 'name']], not: ['counted'] },
  { md: 'erbium, lutetium, ytterbium, thulium and holmium', has: [['erbium', 'name'], ['lutetium', 'name'], ['ytterbium', 'name'], ['thulium', 'name'], ['holmium', 'name']] },
  { md: 'europium, gadolinium, samarium, promethium', has: [['europium', 'name'], ['gadolinium', 'name'], ['samarium', 'name'], ['promethium', 'name']] },
  { md: "Neodymium's price and (dysprosium).", has: [['Neodymium', 'name'], ['dysprosium', 'name']] },
  { md: 'neodymiumlike and predysprosium are not names', not: ['neodymiumlike', 'predysprosium'] },
  // Group terms.
  { md: 'The rare earth elements market', has: [['rare earth elements', 'group']], not: ['market'] },
  { md: 'Rare-earth magnets and rare earths', has: [['Rare-earth', 'group'], ['rare earths', 'group']], not: ['magnets'] },
  { md: `RARE EARTHS and rare${NBSP}earth oxide`, has: [['RARE EARTHS', 'group'], [`rare${NBSP}earth oxide`, 'group']] },
  { md: 'REEs, REE, REO and TREO grades', has: [['REEs', 'group'], ['REO', 'group'], ['TREO', 'group']], not: ['grades'] },
  { md: 'The LREE/HREE split', has: [['LREE', 'group'], ['HREE', 'group']] },
  { md: 'the lanthanides and a Lanthanide', has: [['lanthanides', 'group'], ['Lanthanide', 'group']] },
  // Compounds and magnets.
  { md: 'NdFeB magnets are strong', has: [['NdFeB', 'compound']], not: ['magnets'] },
  { md: 'SmCo and SmCo5 and Sm2Co17', has: [['SmCo', 'compound'], ['SmCo5', 'compound'], ['Sm2Co17', 'compound']] },
  { md: 'NdPr oxide prices', has: [['NdPr', 'compound']], not: ['oxide', 'prices'] },
  { md: 'the Nd2Fe14B phase', has: [['Nd2Fe14B', 'compound']] },
  { md: 'Dy2O3 and CeO2 powders', has: [['Dy2O3', 'compound'], ['CeO2', 'compound']] },
  { md: 'Nd3+ ions', has: [['Nd3+', 'compound']] },
  // Symbols where they can only be elements.
  { md: 'neodymium (Nd) and yttrium (Y)', has: [['neodymium', 'name'], ['Nd', 'symbol'], ['Y', 'symbol']] },
  { md: 'Nd-Pr alloy', has: [['Nd-Pr', 'symbol']], not: ['alloy'] },
  { md: 'the Nd/Pr ratio', has: [['Nd/Pr', 'symbol']] },
  { md: 'Nd–Pr with an en dash', has: [['Nd–Pr', 'symbol']] },
  { md: 'Dy oxide and Tb metal', has: [['Dy', 'symbol'], ['Tb', 'symbol']], not: ['oxide', 'metal'] },
  { md: 'Nd magnets and La carbonate', has: [['Nd', 'symbol'], ['La', 'symbol']], not: ['magnets', 'carbonate'] },
  { md: 'Nd, Pr, Dy and Tb', has: [['Nd', 'symbol'], ['Pr', 'symbol'], ['Dy', 'symbol'], ['Tb', 'symbol']], not: [', ', ' and '] },
  // Element false friends.
  { md: 'He finished 2nd in the race.', not: ['2nd', 'nd'] },
  { md: 'La Niña brings rain.', not: ['La', 'Niña'] },
  { md: 'Er, I think Y is the answer.', not: ['Er', 'Y'] },
  { md: 'Plan Y and Model Er', not: ['Y', 'Er'] },
  { md: 'Revenue Y/Y grew', not: ['Y/Y', 'Y'] },
  { md: 'We watched La-La Land.', not: ['La-La', 'La'] },
  { md: 'The Y2K bug', not: ['Y2K'] },
  { md: 'Ho Chi Minh City and the Pr team and Sc Johnson', not: ['Ho', 'Pr', 'Sc'] },
  { md: 'ND and PR in capitals', not: ['ND', 'PR'] },
  { md: 'See the nd, er and y letters', not: ['nd', 'er', 'y'] },
  // Percentages and ranges.
  { md: 'Output rose 69% last year.', has: [['69%', 'percent']], not: ['year'] },
  { md: 'A share of 85–90% is held.', has: [['85–90%', 'percent']] },
  { md: 'between 30-45 percent of supply', has: [['30-45 percent', 'percent']], not: ['supply'] },
  { md: 'from 85%–90% of it', has: [['85%–90%', 'percent']] },
  { md: 'a 2.5 per cent rise and 3 percentage points', has: [['2.5 per cent', 'percent'], ['3 percentage points', 'percent']] },
  { md: `a 69${NBSP}% share`, has: [[`69${NBSP}%`, 'percent']] },
  // Approximations.
  { md: '~69% of magnets', has: [['~69%', 'percent']] },
  { md: 'about 69% of output', has: [['69%', 'percent']], not: ['about'] },
  { md: 'nearly 40 percent', has: [['40 percent', 'percent']], not: ['nearly'] },
  { md: 'more than 300 companies', has: [['300', 'approx']], not: ['more than', 'companies'] },
  { md: 'About 120 mines and over 90% share', has: [['120', 'approx'], ['90%', 'percent']] },
  { md: 'up to 5,000 tonnes', has: [['5,000 tonnes', 'quantity']], not: ['up to'] },
  { md: 'up to 2030 and over 2nd', not: ['2030', '2nd'] },
  { md: 'roughly ~120 sites', has: [['~120', 'approx']] },
  // Magnitudes and currency.
  { md: '59 million people', has: [['59 million', 'magnitude']], not: ['people'] },
  { md: 'a 2.5bn project', has: [['2.5bn', 'magnitude']] },
  { md: 'a $2.5 billion deal', has: [['$2.5 billion', 'currency']], not: ['deal'] },
  { md: 'priced at US$60/kg', has: [['US$60/kg', 'currency']] },
  { md: 'US$60–70 per kg', has: [['US$60–70 per kg', 'currency']] },
  { md: '€300 million and £5m', has: [['€300 million', 'currency'], ['£5m', 'currency']] },
  { md: 'RMB 5 billion and USD 40', has: [['RMB 5 billion', 'currency'], ['USD 40', 'currency']] },
  { md: '300 million yuan of sales', has: [['300 million yuan', 'currency']] },
  // Quantities with units.
  { md: '12,000 tons and 12,000 tonnes', has: [['12,000 tons', 'quantity'], ['12,000 tonnes', 'quantity']] },
  { md: '5 t, 10 kt and 2 Mt', has: [['5 t', 'quantity'], ['10 kt', 'quantity'], ['2 Mt', 'quantity']] },
  { md: '300 pounds, 45 lb and 60 kg', has: [['300 pounds', 'quantity'], ['45 lb', 'quantity'], ['60 kg', 'quantity']] },
  { md: '300 MW and 2 GW', has: [['300 MW', 'quantity'], ['2 GW', 'quantity']] },
  { md: '10,000 tons per year', has: [['10,000 tons per year', 'quantity']] },
  { md: 'capacity of 5 t/yr', has: [['5 t/yr', 'quantity']] },
  { md: '1.2 million tonnes', has: [['1.2 million tonnes', 'quantity']] },
  // Counts and multiples.
  { md: '25,900 patents', has: [['25,900', 'count']], not: ['patents'] },
  { md: '3× more and 10x faster', has: [['3×', 'multiple'], ['10x', 'multiple']] },
  { md: 'a tenfold rise, a 10-fold one', has: [['tenfold', 'multiple'], ['10-fold', 'multiple']] },
  { md: 'three times higher, 3 times higher', has: [['3 times higher', 'multiple']], not: ['three'] },
  // Statistic false friends.
  { md: 'In 2024 the market grew.', not: ['2024'] },
  { md: 'On 2024-05-01 we met.', not: ['2024-05-01', '2024', '05', '01'] },
  { md: 'The F-35 fighter', not: ['F-35', '35'] },
  { md: 'version 1.2.3 released', not: ['1.2.3', '2.3'] },
  { md: '1. item one', not: ['1.', '1'] },
  { md: '## 3 Reasons to Watch', not: ['3'] },
  { md: 'the 3rd quarter of Q4', not: ['3rd', 'Q4'] },
  { md: 'May 5, 2024 and 12/05/2024', not: ['5', '2024', '12/05/2024'] },
  { md: 'COVID-19 and Chapter 11', not: ['19', '11'] },
  { md: 'the 1990s and 4x4 cars', not: ['1990s', '4x4'] },
  // Code, links, comments, HTML and front matter.
  { md: 'Text `neodymium 69%` code', not: ['neodymium 69%'] },
  { md: '```\nNeodymium 69%\n```', not: ['Neodymium 69%'] },
  { md: '```js\nconst share = "69% Nd-Pr";\n```', not: ['69%', 'Nd-Pr'] },
  { md: 'Para.\n\n    indented Neodymium 69%', not: ['Neodymium', '69%'] },
  { md: '[Neodymium report](https://a.example/69%-neodymium)', has: [['Neodymium', 'name']], not: ['69%', '-neodymium'] },
  { md: '[x](https://a.example/69%)', not: ['69%'] },
  { md: '[ref]: https://a.example/69% "Title"', not: ['69%'] },
  { md: '<https://a.example/69%>', not: ['69%'] },
  { md: 'See https://example.com/69%/neodymium now', not: ['69%', 'neodymium'] },
  { md: '![chart 69%](https://a.example/5%.png)', not: ['69%', '5%'] },
  { md: '<!-- 69% neodymium -->', not: ['69%', 'neodymium'] },
  { md: 'Para <!-- 69% --> then 5%', has: [['5%', 'percent']], not: ['69%'] },
  { md: '<!--\nNeodymium 69%\n-->\n\nAfter 7%', has: [['7%', 'percent']], not: ['Neodymium', '69%'] },
  { md: 'A <span title="69%">neodymium</span> tag', has: [['neodymium', 'name']], not: ['69%'] },
  { md: '---\ntitle: Neodymium 69%\ntags: [dysprosium, 5%]\n---\n\nBody 7%', has: [['7%', 'percent']], not: ['Neodymium', '69%', 'dysprosium', '5%'] },
  // Markdown structures where prose is highlighted.
  { md: '# Neodymium output up 69%', has: [['Neodymium', 'name'], ['69%', 'percent']] },
  { md: '> Quote: dysprosium at 5%', has: [['dysprosium', 'name'], ['5%', 'percent']] },
  { md: '- Terbium: 12,000 tonnes', has: [['Terbium', 'name'], ['12,000 tonnes', 'quantity']] },
  { md: '1. NdFeB exports rose 5%', has: [['NdFeB', 'compound'], ['5%', 'percent']], not: ['1.'] },
  { md: '| Nd oxide | 69% |\n|---|---|\n| REO | $5m |', has: [['Nd', 'symbol'], ['69%', 'percent'], ['REO', 'group'], ['$5m', 'currency']] },
  { md: '**Neodymium** rose **69%**', has: [['Neodymium', 'name'], ['69%', 'percent']] },
  { md: 'Lines wrap:\nneodymium and 5% here', has: [['neodymium', 'name'], ['5%', 'percent']] },
  { md: '## Dysprosium 12% ##', has: [['Dysprosium', 'name'], ['12%', 'percent']], not: ['##'] },
  { md: 'Terbium up 5%\n===', has: [['Terbium', 'name'], ['5%', 'percent']] },
];

const OUR_SCOPE = /\.rare-earth$/;
const HIGHLIGHT_SCOPE = /^(?:entity\.name\.type\.element|constant\.numeric\.statistic)\..*\.rare-earth$/;

/** Tokens of the document that overlap the first occurrence of `text`, or undefined when absent. */
function tokensAt(lines: Token[][], doc: string, text: string): Token[] | undefined {
  const sourceLines = doc.split('\n');
  for (let l = 0; l < sourceLines.length; l++) {
    const at = sourceLines[l].indexOf(text);
    if (at < 0) continue;
    const found: Token[] = [];
    let offset = 0;
    for (const token of lines[l]) {
      const end = offset + token.text.length;
      if (end > at && offset < at + text.length) found.push(token);
      offset = end;
    }
    return found;
  }
  return undefined;
}

describe('UPPER_START, the look-ahead before the grammar\'s rules that start with a capital', () => {
  const guard = new RegExp(`^(?:${UPPER_START})`, 'u');
  const capitalised = (text: string) => text.replace(/(^|[ -])([a-z])/g, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
  // Every capital-led form of the vocabulary, in the contexts the symbol rules need.
  const text = [
    ...ROWS.map((row) => row.md),
    ...RARE_EARTH_ELEMENTS.map((e) => `${capitalised(e.name)} ${e.name.toUpperCase()} (${e.symbol}) ${e.symbol}-Nd ${e.symbol}/Fe ${e.symbol} oxide ${e.symbol}3+ ${e.symbol}2O3 Nd, ${e.symbol} and Tb.`),
    ...[...GROUP_PHRASES, ...COMPOUND_WORDS].flatMap((phrase) => [capitalised(phrase), phrase.toUpperCase()]),
    ...COMPOUNDS, ...GROUP_ACRONYMS.map((acronym) => `${acronym} ${acronym}s`),
    ...CURRENCY_CODES.map((code) => `${code} 5 million`), ...CURRENCY_SIGNS.map((sign) => `${sign}5 billion`),
  ].join('\n');
  const guarded = HIGHLIGHT_RULES.filter((rule) => rule.starts.includes('upper') && !rule.starts.includes('lower'));

  it('accepts the start of every capital-led match of those rules', () => {
    for (const rule of guarded) {
      const starts = [...text.matchAll(new RegExp(rule.source, RULE_FLAGS))].filter((m) => /^[A-Z]/.test(m[0]));
      assert.ok(starts.length > 0, `no capital-led sample for ${rule.name}`);
      for (const m of starts) assert.ok(guard.test(text.slice(m.index)), `${rule.name}: ${JSON.stringify(m[0])} fails UPPER_START`);
    }
  });

  it('rejects ordinary capitalised words, so that the grammar stops early there', () => {
    for (const word of ['The', 'China', 'Japan', 'Materials', 'Lynas', 'Australia', 'United States', 'In']) assert.ok(!guard.test(word), word);
  });
});

describe('rare-earth injection grammar (VS Code Markdown grammar + vscode-textmate)', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadMarkdownGrammar();
  });

  it(`has at least 80 rows (${ROWS.length})`, () => {
    assert.ok(ROWS.length >= 80);
  });

  ROWS.forEach((row, i) => {
    it(`row ${i + 1}: ${JSON.stringify(row.md)}`, () => {
      const lines = tokenizeLines(grammar, row.md);
      for (const [text, kind] of row.has ?? []) {
        const tokens = tokensAt(lines, row.md, text);
        assert.ok(tokens, `${JSON.stringify(text)} is not in the row`);
        const show = tokens.map((t) => `${JSON.stringify(t.text)} ${t.scopes.filter((s) => OUR_SCOPE.test(s)).join(' ')}`).join(' | ');
        assert.equal(tokens.length, 1, `${JSON.stringify(text)} should be one token: ${show}`);
        assert.equal(tokens[0].text, text, `${JSON.stringify(text)} should be exactly one token: ${show}`);
        assert.ok(tokens[0].scopes.includes(SCOPES[kind]), `${JSON.stringify(text)} should have ${SCOPES[kind]}: ${show}`);
      }
      for (const text of row.not ?? []) {
        const tokens = tokensAt(lines, row.md, text);
        assert.ok(tokens, `${JSON.stringify(text)} is not in the row`);
        for (const token of tokens) {
          const ours = token.scopes.filter((s) => HIGHLIGHT_SCOPE.test(s));
          assert.deepEqual(ours, [], `${JSON.stringify(text)} should not be highlighted (token ${JSON.stringify(token.text)})`);
        }
      }
    });
  });

  it('highlights the same prose as findHighlights (the preview) does', () => {
    // Rows that are plain prose in Markdown (a paragraph, no markup): both engines see the same text.
    const prose = ROWS.map((row) => row.md).filter((md) => !/[`[\]<>*#|\n!-]|^\d+\.|^ {4}/.test(md));
    assert.ok(prose.length > 40);
    for (const md of prose) {
      const fromGrammar = tokenizeLines(grammar, md)[0]
        .filter((token) => token.scopes.some((s) => HIGHLIGHT_SCOPE.test(s)))
        .map((token) => `${token.text}=${token.scopes.find((s) => HIGHLIGHT_SCOPE.test(s))}`);
      const fromPreview = findHighlights(md).map((h) => `${h.text}=${h.scope}`);
      assert.deepEqual(fromGrammar, fromPreview, md);
    }
  });

  it('uses the committed grammar file, identical to buildInjectionGrammar() (run npm run build to regenerate)', () => {
    const path = resolve(process.cwd(), 'syntaxes/rare-earth.injection.tmLanguage.json');
    const committed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    assert.deepEqual(committed, JSON.parse(JSON.stringify(buildInjectionGrammar())));
  });

  it('works from the committed file as VS Code loads it', async () => {
    const path = resolve(process.cwd(), 'syntaxes/rare-earth.injection.tmLanguage.json');
    const fromFile = await loadMarkdownGrammar({ injectionGrammar: JSON.parse(readFileSync(path, 'utf8')) as object });
    const [line] = tokenizeLines(fromFile, 'Neodymium rose 69%');
    assert.deepEqual(line.filter((t) => t.scopes.some((s) => HIGHLIGHT_SCOPE.test(s))).map((t) => t.text), ['Neodymium', '69%']);
  });

  it('declares the injection in package.json', () => {
    const manifest = JSON.parse(readFileSync(resolve(process.cwd(), 'package.json'), 'utf8')) as {
      contributes: { grammars: { scopeName: string; path: string; injectTo: string[] }[] };
    };
    const grammar = buildInjectionGrammar() as { scopeName: string };
    assert.deepEqual(manifest.contributes.grammars.find((g) => g.scopeName === grammar.scopeName), {
      scopeName: grammar.scopeName,
      path: './syntaxes/rare-earth.injection.tmLanguage.json',
      injectTo: ['text.html.markdown'],
    });
  });
});
