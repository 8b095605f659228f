/**
 * Goal Attainment Scaling T-score (INSTRUMENTS.md §6). Kiresuk TJ, Sherman RE. Community Ment
 * Health J 1968;4(6):443–453; Turner-Stokes L. Goal attainment scaling (GAS) in rehabilitation:
 * a practical guide. Clin Rehabil 2009;23(4):362–370, doi:10.1177/0269215508101742, with its
 * erratum (corrected formulas on pp. 364 and 367). Same semantics as taylordunn/gasr
 * `calc_tscore()`: weight 1 when none is given, and all-zero weights are reset to 1.
 *
 *   T = 50 + 10·Σ(wᵢxᵢ) / √((1 − ρ)·Σwᵢ² + ρ·(Σwᵢ)²), ρ = 0.3 by default.
 */
import type { LocalisedText } from '../shared/localised-text.js';
import { InstrumentInputError, isList } from './instrument-error.js';

/** How far a goal was attained, from much less than expected (−2) to much more (+2). */
export type GasAttainment = -2 | -1 | 0 | 1 | 2;

export interface GasGoalScore {
  readonly score: GasAttainment;
  /** Turner-Stokes: importance × difficulty (each 0–3). 1 when not given. */
  readonly weight?: number;
}

/** The five attainment levels with their names, lowest first. */
export const GAS_LEVELS: readonly {
  readonly score: GasAttainment;
  readonly label: LocalisedText;
}[] = [
  { score: -2, label: { en: 'Much less than expected', cy: 'Llawer llai na’r disgwyl' } },
  { score: -1, label: { en: 'Somewhat less than expected', cy: 'Ychydig yn llai na’r disgwyl' } },
  { score: 0, label: { en: 'As expected', cy: 'Fel y disgwyl' } },
  { score: 1, label: { en: 'Somewhat more than expected', cy: 'Ychydig yn fwy na’r disgwyl' } },
  { score: 2, label: { en: 'Much more than expected', cy: 'Llawer mwy na’r disgwyl' } },
];

/**
 * The GAS T-score of a set of goals, unrounded (50 = every goal attained as expected; one
 * unweighted goal at −1 gives 40). Throws InstrumentInputError for no goals ('goals'), a score
 * that is not −2…2 ('goals.N.score'), a negative or non-finite weight ('goals.N.weight'), or
 * ρ outside 0–1 ('rho').
 */
export function gasTScore(goals: readonly GasGoalScore[], rho = 0.3): number {
  if (!isList(goals) || goals.length === 0) {
    throw new InstrumentInputError('goals', {
      en: 'A GAS T-score needs at least one scored goal',
      cy: 'Mae angen o leiaf un nod wedi’i sgorio i gyfrifo sgôr T GAS',
    });
  }
  if (typeof rho !== 'number' || !(rho >= 0 && rho <= 1)) {
    throw new InstrumentInputError('rho', {
      en: 'ρ (the correlation between goals) must be from 0 to 1',
      cy: 'Rhaid i ρ (y cydberthyniad rhwng nodau) fod rhwng 0 ac 1',
    });
  }
  const checked = goals.map((goal, i) => {
    const { score, weight = 1 } = goal;
    if (!Number.isInteger(score) || score < -2 || score > 2) {
      throw new InstrumentInputError(`goals.${i}.score`, {
        en: 'A goal is scored −2, −1, 0, +1 or +2',
        cy: 'Mae nod yn cael sgôr −2, −1, 0, +1 neu +2',
      });
    }
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new InstrumentInputError(`goals.${i}.weight`, {
        en: 'A goal weight is 0 or more',
        cy: 'Mae pwysiad nod yn 0 neu fwy',
      });
    }
    return { score, weight };
  });
  const allZero = checked.every((goal) => goal.weight === 0);
  const weights = checked.map((goal) => (allZero ? 1 : goal.weight));
  const weightedSum = checked.reduce((sum, goal, i) => sum + goal.score * (weights[i] ?? 0), 0);
  const sumOfSquares = weights.reduce((sum, w) => sum + w * w, 0);
  const sum = weights.reduce((total, w) => total + w, 0);
  return 50 + (10 * weightedSum) / Math.sqrt((1 - rho) * sumOfSquares + rho * sum * sum);
}
