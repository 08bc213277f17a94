import { strict as assert } from 'node:assert';
import { referenceFiguresFor } from '../../../../src/core/data/referenceData';
import type { IndexedFigure } from '../../../../src/core/figures/noteFigure';
import { copyFigureLink, statisticCard } from '../../../../src/core/hover/statisticCard';
import { assertInert } from '../../../../src/core/hover/testing/cardChecks';
import {
  chinaMiningShare, chinaMiningShare2022, chinaMiningShareApprox, chinaOutput2025, figure, HOSTILE_TEXTS, magnetWeekly2024,
  metalsDaily2023, ownNote, provenance,
} from '../../../../src/core/hover/testing/fixtures';

const CHINA_MINING_SHARE_CARD = `**69%** · mining share · China

> China accounted for 69% of global rare earth mine production in 2024, according to the report.

Source: [China’s grip on rare earth mining loosens slightly](https://www.example-news.com/2025/01/china-grip-loosens) · www\\.example-news.com · 2025-01-15 · [Copy with citation](command:rareEarthNotes.copyFigureWithCitation?%5B%7B%22id%22%3A%22note%3Anotes%2F2025-01-15-china-output.md%23240%22%7D%5D)

**Same subject and metric** · China · mining share · 2 other figures, 1 disagrees

- ⚠ differs: **62%** — “China’s share of mining fell to 62% in 2022 as output grew in the United States, Australia and Myanmar.” — [Mine supply outside China grows](notes/2023-03-02-mine-supply.md) · [metals-daily.example](https://metals-daily.example/news/mine-supply) · 2023-03-02
- **about 70%** — “Analysts put China at about 70% of mined supply.” — [Magnet makers stock up on heavy rare earths](notes/2024-06-10-magnet-makers.md) · [magnet-weekly.example](https://magnet-weekly.example/stock-up) · 2024-06-10`;

const note = (figure: IndexedFigure['figure'], provenance = chinaOutput2025): IndexedFigure =>
  ({ origin: 'note', figure, provenance } as IndexedFigure);

describe('hover statisticCard', () => {
  const related: IndexedFigure[] = [
    // The index's answer holds the hovered figure itself: the card leaves it out.
    note(chinaMiningShare),
    note(chinaMiningShareApprox, magnetWeekly2024),
    note(chinaMiningShare2022, metalsDaily2023),
  ];

  it('renders China\'s mining share with its article, and the 62% of another source marked as differing', () => {
    const card = statisticCard({ figure: chinaMiningShare, provenance: chinaOutput2025, related });
    assert.equal(card, CHINA_MINING_SHARE_CARD);
    assertInert(card);
  });

  it('compares with reference figures too, with their sources', () => {
    const reference = referenceFiguresFor({ region: 'China', metric: 'mine production' }).map((figure): IndexedFigure => ({ origin: 'reference', figure }));
    const production = figure({
      raw: '240,000 tonnes', value: 240_000, unit: 't', sentence: 'China mined 240,000 tonnes in 2024.', subjects: { regions: ['China'] }, metric: 'mine production',
    });
    const card = statisticCard({ figure: production, provenance: chinaOutput2025, related: reference });
    assert.ok(card.includes('2 other figures, 2 disagree'), card);
    assert.ok(card.includes('- ⚠ differs: China, mine production 2024: **270,000 t REO** (estimated) — [U.S. Geological Survey, Mineral Commodity Summaries 2025\\: Rare Earths](https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf)'), card);
    const agreeing = statisticCard({ figure: { ...production, value: 268_000, approximate: true }, provenance: chinaOutput2025, related: reference.slice(1) });
    assert.ok(agreeing.includes('1 other figure\n') && !agreeing.includes('⚠'), agreeing);
  });

  it('says when the note was not imported, and when nothing else is known', () => {
    const card = statisticCard({ figure: chinaMiningShare, provenance: ownNote, related: [] });
    assert.ok(card.includes('\n\nSource: this note (not imported from an article) · [Copy with citation]('), card);
    assert.ok(card.endsWith('**Same subject and metric** · China · mining share · no other figure yet'), card);
  });

  it('does not compare a figure whose metric is unknown', () => {
    const unmeasured = { ...chinaMiningShare, metric: undefined };
    const card = statisticCard({ figure: unmeasured, provenance: chinaOutput2025, related });
    assert.ok(card.startsWith('**69%** · China\n\n'), card);
    assert.ok(card.endsWith('Its sentence does not say what the figure measures, so it is not compared with other figures.'), card);
  });

  it('lists the differing figures first, five at most, then a command for all', () => {
    const many = Array.from({ length: 8 }, (_, i) => note({ ...chinaMiningShareApprox, start: 2000 + i }, magnetWeekly2024));
    const card = statisticCard({ figure: chinaMiningShare, provenance: chinaOutput2025, related: [...many, note(chinaMiningShare2022, metalsDaily2023)], relatedTotal: 12 });
    assert.ok(card.includes('· 12 other figures, 1 of the 9 compared disagrees\n'), card);
    const lines = card.split('\n').filter((line) => line.startsWith('- '));
    assert.equal(lines.length, 5);
    assert.ok(lines[0].startsWith('- ⚠ differs: **62%**'), lines[0]);
    assert.ok(card.endsWith('…and 7 more · [Show all 12 figures](command:rareEarthNotes.showFigures?%5B%7B%22region%22%3A%22China%22%2C%22metric%22%3A%22mining%20share%22%7D%5D)'), card);
  });

  it('says "more than" when the index was not asked to count', () => {
    const many = Array.from({ length: 10 }, (_, i) => note({ ...chinaMiningShareApprox, start: 3000 + i }, magnetWeekly2024));
    const card = statisticCard({ figure: chinaMiningShare, provenance: chinaOutput2025, related: [...many, note(chinaMiningShare2022, metalsDaily2023)], moreRelated: true });
    assert.ok(card.includes('· more than 11 other figures, 1 of the 11 compared disagrees\n'), card);
    assert.ok(card.endsWith('…and more · [Show all figures](command:rareEarthNotes.showFigures?%5B%7B%22region%22%3A%22China%22%2C%22metric%22%3A%22mining%20share%22%7D%5D)'), card);
  });

  it('links "Copy with citation" to the copy command with the figure id encoded', () => {
    const link = copyFigureLink('Copy with citation', 'note:notes/a (b)\'!*~ "c".md#12');
    const target = /^\[Copy with citation\]\(command:rareEarthNotes\.copyFigureWithCitation\?([^)\s]+)\)$/.exec(link);
    assert.ok(target, link);
    assert.deepEqual(JSON.parse(decodeURIComponent(target[1])), [{ id: 'note:notes/a (b)\'!*~ "c".md#12' }]);
    assertInert(link);
  });

  it('renders hostile note text inert', () => {
    for (const text of HOSTILE_TEXTS) {
      const hostile = provenance('notes/x.md', text, { site: text, date: text, url: 'https://example.com/a(b)c d' });
      const hostileFigure = figure({ raw: text, value: 69, unit: '%', sentence: text, subjects: { regions: [text], elements: [text], organizations: [text] }, metric: 'mining share' });
      const card = statisticCard({ figure: hostileFigure, provenance: hostile, related: [note(hostileFigure, { ...hostile, url: 'command:workbench.action.quit' }), note(chinaMiningShare2022, hostile)], relatedTotal: 9 });
      assertInert(card);
      assert.ok(card.includes('](https://example.com/a%28b%29c%20d)'), card);
    }
  });
});
