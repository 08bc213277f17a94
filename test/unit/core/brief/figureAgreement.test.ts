import { strict as assert } from 'node:assert';
import { parseFigureValue } from '../../../../src/core/figures/parseFigureValue';
import { compareFigures, type Comparable } from '../../../../src/core/brief/figureAgreement';

/** A figure as a brief or note writes it, through the same parser figure extraction uses. */
function written(raw: string): Comparable {
  const value = parseFigureValue(raw);
  assert.ok(value, raw);
  return value;
}

describe('brief figureAgreement', () => {
  it('lets a range agree with a value it contains or touches', () => {
    assert.equal(compareFigures(written('85–90%'), written('90%')), 'agrees');
    assert.equal(compareFigures(written('85-90%'), written('87%')), 'agrees');
    assert.equal(compareFigures(written('85–90%'), written('92%')), 'disagrees');
  });

  it('normalises tonnages: 240,000 tons equals 240 kt and 240,000 tonnes', () => {
    assert.equal(compareFigures(written('240,000 tons'), written('240 kt')), 'agrees');
    assert.equal(compareFigures(written('240,000 tonnes'), written('240,000 t')), 'agrees');
    assert.equal(compareFigures(written('240 kt'), { value: 240_000, unit: 't REO', approximate: false }), 'agrees');
    assert.equal(compareFigures(written('240,000 tons'), written('270 kt')), 'disagrees');
  });

  it('compares percentages only with percentages', () => {
    assert.equal(compareFigures(written('69%'), written('69 tonnes')), 'incomparable');
    assert.equal(compareFigures(written('5%'), written('5 percentage points')), 'incomparable');
  });

  it('takes exact values at their word: 69% and 70% disagree, 62% too', () => {
    assert.equal(compareFigures(written('69%'), written('70%')), 'disagrees');
    assert.equal(compareFigures(written('69%'), written('62%')), 'disagrees');
    assert.equal(compareFigures(written('69%'), written('69%')), 'agrees');
    // Rounding: within 0.5% of the larger value.
    assert.equal(compareFigures(written('240,000 t'), written('241,000 t')), 'agrees');
    assert.equal(compareFigures(written('240,000 t'), written('250,000 t')), 'disagrees');
  });

  it('gives approximate values a tolerance: 1 percentage point, or 5% of the value', () => {
    assert.equal(compareFigures(written('~69%'), written('70%')), 'agrees');
    assert.equal(compareFigures(written('69%'), written('about 70%')), 'agrees');
    assert.equal(compareFigures(written('~69%'), written('71%')), 'disagrees');
    assert.equal(compareFigures(written('~240,000 tons'), written('250 kt')), 'agrees');
    assert.equal(compareFigures(written('~240,000 tons'), written('260 kt')), 'disagrees');
  });

  it('treats bounds as open intervals', () => {
    assert.equal(compareFigures({ value: 95_000_000, unit: 't', approximate: false }, { value: 90_000_000, unit: 't REO', approximate: false, comparison: '>' }), 'agrees');
    assert.equal(compareFigures({ value: 80_000_000, unit: 't', approximate: false }, { value: 90_000_000, unit: 't REO', approximate: false, comparison: '>' }), 'disagrees');
  });
});
