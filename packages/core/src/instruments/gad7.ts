/**
 * GAD-7 (INSTRUMENTS.md §4). Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for
 * assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092–1097.
 * Bands as CamCOPS `gad7.py` (≥ 15 / ≥ 10 / ≥ 5) and the awell-score table.
 */
import { requireItemAnswers } from './instrument-error.js';

export const GAD7_SEVERITIES = ['minimal', 'mild', 'moderate', 'severe'] as const;
export type Gad7Severity = (typeof GAD7_SEVERITIES)[number];

export interface Gad7Score {
  /** 0–21. */
  readonly total: number;
  readonly severity: Gad7Severity;
}

/** GAD-7 severity band of a total: 0–4, 5–9, 10–14, 15–21. */
export function gad7Severity(total: number): Gad7Severity {
  if (total >= 15) return 'severe';
  if (total >= 10) return 'moderate';
  if (total >= 5) return 'mild';
  return 'minimal';
}

/**
 * Score a GAD-7: seven items, each 0 (not at all) to 3 (nearly every day), in questionnaire
 * order. Throws InstrumentInputError ('items' or 'items.N', 0-based) on any other input.
 */
export function scoreGad7(items: readonly number[]): Gad7Score {
  const total = requireItemAnswers(items, 7, 'GAD-7').reduce((sum, item) => sum + item, 0);
  return { total, severity: gad7Severity(total) };
}
