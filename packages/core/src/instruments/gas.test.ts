/**
 * GAS T-score (INSTRUMENTS.md §6; Kiresuk & Sherman 1968; Turner-Stokes, Clin Rehabil 2009,
 * with erratum) against shared/reference/instruments/gas_test_vectors.json, to 4 dp: the
 * taylordunn/gasr calc_tscore() example (T = 55.0) and the COMPUTED vectors.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sharedPath } from '../testing/shared-path.js';
import { GAS_LEVELS, gasTScore, type GasAttainment } from './gas.js';
import { InstrumentInputError, roundTo } from './instrument-error.js';

interface Vector {
  scores: GasAttainment[];
  weights: number[] | null;
  t: number;
  source: string;
}

const vectors = (
  JSON.parse(readFileSync(sharedPath('reference/instruments/gas_test_vectors.json'), 'utf8')) as {
    vectors: Vector[];
  }
).vectors;

const goals = (v: Vector) =>
  v.scores.map((score, i) =>
    v.weights ? { score, weight: v.weights[i] ?? Number.NaN } : { score },
  );

describe('GAS T-score vectors (gas_test_vectors.json; ρ = 0.3)', () => {
  it.each(vectors)('scores $scores, weights $weights → $t ($source)', (v) => {
    expect(roundTo(gasTScore(goals(v)), 4)).toBe(v.t);
  });
});

describe('GAS T-score semantics (gasr calc_tscore)', () => {
  it('is unrounded: three goals at −1 give 50 − 30/√4.8 (§6 worked example, 36.31)', () => {
    expect(gasTScore([{ score: -1 }, { score: -1 }, { score: -1 }])).toBe(50 - 30 / Math.sqrt(4.8));
  });

  it('resets all-zero weights to 1, and a zero weight among others drops that goal', () => {
    const unweighted = gasTScore([{ score: 1 }, { score: -1 }, { score: 2 }]);
    expect(
      gasTScore([
        { score: 1, weight: 0 },
        { score: -1, weight: 0 },
        { score: 2, weight: 0 },
      ]),
    ).toBe(unweighted);
    expect(
      gasTScore([
        { score: 2, weight: 0 },
        { score: 1, weight: 3 },
      ]),
    ).toBe(gasTScore([{ score: 1 }]));
  });

  it('takes ρ: with ρ = 0 three goals at −1 give 50 − 30/√3', () => {
    expect(gasTScore([{ score: -1 }, { score: -1 }, { score: -1 }], 0)).toBeCloseTo(
      50 - 30 / Math.sqrt(3),
      10,
    );
  });

  it.each([
    [[], 'goals'],
    [[{ score: 3 }], 'goals.0.score'],
    [[{ score: 0 }, { score: 0.5 }], 'goals.1.score'],
    [[{ score: 0, weight: -1 }], 'goals.0.weight'],
    [[{ score: 0, weight: Number.NaN }], 'goals.0.weight'],
  ])('%j throws on %s', (bad, field) => {
    expect(() => gasTScore(bad as { score: GasAttainment }[])).toThrow(InstrumentInputError);
    expect(() => gasTScore(bad as { score: GasAttainment }[])).toThrow(
      expect.objectContaining({ field }),
    );
  });

  it('refuses ρ outside 0–1', () => {
    expect(() => gasTScore([{ score: 0 }], 1.5)).toThrow(expect.objectContaining({ field: 'rho' }));
  });

  it('all goals as expected give 50, whatever the weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 8 }),
        (weights) => {
          expect(gasTScore(weights.map((weight) => ({ score: 0, weight })))).toBe(50);
        },
      ),
    );
  });

  it('has five named levels, −2 to +2, in English and Welsh', () => {
    expect(GAS_LEVELS.map((level) => level.score)).toEqual([-2, -1, 0, 1, 2]);
    expect(GAS_LEVELS[0]?.label.en).toBe('Much less than expected');
    expect(GAS_LEVELS[4]?.label.en).toBe('Much more than expected');
    for (const level of GAS_LEVELS) expect(level.label.cy).not.toBe('');
  });
});
