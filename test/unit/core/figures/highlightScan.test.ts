import { strict as assert } from 'node:assert';
import { findHighlights } from '../../../../src/core/highlight/findHighlights';
import { findElementHits, findStatisticHits } from '../../../../src/core/figures/highlightScan';

// The fast scanner must find exactly the statistics the highlighter paints.
const SENTENCES = [
  'China controls 69% of global rare earth element (REE) mining and 90% of processing capacity.',
  'By 2018, China filed 25,900 rare earth-related patents.',
  'In 2023, China produced ~240,000 tons of rare earth magnets, about 85–90% of global supply.',
  'A single F-35 jet contains ~920 pounds of rare earths.',
  'MP Materials plant in Texas slated to produce ~1,000 tons/year by 2025.',
  'Dysprosium oxide prices rose to $260/kg, roughly 3× the price in China, and US$60–70/kg for NdPr.',
  'The deal is worth $2.5 billion; output fell 30-45 percent; about 59 million people; A$1.65bn.',
  'The plant will make 10 kt, 2 Mt, 300 MW, 1.2 GW and 1.2 million tons per year, tenfold, 10-fold, 3 times higher.',
  'More than 40 mines, as many as 300 workers, in excess of US$ 5 million, approximately €300m, ≈ 5 Mt, ±2%.',
  'A Nd2Fe14B magnet, Sm2Co17 and Nd3+ ions, SmCo5; version 1.2.3; 2nd; 3rd; Section 232; 10,000 t of NdFeB.',
  'Between 30 and 45 percent, 10 to 20 tonnes, 5 percentage points, 25 bps, RMB 5 million, 300 million yuan.',
  'See https://example.com/45% and www.example.com/2025 for 12% more, <!-- 20% --> and <b>30%</b> 40%.',
  'Half a billion, two billion, a thousand tonnes, several million dollars, 1 000 t, 25 900 patents.',
  'On March 5, 2025, about 2024 and over 1999 tonnes; 1.5× or 2x or 10X; 7,5 and 1,2345.',
];

describe('highlightScan', () => {
  for (const sentence of SENTENCES) {
    it(`finds the highlighter's statistics in: ${sentence.slice(0, 60)}…`, () => {
      const expected = findHighlights(sentence).filter((h) => h.kind === 'statistic').map((h) => [h.start, h.end, h.text]);
      assert.deepEqual(findStatisticHits(sentence).map((h) => [h.start, h.end, h.text]), expected);
    });
  }

  it('finds element names, symbols and compounds as the highlighter does', () => {
    const text = 'Neodymium, DYSPROSIUM and Tb prices; NdPr oxide, Nd-Pr and (Dy); Nd2Fe14B; rare earths; La Niña.';
    const expected = findHighlights(text).filter((h) => h.kind === 'element' && !h.className.endsWith('group')).map((h) => h.text);
    assert.deepEqual(findElementHits(text).map((h) => h.text), expected);
  });
});
