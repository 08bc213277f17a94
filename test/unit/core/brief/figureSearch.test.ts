import { strict as assert } from 'node:assert';
import { NotesIndex } from '../../../../src/core/index/notesIndex';
import type { IndexedFigure } from '../../../../src/core/figures/noteFigure';
import { figureText } from '../../../../src/core/brief/citation';
import { queryTokens, rankForFigure, searchFigures } from '../../../../src/core/brief/figureSearch';

function figures(): IndexedFigure[] {
  const index = new NotesIndex();
  index.set('notes/dy.md', '---\ntitle: "Dysprosium roundup"\nsite: magnet-weekly.example\ndate: 2024-06-10\n---\n\nDysprosium oxide traded at US$250/kg in May.\n\nChina accounted for 69% of global rare earth mining.\n\nLynas produced 10,500 tonnes of NdPr oxide.\n');
  return index.figures({});
}

const texts = (items: IndexedFigure[]) => items.map(figureText);

describe('brief figureSearch', () => {
  it('splits a query into lower-case tokens', () => {
    assert.deepEqual(queryTokens('@Dy  Price'), ['dy', 'price']);
  });

  it('@dy price: an element symbol and a metric word find the note’s price first, then the dataset’s', () => {
    const found = searchFigures(figures(), 'dy price');
    assert.equal(figureText(found[0]), 'US$250/kg');
    assert.ok(found.slice(1).every((item) => item.origin === 'reference' && item.figure.metric === 'price' && item.figure.subject.elements.includes('Dy')), JSON.stringify(texts(found)));
    assert.ok(found.length > 1);
  });

  it('matches element names, region aliases and metric synonyms', () => {
    assert.equal(figureText(searchFigures(figures(), 'dysprosium cost')[0]), 'US$250/kg');
    const china = searchFigures(figures(), 'china mining');
    assert.equal(figureText(china[0]), '69%');
    assert.ok(china.every((item) => (item.origin === 'note' ? item.figure.subjects.regions : item.figure.subject.regions).includes('China')), JSON.stringify(texts(china)));
    const usa = searchFigures(figures(), 'usa mine');
    assert.ok(usa.length > 0);
    assert.ok(usa.every((item) => item.origin === 'reference' && item.figure.subject.regions.includes('United States')), JSON.stringify(texts(usa)));
  });

  it('matches organizations and the value as written', () => {
    assert.deepEqual(texts(searchFigures(figures(), 'lynas 10,500')), ['10,500 tonnes']);
    assert.deepEqual(texts(searchFigures(figures(), '10500')), ['10,500 tonnes']);
  });

  it('requires every token to match', () => {
    assert.deepEqual(searchFigures(figures(), 'dy zzz'), []);
  });

  it('puts figures with the same value first for "Cite a source…"', () => {
    const ranked = rankForFigure(figures(), { value: 69, unit: '%' });
    assert.equal(figureText(ranked[0]), '69%');
  });
});
