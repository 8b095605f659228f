import type { OutcomeSeries } from '@everyday/core';
import { describe, expect, it } from 'vitest';
import { formatChange, formatScore, outcomeRows } from './outcome-rows.js';

const point = (on: string, value: number, qualifier: string | null = null) => ({
  on,
  value,
  qualifier,
});

function series(
  measure: OutcomeSeries['measure'],
  points: OutcomeSeries['points'],
  change: number | null,
): OutcomeSeries {
  return { measure, points, first: points[0]!, last: points.at(-1)!, change };
}

describe('outcome rows', () => {
  it('always has an EQ-5D index row, empty while it is not recorded', () => {
    expect(outcomeRows([])).toEqual([
      { measure: 'eq5d_index', first: null, last: null, change: null, notComparable: false },
    ]);
  });

  it('gives first, last and change in the order of the measures', () => {
    const phq9 = series(
      'phq9',
      [point('2026-10-01', 14, 'moderate'), point('2026-11-01', 8, 'mild')],
      -6,
    );
    const index = series('eq5d_index', [point('2026-10-01', 0.6, 'UK_5L_2026')], null);
    const rows = outcomeRows([phq9, index]);
    expect(rows.map((r) => r.measure)).toEqual(['eq5d_index', 'phq9']);
    expect(rows[0]).toMatchObject({ first: index.first, last: null, change: null });
    expect(rows[1]).toMatchObject({ first: phq9.first, last: phq9.last, change: -6 });
  });

  it('marks EQ-5D indices under different value sets as not comparable', () => {
    const index = series(
      'eq5d_index',
      [point('2026-10-01', 0.6, 'UK_5L_2026'), point('2026-11-01', 0.7, 'ENGLAND_5L_2018')],
      null,
    );
    expect(outcomeRows([index])[0]).toMatchObject({ change: null, notComparable: true });
  });
});

describe('scores as shown', () => {
  it('shows each measure at its precision', () => {
    expect(formatScore('eq5d_index', 0.6)).toBe('0.600');
    expect(formatScore('gas', 55)).toBe('55.00');
    expect(formatScore('phq9', 12)).toBe('12');
  });

  it('signs changes with a true minus', () => {
    expect(formatChange('eq5d_index', 0.125)).toBe('+0.125');
    expect(formatChange('phq9', -6)).toBe('−6');
    expect(formatChange('phq9', 0)).toBe('0');
    expect(formatChange('copm_performance', 0.001)).toBe('0.00');
  });
});
