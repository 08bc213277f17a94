import { strict as assert } from 'node:assert';
import { parseFigureValue } from '../../../../src/core/figures/parseFigureValue';

describe('parseFigureValue', () => {
  const cases: [string, ReturnType<typeof parseFigureValue>][] = [
    ['69%', { value: 69, unit: '%', approximate: false }],
    ['~69%', { value: 69, unit: '%', approximate: true }],
    ['85–90%', { value: 85, valueMax: 90, unit: '%', approximate: false }],
    ['30-45 percent', { value: 30, valueMax: 45, unit: '%', approximate: false }],
    ['80 and 55 million', { value: 55_000_000, valueMax: 80_000_000, approximate: false }],
    ['59 million', { value: 59e6, approximate: false }],
    ['$2.5 billion', { value: 2.5e9, unit: 'USD', approximate: false }],
    ['US$1.2bn', { value: 1.2e9, unit: 'USD', approximate: false }],
    ['25,900', { value: 25900, approximate: false }],
    ['~240,000 tons', { value: 240000, unit: 't', approximate: true }],
    ['1,000 tons/year', { value: 1000, unit: 't/yr', approximate: false }],
    ['920 pounds', { value: 920, unit: 'lb', approximate: false }],
    ['$260/kg', { value: 260, unit: 'USD/kg', approximate: false }],
    ['US$60–70/kg', { value: 60, valueMax: 70, unit: 'USD/kg', approximate: false }],
    ['3×', { value: 3, unit: '×', approximate: false }],
    ['10x', { value: 10, unit: '×', approximate: false }],
    ['tenfold', { value: 10, unit: '×', approximate: false }],
    ['3 times higher', { value: 3, unit: '×', approximate: false }],
    ['300 MW', { value: 300, unit: 'MW', approximate: false }],
    ['10 kt', { value: 10000, unit: 't', approximate: false }],
    ['2 Mt', { value: 2e6, unit: 't', approximate: false }],
    ['5 Mtpa', { value: 5e6, unit: 't/yr', approximate: false }],
    ['300 million yuan', { value: 3e8, unit: 'CNY', approximate: false }],
    ['RMB 5 million', { value: 5e6, unit: 'CNY', approximate: false }],
    ['€5m', { value: 5e6, unit: 'EUR', approximate: false }],
    ['5 percentage points', { value: 5, unit: 'pp', approximate: false }],
    ['1\u00A0000 t', { value: 1000, unit: 't', approximate: false }],
    ['two billion', { value: 2e9, approximate: false }],
    ['more than 40', { value: 40, approximate: true }],
  ];
  for (const [raw, expected] of cases) {
    it(raw, () => assert.deepEqual(parseFigureValue(raw), expected));
  }

  it('gives nothing for text without a number', () => {
    assert.equal(parseFigureValue('rare earths'), undefined);
  });
});
