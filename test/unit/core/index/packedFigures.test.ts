import { strict as assert } from 'node:assert';
import type { FigureSubjects, NoteFigure } from '../../../../src/core/figures/noteFigure';
import { extractFigures } from '../../../../src/core/figures/extractFigures';
import { PackedFigures } from '../../../../src/core/index/packedFigures';

const CHINA: FigureSubjects = { elements: ['Dy'], regions: ['China'], organizations: [] };
const LYNAS: FigureSubjects = { elements: [], regions: [], organizations: ['Lynas Rare Earths'] };

function figure(overrides: Partial<NoteFigure>): NoteFigure {
  return {
    value: 69, valueMax: undefined, unit: '%', approximate: false, raw: '69%', start: 10, end: 13, line: 2,
    sentence: 'China mined 69% of it.', subjects: CHINA, metric: 'mining share', ...overrides,
  };
}

describe('PackedFigures', () => {
  const figures: NoteFigure[] = [
    figure({}),
    // Same sentence and subjects, a range, no metric.
    figure({ value: 85, valueMax: 90, raw: '85–90%', start: 20, end: 26, metric: undefined, sentence: 'China mined 69% of it, 85–90% of oxide.' }),
    // The raw text as written is not in the plain sentence (markup was removed from it).
    figure({ value: 5000, unit: 't', approximate: true, raw: '5,000 **t**', start: 40, end: 51, line: 4, sentence: 'Lynas shipped ~5,000 t.', subjects: LYNAS, metric: 'exports' }),
    figure({ value: 0.5, unit: undefined, raw: '0.5', start: 60, end: 63, line: 5, sentence: 'A ratio of 0.5 only.', subjects: LYNAS, metric: undefined }),
  ];
  const kept: string[] = [];
  const packed = PackedFigures.pack(figures, (kind, name) => {
    kept.push(`${kind}:${name}`);
    return name;
  });

  it('gives back every figure as it was packed, in order', () => {
    assert.equal(packed.count, 4);
    assert.deepEqual(packed.all(), figures);
    assert.deepEqual(packed.figure(2), figures[2]);
  });

  it('gives the same object each time a figure is read (callers cache by it)', () => {
    assert.equal(packed.figure(1), packed.figure(1));
    assert.equal(packed.all()[2], packed.figure(2));
  });

  it('keeps the names of a run of figures sharing their subjects once', () => {
    assert.deepEqual(kept, ['element:Dy', 'region:China', 'organization:Lynas Rare Earths']);
    assert.deepEqual(packed.figure(1).subjects, CHINA);
    assert.deepEqual(packed.figure(3).subjects, LYNAS);
  });

  it('finds the figure covering an offset, and none between figures', () => {
    assert.equal(packed.indexAt(10), 0);
    assert.equal(packed.indexAt(12), 0);
    assert.equal(packed.indexAt(13), -1);
    assert.equal(packed.indexAt(25), 1);
    assert.equal(packed.indexAt(50), 2);
    assert.equal(packed.indexAt(62), 3);
    assert.equal(packed.indexAt(0), -1);
    assert.equal(packed.indexAt(100), -1);
    assert.equal(PackedFigures.EMPTY.indexAt(0), -1);
  });

  it('packs what extraction finds in a real note without a difference', () => {
    const text = [
      '# Dysprosium',
      '',
      'China mined 69% of the world\'s rare earths in 2024, and about 90% were processed there.',
      '',
      '- Lynas shipped **10,500 t** of NdPr oxide, up 12%.',
      '- Prices of dysprosium oxide: US$300–350/kg.',
      '',
      '| country | share |',
      '| --- | --- |',
      '| Myanmar | 11% |',
    ].join('\n');
    const extracted = extractFigures(text);
    assert.ok(extracted.length >= 6, `found ${extracted.map((found) => found.raw).join(', ')}`);
    assert.deepEqual(PackedFigures.pack(extracted, (_, name) => name).all(), extracted);
  });
});
