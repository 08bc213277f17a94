import { strict as assert } from 'node:assert';
import { elementBySymbolOrName, referenceFiguresFor } from '../../../../src/core/data/referenceData';
import type { RareEarthElement } from '../../../../src/core/data/types';
import { elementCard } from '../../../../src/core/hover/elementCard';
import { assertInert } from '../../../../src/core/hover/testing/cardChecks';
import { dyDemand, dyPrice, figure, HOSTILE_TEXTS, magnetWeekly2024, ownNote, provenance } from '../../../../src/core/hover/testing/fixtures';

const dysprosium = elementBySymbolOrName('Dy') as RareEarthElement;

const DYSPROSIUM_CARD = `**Dysprosium \\(Dy\\)** · 66 · heavy rare earth ([USGS](https://www.earthmagazine.org/article/mineral-resource-month-rare-earth-elements/))

**Reference figures**

- Dysprosium oxide, average price 2024: **260 USD/kg** — [U.S. Geological Survey, Mineral Commodity Summaries 2025\\: Rare Earths](https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf) — Average price; USGS cites Argus Media.

**In your notes** · 7 figures

- **12%** — “Dysprosium demand from magnet makers rose 12% last year, the company said, as EV motor output climbed.” — [Magnet makers stock up on heavy rare earths](notes/2024-06-10-magnet-makers.md) · [magnet-weekly.example](https://magnet-weekly.example/stock-up) · 2024-06-10
- **US$230/kg** — “Dy oxide traded near US$230/kg in Rotterdam.” — [Dy thoughts](research/dy-thoughts.md)

…and 5 more · [Show all 7 figures](command:rareEarthNotes.showFigures?%5B%7B%22element%22%3A%22Dy%22%7D%5D)`;

describe('hover elementCard', () => {
  const input = {
    element: dysprosium,
    referenceFigures: referenceFiguresFor({ element: 'Dy' }),
    noteFigures: [{ figure: dyDemand, provenance: magnetWeekly2024 }, { figure: dyPrice, provenance: ownNote }],
    noteFigureTotal: 7,
  };

  it('renders the dysprosium card: class with its source, the 2024 oxide price with its source, notes, the rest behind a command', () => {
    assert.equal(elementCard(input), DYSPROSIUM_CARD);
    assertInert(DYSPROSIUM_CARD);
  });

  it('links notes at the figure\'s line when a workspace base is given', () => {
    const card = elementCard(input, { workspaceBase: 'file:///home/me/ws/' });
    assert.ok(card.includes('[Magnet makers stock up on heavy rare earths](file:///home/me/ws/notes/2024-06-10-magnet-makers.md#L15)'), card);
    assert.ok(card.includes('[Dy thoughts](file:///home/me/ws/research/dy-thoughts.md#L7)'), card);
    assertInert(card);
  });

  it('omits the uses line when the dataset has none, and shows uses with their sources when it has', () => {
    assert.ok(!elementCard(input).includes('Primary uses'));
    const source = dysprosium.classifications[0].source;
    const withUses: RareEarthElement = { ...dysprosium, primaryUses: [{ use: 'permanent magnets', source }, { use: 'lasers', source }] };
    const card = elementCard({ ...input, element: withUses });
    assert.ok(card.includes(`\n\nPrimary uses: permanent magnets ([${source.publisher.replace(/[(),]/g, '\\$&').replace(/\\,/g, ',')}](${source.url})); lasers (`), card);
  });

  it('shows every figure and no command when all fit, and says so when notes have none', () => {
    const all = elementCard({ ...input, noteFigureTotal: 2 });
    assert.ok(!all.includes('command:'), all);
    assert.ok(all.includes('**In your notes** · 2 figures'));
    const none = elementCard({ ...input, noteFigures: [], noteFigureTotal: 0 });
    assert.ok(none.endsWith('**In your notes** · 0 figures\n\nNo figure in your notes mentions dysprosium yet.'), none);
  });

  it('lists at most five note figures', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ figure: { ...dyDemand, start: i * 10 }, provenance: magnetWeekly2024 }));
    const card = elementCard({ ...input, noteFigures: many, noteFigureTotal: 40 });
    assert.equal(card.split('\n').filter((line) => line.startsWith('- **12%**')).length, 5);
    assert.ok(card.includes('…and 35 more · [Show all 40 figures]'), card);
  });

  it('names the compound hovered', () => {
    const card = elementCard({ ...input, compound: 'Dy2O3' });
    assert.ok(card.includes('\n\nIn Dy2O3.\n\n'), card);
  });

  it('renders hostile note text inert', () => {
    for (const text of HOSTILE_TEXTS) {
      const hostile = provenance(`notes/${text.replace(/[\s/\\]/g, '_')}.md`, text, { site: text, date: text, url: 'javascript:alert(1)' });
      const hostileFigure = figure({ raw: text, value: 1, sentence: `${text} rose 5% ${text}`, subjects: { elements: ['Dy'] } });
      const card = elementCard({ ...input, noteFigures: [{ figure: hostileFigure, provenance: hostile }], noteFigureTotal: 3, compound: text });
      assertInert(card);
      assert.ok(!card.includes('javascript:alert'), card);
    }
  });
});
