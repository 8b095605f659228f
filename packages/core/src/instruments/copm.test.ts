/**
 * COPM (INSTRUMENTS.md §7; Law et al., COPM manual; thecopm.ca FAQ #4 and #5) against
 * shared/reference/instruments/copm_test_vectors.json (COMPUTED): scores are means rounded to
 * 2 dp and a change of ≥ 2 points on those is clinically important.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../testing/shared-path.js';
import { copmChange, scoreCopm, type CopmProblemRating } from './copm.js';
import { InstrumentInputError } from './instrument-error.js';

interface Vector {
  initial_performance: number[];
  initial_satisfaction?: number[];
  re_performance: number[];
  re_satisfaction?: number[];
  initial_performance_mean: number;
  initial_satisfaction_mean?: number;
  re_performance_mean: number;
  re_satisfaction_mean?: number;
  performance_change: number;
  satisfaction_change?: number;
  performance_clinically_important: boolean;
  satisfaction_clinically_important?: boolean;
}

const vectors = (
  JSON.parse(readFileSync(sharedPath('reference/instruments/copm_test_vectors.json'), 'utf8')) as {
    vectors: Vector[];
  }
).vectors;

/** Problems with these ratings; where the vector gives no satisfaction, performance stands in. */
function problems(performance: number[], satisfaction?: number[]): CopmProblemRating[] {
  return performance.map((p, i) => ({
    problem: `Problem ${i + 1}`,
    importance: 8,
    performance: p,
    satisfaction: satisfaction?.[i] ?? p,
  }));
}

describe('COPM vectors (copm_test_vectors.json; thecopm.ca FAQ)', () => {
  it.each(vectors)('%j', (v) => {
    const initial = scoreCopm(problems(v.initial_performance, v.initial_satisfaction));
    const later = scoreCopm(problems(v.re_performance, v.re_satisfaction));
    expect(initial.performance).toBe(v.initial_performance_mean);
    expect(later.performance).toBe(v.re_performance_mean);
    const change = copmChange(initial, later);
    expect(change.performance).toBe(v.performance_change);
    expect(change.performanceImportant).toBe(v.performance_clinically_important);
    if (v.initial_satisfaction_mean !== undefined)
      expect(initial.satisfaction).toBe(v.initial_satisfaction_mean);
    if (v.re_satisfaction_mean !== undefined)
      expect(later.satisfaction).toBe(v.re_satisfaction_mean);
    if (v.satisfaction_change !== undefined)
      expect(change.satisfaction).toBe(v.satisfaction_change);
    if (v.satisfaction_clinically_important !== undefined) {
      expect(change.satisfactionImportant).toBe(v.satisfaction_clinically_important);
    }
    // The same change from the problem ratings directly.
    expect(
      copmChange(
        problems(v.initial_performance, v.initial_satisfaction),
        problems(v.re_performance, v.re_satisfaction),
      ),
    ).toEqual(change);
  });
});

describe('COPM rounding rule and bad input', () => {
  it('rounds each score to 2 dp before comparing with 2', () => {
    // 17/3 = 5.666… → 5.67; 11/3 = 3.666… → 3.67; the change is exactly 2.00.
    const change = copmChange(
      { performance: 3.67, satisfaction: 3.67 },
      scoreCopm(problems([6, 6, 5])),
    );
    expect(change.performance).toBe(2);
    expect(change.performanceImportant).toBe(true);
    expect(
      copmChange({ performance: 4, satisfaction: 4 }, { performance: 5.99, satisfaction: 5.99 })
        .performanceImportant,
    ).toBe(false);
  });

  it('flags a decline of 2 or more as important too, with its sign', () => {
    const change = copmChange(
      { performance: 7, satisfaction: 7 },
      { performance: 4.5, satisfaction: 6 },
    );
    expect(change).toEqual({
      performance: -2.5,
      satisfaction: -1,
      performanceImportant: true,
      satisfactionImportant: false,
    });
  });

  it.each([
    [[], 'problems'],
    [problems([1, 2, 3, 4, 5, 6]), 'problems'],
    [
      [{ problem: 'Cooking', importance: 5, performance: 0, satisfaction: 3 }],
      'problems.0.performance',
    ],
    [
      [{ problem: 'Cooking', importance: 5, performance: 3, satisfaction: 11 }],
      'problems.0.satisfaction',
    ],
    [
      [{ problem: 'Cooking', importance: 0, performance: 3, satisfaction: 3 }],
      'problems.0.importance',
    ],
    [
      [{ problem: 'Cooking', importance: 5, performance: 3.5, satisfaction: 3 }],
      'problems.0.performance',
    ],
  ])('%j throws on %s', (bad, field) => {
    expect(() => scoreCopm(bad)).toThrow(InstrumentInputError);
    expect(() => scoreCopm(bad)).toThrow(expect.objectContaining({ field }));
  });
});
