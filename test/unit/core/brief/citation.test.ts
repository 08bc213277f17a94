import { strict as assert } from 'node:assert';
import { referenceData } from '../../../../src/core/data/referenceData';
import type { IndexedFigure } from '../../../../src/core/figures/noteFigure';
import { NotesIndex } from '../../../../src/core/index/notesIndex';
import { citationSourceOf, figureId, figureText, figureWithCitation, footnoteText } from '../../../../src/core/brief/citation';

const NOTE = '---\ntitle: "China’s grip on rare earth mining loosens"\nsource: https://www.example-news.com/2025/01/china-grip\nsite: www.example-news.com\ndate: 2025-01-15T08:00:00\n---\n\nChina accounted for ~69% of global rare earth mining.\n';

function noteFigure(): IndexedFigure {
  const index = new NotesIndex();
  index.set('notes/china.md', NOTE);
  const [item] = index.figures({}, { includeReference: false });
  return item;
}

function dyPrice2024(): IndexedFigure {
  const figure = referenceData.figures.find((candidate) => candidate.metric === 'price' && candidate.subject.elements.includes('Dy') && candidate.period === '2024');
  assert.ok(figure);
  return { origin: 'reference', figure };
}

describe('brief citation', () => {
  it('cites a note figure with its article: title, site, date (YYYY-MM-DD) and address', () => {
    const item = noteFigure();
    assert.equal(figureText(item), '~69%');
    assert.equal(figureId(item), `note:notes/china.md#${NOTE.indexOf('~69%')}`);
    assert.equal(footnoteText(citationSourceOf(item)), 'China’s grip on rare earth mining loosens, www.example-news.com, 2025-01-15. https://www.example-news.com/2025/01/china-grip');
    assert.equal(figureWithCitation(item, 'inlineLink'), '~69% [www.example-news.com, 2025](https://www.example-news.com/2025/01/china-grip)');
    assert.equal(figureWithCitation(item, 'authorDate'), '~69% (www.example-news.com, 2025)');
    assert.equal(figureWithCitation(item, 'footnote'), '~69%[^1]\n\n[^1]: China’s grip on rare earth mining loosens, www.example-news.com, 2025-01-15. https://www.example-news.com/2025/01/china-grip');
  });

  it('cites a reference figure with its source: publisher, title, year and address', () => {
    const item = dyPrice2024();
    assert.equal(figureText(item), `${item.figure.value} USD/kg`);
    assert.equal(footnoteText(citationSourceOf(item)), 'Mineral Commodity Summaries 2025: Rare Earths, U.S. Geological Survey, 2025. https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf');
    assert.equal(figureWithCitation(item, 'authorDate'), `${item.figure.value} USD/kg (U.S. Geological Survey, 2025)`);
    assert.ok(figureId(item).startsWith('ref:usgs-'), figureId(item));
  });

  it('leaves out what a note does not know, and never links a non-http source', () => {
    const index = new NotesIndex();
    index.set('research/own.md', '# Own thoughts\n\nChina mined 69% of rare earths.\n');
    const [item] = index.figures({}, { includeReference: false });
    assert.equal(footnoteText(citationSourceOf(item)), 'Own thoughts.');
    assert.equal(figureWithCitation(item, 'inlineLink'), '69% (Own thoughts, n.d.)');
  });
});
