// Whether two figures on the same subject and metric say the same thing. Shared by the statistic
// hover card and the brief diagnostics, so both mark the same figures as disagreeing.
//
// The rule:
// - Units are compared after normalisation: figure extraction already turns "240 kt", "240,000
//   tons", "240,000 tonnes" and "240,000 t" into 240000 't'; the dataset's 't REO' counts as 't'.
//   Figures in different units (a percentage and a tonnage, '%' and 'pp') are not compared.
// - Ranges ("85–90%") and bounds ("> 90 million t") are intervals; two figures agree when their
//   intervals overlap or lie within a tolerance of each other: "85–90%" agrees with "90%".
// - Tolerance: when both figures are exact, rounding only (0.5 percentage point for percentages,
//   0.5% of the larger value otherwise), so 69% and 70% disagree; when either is approximate
//   ("about 70%", "~240 kt"), 1 percentage point for percentages and 5% of the larger value otherwise.
import type { Comparison } from '../data/types';
import type { IndexedFigure } from '../figures/noteFigure';

export type Agreement = 'agrees' | 'disagrees' | 'incomparable';

/** What a comparison needs of a figure. */
export interface Comparable {
  value: number;
  valueMax?: number;
  unit?: string;
  approximate: boolean;
  comparison?: Comparison;
}

function normalUnit(unit: string | undefined): string | undefined {
  return unit === 't REO' ? 't' : unit;
}

export function comparableOf(item: IndexedFigure): Comparable {
  const { figure } = item;
  if (item.origin === 'reference') {
    const { value, valueMax, unit, approximate, comparison } = item.figure;
    return { value, valueMax, unit, approximate, comparison };
  }
  return { value: figure.value, valueMax: figure.valueMax, unit: item.figure.unit, approximate: figure.approximate };
}

function interval(x: Comparable): [number, number] {
  if (x.comparison === '>') return [x.value, Infinity];
  if (x.comparison === '<') return [-Infinity, x.value];
  return [x.value, x.valueMax ?? x.value];
}

export function compareFigures(a: Comparable, b: Comparable): Agreement {
  const unit = normalUnit(a.unit);
  if (unit !== normalUnit(b.unit)) return 'incomparable';
  const [aLow, aHigh] = interval(a);
  const [bLow, bHigh] = interval(b);
  const gap = Math.max(aLow - bHigh, bLow - aHigh, 0);
  const loose = a.approximate || b.approximate;
  const tolerance = unit === '%'
    ? (loose ? 1 : 0.5)
    : (loose ? 0.05 : 0.005) * Math.max(Math.abs(a.value), Math.abs(b.value));
  // A hair of slack for binary fractions (0.1 + 0.2).
  return gap > tolerance + 1e-9 ? 'disagrees' : 'agrees';
}
