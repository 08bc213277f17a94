import { strict as assert } from 'node:assert';
import { referenceFiguresFor } from '../../../../src/core/data/referenceData';
import { entityCard } from '../../../../src/core/hover/entityCard';
import { assertInert } from '../../../../src/core/hover/testing/cardChecks';
import { chinaMiningShare, chinaMiningShare2022, chinaOutput2025, figure, HOSTILE_TEXTS, metalsDaily2023, provenance } from '../../../../src/core/hover/testing/fixtures';

const CHINA_CARD = `**China** · region · mentioned in 12 notes

**Reference figures**

- China, mine production 2024: **270,000 t REO** (estimated) — [U.S. Geological Survey, Mineral Commodity Summaries 2025\\: Rare Earths](https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf) — Production quota; excludes undocumented production.
- China, reserves: **44,000,000 t REO** — [U.S. Geological Survey, Mineral Commodity Summaries 2025\\: Rare Earths](https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf) — Reserves as published in MCS 2025 \\(January 2025\\), beside the 2024 production estimates.
- US imports from China, share 2020–2023: **70%** — [U.S. Geological Survey, Mineral Commodity Summaries 2025\\: Rare Earths](https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf) — Rare-earth compounds and metals.

**Top figures in your notes** · 31 figures

- **69%** — “China accounted for 69% of global rare earth mine production in 2024, according to the report.” — [China’s grip on rare earth mining loosens slightly](notes/2025-01-15-china-output.md) · [www\\.example-news.com](https://www.example-news.com/2025/01/china-grip-loosens) · 2025-01-15
- **62%** — “China’s share of mining fell to 62% in 2022 as output grew in the United States, Australia and Myanmar.” — [Mine supply outside China grows](notes/2023-03-02-mine-supply.md) · [metals-daily.example](https://metals-daily.example/news/mine-supply) · 2023-03-02

…and 29 more · [Show all 31 figures](command:rareEarthNotes.showFigures?%5B%7B%22region%22%3A%22China%22%7D%5D)`;

describe('hover entityCard', () => {
  const figures = [{ figure: chinaMiningShare, provenance: chinaOutput2025 }, { figure: chinaMiningShare2022, provenance: metalsDaily2023 }];

  it('renders a region: notes mentioning it, the latest reference figures with sources, its top note figures', () => {
    const card = entityCard({ kind: 'region', name: 'China', noteCount: 12, noteFigures: figures, noteFigureTotal: 31, referenceFigures: referenceFiguresFor({ region: 'China' }) });
    assert.equal(card, CHINA_CARD);
    assertInert(card);
  });

  it('renders an organization without reference figures', () => {
    const card = entityCard({ kind: 'organization', name: 'Lynas Rare Earths', noteCount: 1, noteFigures: [], noteFigureTotal: 0 });
    assert.equal(card, '**Lynas Rare Earths** · organization · mentioned in 1 note\n\n**Top figures in your notes** · 0 figures\n\nNo figure in your notes is about Lynas Rare Earths yet.');
  });

  it('renders hostile names and note text inert', () => {
    for (const text of HOSTILE_TEXTS) {
      const hostile = provenance('notes/x.md', text, { site: text, url: text });
      const card = entityCard({
        kind: 'organization', name: text, noteCount: 2, noteFigures: [{ figure: figure({ raw: text, value: 1, sentence: text }), provenance: hostile }], noteFigureTotal: 8,
      });
      assertInert(card);
    }
  });
});
