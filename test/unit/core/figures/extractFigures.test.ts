import { strict as assert } from 'node:assert';
import { extractFigures, frontMatterOrganizations } from '../../../../src/core/figures/extractFigures';
import type { NoteFigure } from '../../../../src/core/figures/noteFigure';

const FRONT_MATTER = `---
title: Test note
source: https://example.com/2025/test/
site: example.com
date: 2025-05-14T16:05:00
regions: [China]
organizations: []
---

`;

/** A note around some Markdown, as the importer writes it. */
function note(markdown: string): string {
  return `${FRONT_MATTER}# Test note\n\n${markdown}\n\n## Notes\n`;
}

function figures(markdown: string): NoteFigure[] {
  const text = note(markdown);
  const found = extractFigures(text);
  // Every figure's offsets point at its raw text in the note.
  for (const figure of found) assert.equal(text.slice(figure.start, figure.end), figure.raw);
  return found;
}

/** The one figure of a sentence. */
function one(markdown: string): NoteFigure {
  const found = figures(markdown);
  assert.equal(found.length, 1, `expected one figure in ${JSON.stringify(markdown)}, got ${JSON.stringify(found.map((f) => f.raw))}`);
  return found[0];
}

function raws(markdown: string): string[] {
  return figures(markdown).map((figure) => figure.raw);
}

describe('extractFigures', () => {
  describe('the article’s claims', () => {
    it('China controls 69% of mining and 90% of processing capacity', () => {
      const [mining, processing] = figures('China controls 69% of global rare earth element (REE) mining and 90% of processing capacity.');
      assert.equal(mining.value, 69);
      assert.equal(mining.unit, '%');
      assert.equal(mining.approximate, false);
      assert.equal(mining.metric, 'mining share');
      assert.deepEqual(mining.subjects, { elements: [], regions: ['China'], organizations: [] });
      assert.equal(mining.sentence, 'China controls 69% of global rare earth element (REE) mining and 90% of processing capacity.');
      assert.equal(processing.value, 90);
      assert.equal(processing.metric, 'processing share');
      assert.deepEqual(processing.subjects.regions, ['China']);
    });

    it('25,900 patents, not the year 2018', () => {
      const figure = one('By 2018, China filed 25,900 rare earth-related patents, more than any other country.');
      assert.equal(figure.value, 25900);
      assert.equal(figure.unit, undefined);
      assert.equal(figure.metric, 'patents');
      assert.deepEqual(figure.subjects.regions, ['China']);
    });

    it('~240,000 tons of magnets and a range of 85–90% of supply', () => {
      const [tons, share] = figures('In 2023, China produced ~240,000 tons of rare earth magnets, about 85–90% of global supply.');
      assert.deepEqual([tons.value, tons.unit, tons.approximate, tons.raw], [240000, 't', true, '~240,000 tons']);
      assert.equal(tons.metric, 'magnets');
      assert.deepEqual([share.value, share.valueMax, share.unit, share.approximate], [85, 90, '%', true]);
      assert.equal(share.metric, 'supply share');
      assert.deepEqual(share.subjects.regions, ['China']);
    });

    it('~920 pounds in an F-35, and nothing for the F-35', () => {
      const figure = one('A single F-35 jet contains ~920 pounds of rare earths.');
      assert.deepEqual([figure.value, figure.unit, figure.approximate], [920, 'lb', true]);
      assert.deepEqual(figure.subjects.elements, [], 'rare earths as a group name no element');
    });

    it('MP Materials in Texas: ~1,000 tons/year', () => {
      const figure = one('MP Materials plant in Texas slated to produce ~1,000 tons/year by 2025.');
      assert.deepEqual([figure.value, figure.unit, figure.approximate], [1000, 't/yr', true]);
      assert.deepEqual(figure.subjects.organizations, ['MP Materials']);
      assert.deepEqual(figure.subjects.regions, ['United States']);
      assert.equal(figure.metric, 'production');
    });

    it('dysprosium prices per kilogram', () => {
      const figure = one('Dysprosium oxide prices in Rotterdam rose to $260/kg this week.');
      assert.deepEqual([figure.value, figure.unit, figure.metric], [260, 'USD/kg', 'price']);
      assert.deepEqual(figure.subjects.elements, ['Dy']);
    });

    it('dysprosium prices as a change and a multiple', () => {
      const [rise, multiple] = figures('Prices of dysprosium oxide in Europe climbed 30% in May, to roughly 3× the domestic Chinese price.');
      assert.deepEqual([rise.value, rise.unit, rise.metric], [30, '%', 'price']);
      assert.deepEqual(rise.subjects.elements, ['Dy']);
      assert.deepEqual(rise.subjects.regions, ['European Union', 'China']);
      assert.deepEqual([multiple.value, multiple.unit, multiple.approximate], [3, '×', true]);
    });

    it('terbium in US dollars per kilogram', () => {
      const figure = one('Terbium traded at about US$1,200/kg in Europe.');
      assert.deepEqual([figure.value, figure.unit, figure.approximate], [1200, 'USD/kg', true]);
      assert.deepEqual(figure.subjects.elements, ['Tb']);
    });
  });

  describe('values and units', () => {
    const cases: [string, Partial<NoteFigure>][] = [
      ['The deal is worth $2.5 billion.', { value: 2.5e9, unit: 'USD' }],
      ['Output fell 30-45 percent.', { value: 30, valueMax: 45, unit: '%' }],
      ['About 59 million people live there.', { value: 59e6, approximate: true }],
      ['Lynas raised A$1.65bn for the expansion.', { value: 1.65e9, unit: 'AUD' }],
      ['The plant will make 10 kt of oxide.', { value: 10000, unit: 't' }],
      ['Reserves stand at 2 Mt of ore.', { value: 2e6, unit: 't' }],
      ['The wind farm has 300 MW of turbines.', { value: 300, unit: 'MW' }],
      ['Offshore wind added 1.2 GW last year.', { value: 1.2, unit: 'GW' }],
      ['Demand may grow tenfold.', { value: 10, unit: '×' }],
      ['Capacity will reach 1.2 million tons per year.', { value: 1.2e6, unit: 't/yr' }],
      ['The spread widened by 5 percentage points.', { value: 5, unit: 'pp' }],
      ['Licences cost €300m in total.', { value: 3e8, unit: 'EUR' }],
      ['The province offered RMB 5 million in subsidies.', { value: 5e6, unit: 'CNY' }],
      ['Oxide sold for $60 to $70 per kilogram.', { value: 60, valueMax: 70, unit: 'USD/kg' }],
      ['Each turbine uses up to 600 kg of magnets.', { value: 600, unit: 'kg', approximate: true }],
      ['Feed grades reach 2,500 ppm.', { value: 2500, unit: 'ppm' }],
    ];
    for (const [sentence, expected] of cases) {
      it(sentence, () => {
        const figure = one(sentence);
        for (const [key, value] of Object.entries(expected)) assert.deepEqual(figure[key as keyof NoteFigure], value, key);
      });
    }
  });

  describe('subjects and metrics', () => {
    it('imports from a region are import sources', () => {
      const figure = one('The United States imported 70% of its rare earth compounds from China.');
      assert.equal(figure.metric, 'import sources');
      assert.deepEqual(figure.subjects.regions, ['United States', 'China']);
    });

    it('net import reliance', () => {
      assert.equal(one('U.S. net import reliance on rare earths was 95% in 2024.').metric, 'import reliance');
    });

    it('mine production share and tonnes', () => {
      assert.equal(one('China accounted for 70% of global mine production in 2024.').metric, 'mining share');
      assert.equal(one('Myanmar mined 31,000 tonnes last year.').metric, 'mine production');
      assert.deepEqual(one('Burma mined 31,000 tonnes last year.').subjects.regions, ['Burma (Myanmar)']);
    });

    it('reserves', () => {
      const figure = one('World reserves total more than 90 million tonnes.');
      assert.deepEqual([figure.value, figure.unit, figure.metric, figure.approximate], [9e7, 't', 'reserves', true]);
    });

    it('magnet demand', () => {
      assert.equal(one('Global demand for NdFeB magnets could reach 300,000 t by 2030.').metric, 'magnet demand');
    });

    it('exports, not the magnets exported', () => {
      const figure = one('Exports of rare earth magnets from China fell 74% in April.');
      assert.equal(figure.metric, 'exports');
    });

    it('refining share', () => {
      assert.equal(one('Malaysia refines about 12% of the world’s separated oxides.').metric, 'refining share');
    });

    it('investment: funding awarded', () => {
      const figure = one('The Department of Defense awarded MP Materials $35 million for a separation plant.');
      assert.deepEqual([figure.value, figure.unit, figure.metric], [35e6, 'USD', 'investment']);
      assert.deepEqual(figure.subjects.organizations, ['U.S. Department of Defense', 'MP Materials']);
    });

    it('elements from names, symbols and compounds', () => {
      assert.deepEqual(one('Lynas aims to produce 10,500 tonnes of NdPr oxide a year.').subjects.elements, ['Nd', 'Pr']);
      assert.deepEqual(one('Output of neodymium and praseodymium rose 8% as Dy metal prices fell.').subjects.elements, ['Nd', 'Pr', 'Dy']);
      assert.deepEqual(one('Yttrium (Y) and DYSPROSIUM rose 8% as rare earth prices fell.').subjects.elements, ['Y', 'Dy']);
      assert.deepEqual(one('A Nd2Fe14B magnet holds 30% neodymium by weight.').subjects.elements, ['Nd']);
    });

    it('regions from demonyms, cities and aliases; never the pronoun "us"', () => {
      assert.deepEqual(one('Beijing cut quotas for Japanese buyers by 20% and told us so.').subjects.regions, ['China', 'Japan']);
      assert.deepEqual(one('The EU wants to refine 40% of its needs at home.').subjects.regions, ['European Union']);
      assert.deepEqual(one('The U.S. plans 10,000 tonnes of new capacity.').subjects.regions, ['United States']);
      assert.deepEqual(one('A US$1.2 billion loan was signed in Canberra.').subjects.regions, ['Australia']);
    });

    it('organizations from the note’s own front matter', () => {
      const text = `---\ntitle: T\norganizations:\n  - Foo Mining Co\n  - "Lynas Rare Earths"\n---\n\nFoo Mining Co expects 5,000 t of concentrate.\n`;
      assert.deepEqual(frontMatterOrganizations('title: T\norganizations:\n  - Foo Mining Co\n  - "Lynas Rare Earths"\n'), ['Foo Mining Co', 'Lynas Rare Earths']);
      assert.deepEqual(frontMatterOrganizations('organizations: [Foo, \'Bar Co\']\n'), ['Foo', 'Bar Co']);
      assert.deepEqual(extractFigures(text)[0].subjects.organizations, ['Foo Mining Co']);
    });
  });

  describe('what is not a figure', () => {
    const none = [
      'The plant opened in 2019 and closed in 2002.',
      'On March 5, 2025, the ministry issued its 2nd notice.',
      'Version 1.2.3 of the standard was published.',
      'The F-35 and the F-22 use rare earth magnets.',
      'Section 232 of the act applies.',
      'He said it was the 3rd time this year.',
    ];
    for (const sentence of none) {
      it(sentence, () => assert.deepEqual(raws(sentence), []));
    }

    it('list numbering and heading numbers', () => {
      assert.deepEqual(raws('## 2024 outlook\n\n### 3. Supply\n\n1. First point.\n2. Second point.\n10) Tenth point.'), []);
    });

    it('code: fenced, indented and inline', () => {
      assert.deepEqual(raws('```\n50% in a fence\n```\n\n~~~text\n60% in a tilde fence\n~~~\n\n    70% indented code\n\nInline `80% code` only.'), []);
    });

    it('front matter', () => {
      const text = `---\ntitle: 69% of mining\nexcerpt: China controls 90% of processing.\n---\n\nNo figures here.\n`;
      assert.deepEqual(extractFigures(text), []);
    });

    it('link destinations, images, autolinks, bare URLs, HTML and comments', () => {
      assert.deepEqual(raws(
        'See [the report](https://example.com/45%25-share "45% title") and ![a 55% chart](chart-65%.png), '
        + '<https://example.com/75%>, https://example.com/85% and www.example.com/95%, '
        + '<!-- 20% in a comment --> <span>30% inside HTML</span>.',
      ), []);
      assert.deepEqual(raws('<div>\n40% in an HTML block\n</div>\n\nAfter it, 50% counts.'), ['50%']);
    });

    it('link text is prose', () => {
      const figure = one('China holds [a 37% share](https://example.com/a) of reserves.');
      assert.equal(figure.raw, '37%');
      assert.equal(figure.sentence, 'China holds a 37% share of reserves.');
    });
  });

  describe('sentences', () => {
    it('abbreviations and decimals do not end a sentence', () => {
      const [figure] = figures('Mr. Lee of Lynas Rare Earths Ltd. said U.S. output rose 2.5% in Jan. last year, e.g. at Mountain Pass. Prices fell.');
      assert.equal(figure.sentence, 'Mr. Lee of Lynas Rare Earths Ltd. said U.S. output rose 2.5% in Jan. last year, e.g. at Mountain Pass.');
      assert.deepEqual(figure.subjects.organizations, ['Lynas Rare Earths']);
    });

    it('each sentence of a paragraph has its own subjects', () => {
      const [japan, china] = figures('Japan cut its reliance to 60%. China still supplies 90% of its magnets.');
      assert.equal(japan.sentence, 'Japan cut its reliance to 60%.');
      assert.deepEqual(japan.subjects.regions, ['Japan']);
      assert.deepEqual(china.subjects.regions, ['China']);
    });

    it('list items and table cells are sentences of their own', () => {
      const found = figures('- China: 69% of mining\n- Myanmar: 11 percent\n\n| Country | Share |\n|---|---:|\n| China | 69% |\n| Australia | 5% |');
      assert.deepEqual(found.map((f) => f.sentence), ['China: 69% of mining', 'Myanmar: 11 percent', '69%', '5%']);
      assert.deepEqual(found[1].subjects.regions, ['Burma (Myanmar)']);
    });

    it('markup is not part of the sentence', () => {
      const figure = one('> China **controls** _69%_ of [global mining](https://x.example/).');
      assert.equal(figure.raw, '69%');
      assert.equal(figure.sentence, 'China controls 69% of global mining.');
    });

    it('a sentence across soft line breaks', () => {
      assert.equal(one('China controls\n69% of global\nmining.').sentence, 'China controls 69% of global mining.');
    });
  });

  describe('offsets and lines', () => {
    it('points into the whole note, front matter included', () => {
      const text = note('First paragraph.\n\nChina controls 69% of mining.');
      const [figure] = extractFigures(text);
      assert.equal(text.slice(figure.start, figure.end), '69%');
      assert.equal(figure.line, text.slice(0, figure.start).split('\n').length - 1);
    });

    it('handles CRLF line ends', () => {
      const text = '---\r\ntitle: T\r\n---\r\n\r\n# T\r\n\r\n- China controls\r\n  69% of mining.\r\n';
      const [figure] = extractFigures(text);
      assert.equal(text.slice(figure.start, figure.end), '69%');
      assert.equal(figure.line, 7);
      assert.equal(figure.sentence, 'China controls 69% of mining.');
    });

    it('a note without front matter', () => {
      const [figure] = extractFigures('China controls 69% of mining.');
      assert.deepEqual([figure.start, figure.end, figure.line], [15, 18, 0]);
    });
  });
});
