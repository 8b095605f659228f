/**
 * PHQ-9 (INSTRUMENTS.md §4). Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief
 * depression severity measure. J Gen Intern Med 2001;16(9):606–613. Bands as the awell-score
 * interpretation table and CamCOPS `phq9.py`; the syndrome algorithm as CamCOPS `is_mds()` /
 * `is_ods()`. The tenth "how difficult" item is not scored.
 */
import { requireItemAnswers } from './instrument-error.js';

export const PHQ9_SEVERITIES = [
  'none_minimal',
  'mild',
  'moderate',
  'moderately_severe',
  'severe',
] as const;
export type Phq9Severity = (typeof PHQ9_SEVERITIES)[number];

export const PHQ9_SYNDROMES = ['major', 'other', 'none'] as const;
export type Phq9Syndrome = (typeof PHQ9_SYNDROMES)[number];

export interface Phq9Score {
  /** 0–27. */
  readonly total: number;
  readonly severity: Phq9Severity;
  /**
   * Item 9 ("thoughts that you would be better off dead, or of hurting yourself") above 0:
   * prompts a same-day clinician suicide-risk assessment, whatever the total.
   */
  readonly item9RiskFlag: boolean;
  /** CamCOPS diagnostic algorithm: a screen, not a diagnosis. */
  readonly syndrome: Phq9Syndrome;
}

/** PHQ-9 severity band of a total: 0–4, 5–9, 10–14, 15–19, 20–27. */
export function phq9Severity(total: number): Phq9Severity {
  if (total >= 20) return 'severe';
  if (total >= 15) return 'moderately_severe';
  if (total >= 10) return 'moderate';
  if (total >= 5) return 'mild';
  return 'none_minimal';
}

/**
 * Score a PHQ-9: nine items, each 0 (not at all) to 3 (nearly every day), in questionnaire
 * order. Throws InstrumentInputError ('items' or 'items.N', 0-based) on any other input.
 * Syndrome (CamCOPS): core = items 1–2 scoring ≥ 2; symptoms = core + items 3–8 scoring ≥ 2 +
 * item 9 ≥ 1; major if core ≥ 1 and symptoms ≥ 5, other if core ≥ 1 and symptoms 2–4.
 */
export function scorePhq9(items: readonly number[]): Phq9Score {
  const answers = requireItemAnswers(items, 9, 'PHQ-9');
  const total = answers.reduce((sum, item) => sum + item, 0);
  const item9 = answers[8] ?? 0;
  const core = answers.slice(0, 2).filter((item) => item >= 2).length;
  const symptoms =
    core + answers.slice(2, 8).filter((item) => item >= 2).length + (item9 >= 1 ? 1 : 0);
  let syndrome: Phq9Syndrome = 'none';
  if (core >= 1 && symptoms >= 5) syndrome = 'major';
  else if (core >= 1 && symptoms >= 2) syndrome = 'other';
  return { total, severity: phq9Severity(total), item9RiskFlag: item9 > 0, syndrome };
}
