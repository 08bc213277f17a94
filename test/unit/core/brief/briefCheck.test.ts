import { strict as assert } from 'node:assert';
import { extractFigures } from '../../../../src/core/figures/extractFigures';
import { NotesIndex } from '../../../../src/core/index/notesIndex';
import { checkBrief, isSourced, relatedQuery } from '../../../../src/core/brief/briefCheck';

function note(title: string, site: string, date: string, body: string): string {
  return ['---', `title: "${title}"`, `source: https://${site}/${date}`, `site: ${site}`, `date: ${date}`, '---', '', body, ''].join('\n');
}

function notesIndex(): NotesIndex {
  const index = new NotesIndex();
  index.set('notes/iea.md', note('Global critical minerals outlook', 'iea.example', '2024-05-01', 'China accounted for 62% of global rare earth mining in 2023.'));
  index.set('notes/ree.md', note('China’s grip loosens', 'rareearthexchanges.com', '2025-02-01', 'China accounted for 70% of global rare earth mining last year.'));
  index.set('notes/same.md', note('Mining data', 'same.example', '2025-03-01', 'China accounted for 69% of global rare earth mining in 2024.'));
  return index;
}

function unsourced(text: string): string[] {
  return checkBrief(text, extractFigures(text), { related: () => [], disagreement: false }).map((finding) => finding.figure.raw);
}

describe('brief check', () => {
  describe('unsourced figures', () => {
    it('flags a statistic whose sentence has no footnote reference or link', () => {
      assert.deepEqual(unsourced('China mined 69% of rare earths in 2024. Prices rose 12%[^1] last year.\n\n[^1]: A source. https://a.example\n'), ['69%']);
    });

    it('accepts a footnote after the sentence’s period, an inline link, a bare address and an author-date citation', () => {
      assert.deepEqual(unsourced('China mined 69% of rare earths.[^1] Next, output grew 5%.\n\n[^1]: Src.\n'), ['5%']);
      assert.deepEqual(unsourced('China mined 69% of rare earths ([IEA, 2024](https://iea.example/x)).\n'), []);
      assert.deepEqual(unsourced('China mined 69% of rare earths, see https://iea.example/x for details.\n'), []);
      assert.deepEqual(unsourced('China mined 69% of rare earths (IEA, 2024).\n'), []);
    });

    it('treats each list item as its own sentence, and a citation in one sentence does not cover the next', () => {
      assert.deepEqual(unsourced('- Mining: 69%[^1]\n- Refining: 90%\n\n[^1]: Src.\n'), ['90%']);
      assert.deepEqual(unsourced('The U.S. imported 80% of its rare earths[^1]. China refined 90% of them.\n\n[^1]: Src.\n'), ['90%']);
    });

    it('ignores figures inside footnote definitions', () => {
      assert.deepEqual(unsourced('Mining grew[^1].\n\n[^1]: Report: 69% of mining, site.example.\n'), []);
    });

    it('isSourced looks at the statistic’s own sentence', () => {
      const text = 'Prices fell 12%. Output rose 5%[^2].';
      assert.equal(isSourced(text, { start: text.indexOf('12%'), end: text.indexOf('12%') + 3 }), false);
      assert.equal(isSourced(text, { start: text.indexOf('5%'), end: text.indexOf('5%') + 2 }), true);
    });
  });

  describe('disagreements', () => {
    it('names the indexed figures with the same subject and metric and another value', () => {
      const index = notesIndex();
      const text = 'China accounted for 69% of global rare earth mining[^1].\n\n[^1]: Mining data. https://same.example/2025-03-01\n';
      const findings = checkBrief(text, extractFigures(text), {
        related: (figure) => index.figures(relatedQuery(figure) ?? {}, { includeReference: false }),
        unsourced: false,
      });
      assert.equal(findings.length, 1);
      assert.equal(findings[0].kind, 'disagreement');
      assert.equal(findings[0].message, 'Sources disagree: 69% here; 70%, rareearthexchanges.com 2025; 62%, iea.example 2024');
    });

    it('finds no disagreement when every related figure agrees, or for another metric', () => {
      const index = notesIndex();
      const related = (figure: Parameters<typeof relatedQuery>[0]) => index.figures(relatedQuery(figure) ?? {}, { includeReference: false })
        .filter((item) => item.origin === 'note' && item.provenance.notePath === 'notes/same.md');
      const agreeing = 'China accounted for 69% of global rare earth mining[^1].';
      assert.deepEqual(checkBrief(agreeing, extractFigures(agreeing), { related, unsourced: false }), []);
      const other = 'China’s rare earth exports fell 62% in May[^1].';
      assert.deepEqual(checkBrief(other, extractFigures(other), { related: (figure) => index.figures(relatedQuery(figure) ?? {}, { includeReference: false }), unsourced: false }), []);
    });

    it('does not compare figures about different years', () => {
      const index = notesIndex();
      const text = 'China accounted for 69% of global rare earth mining in 2024[^1].';
      const findings = checkBrief(text, extractFigures(text), { related: (figure) => index.figures(relatedQuery(figure) ?? {}, { includeReference: false }), unsourced: false });
      // 62% is about 2023; 70% ("last year") names no year.
      assert.equal(findings[0]?.message, 'Sources disagree: 69% here; 70%, rareearthexchanges.com 2025');
    });

    it('compares with the reference dataset, with units normalised', () => {
      const index = new NotesIndex();
      const text = 'China mined about 270 kt of rare earths in 2024[^1]. The United States mined 45,000 tons in 2024[^1].';
      const findings = checkBrief(text, extractFigures(text), { related: (figure) => index.figures(relatedQuery(figure) ?? {}), unsourced: false });
      // USGS 2024: China 270,000 t, United States 45,000 t (their 2023 figures are another year: not compared).
      assert.deepEqual(findings.map((finding) => finding.figure.raw), []);
      const wrong = 'China mined 300,000 tonnes of rare earths in 2024[^1].';
      const wrongFindings = checkBrief(wrong, extractFigures(wrong), { related: (figure) => index.figures(relatedQuery(figure) ?? {}), unsourced: false });
      assert.equal(wrongFindings.length, 1);
      assert.match(wrongFindings[0].message, /^Sources disagree: 300,000 tonnes here; 270,000 t REO, U\.S\. Geological Survey 2025/);
    });
  });
});
