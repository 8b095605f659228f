/**
 * 6CIT, the six-item cognitive impairment test, Kingshill Version 2000 (INSTRUMENTS.md §8).
 * Brooke P, Bullock R. Validation of a 6 item cognitive impairment test with a view to primary
 * care usage. Int J Geriatr Psychiatry 1999;14(11):936–940. Scoring table as 6cit.co.uk. Total
 * 0–28, higher is worse: 0–7 normal, 8–9 mild impairment ("probably refer"), 10–28 significant
 * impairment ("refer"); validation cut-off 7/8. (The eFI counts 6CIT ≥ 8 as a deficit.)
 */
import { requireBoolean, requireInteger } from './instrument-error.js';

export const SIX_CIT_BANDS = ['normal', 'mild', 'significant'] as const;
export type SixCitBand = (typeof SIX_CIT_BANDS)[number];

/** What the clinician records for each of the six items. */
export interface SixCitAnswers {
  /** "What year is it?" Incorrect scores 4. */
  readonly yearCorrect: boolean;
  /** "What month is it?" Incorrect scores 3. */
  readonly monthCorrect: boolean;
  /** "About what time is it?" (within 1 hour). Incorrect scores 3. */
  readonly timeCorrect: boolean;
  /** Counting backwards from 20 to 1: 0 errors 0, 1 error 2, more than 1 error 4. */
  readonly countBackErrors: number;
  /** Months of the year in reverse: 0 errors 0, 1 error 2, more than 1 error 4. */
  readonly monthsReverseErrors: number;
  /** Parts of the five-part address phrase not recalled (0–5): 2 points each. */
  readonly addressErrors: number;
}

export interface SixCitScore {
  /** 0–28. */
  readonly total: number;
  readonly band: SixCitBand;
}

/** 6CIT band of a total: 0–7 normal, 8–9 mild, 10–28 significant. */
export function sixCitBand(total: number): SixCitBand {
  if (total >= 10) return 'significant';
  if (total >= 8) return 'mild';
  return 'normal';
}

function sequenceScore(errors: number): number {
  if (errors === 0) return 0;
  return errors === 1 ? 2 : 4;
}

/**
 * Score a 6CIT. Throws InstrumentInputError on the field at fault: a non-boolean answer, or an
 * error count that is not a whole number in range (count back 0–20, months 0–12, address 0–5).
 */
export function scoreSixCit(answers: SixCitAnswers): SixCitScore {
  const year = requireBoolean(answers.yearCorrect, 'yearCorrect');
  const month = requireBoolean(answers.monthCorrect, 'monthCorrect');
  const time = requireBoolean(answers.timeCorrect, 'timeCorrect');
  const countBack = requireInteger(answers.countBackErrors, 'countBackErrors', 0, 20);
  const monthsReverse = requireInteger(answers.monthsReverseErrors, 'monthsReverseErrors', 0, 12);
  const address = requireInteger(answers.addressErrors, 'addressErrors', 0, 5);
  const total =
    (year ? 0 : 4) +
    (month ? 0 : 3) +
    (time ? 0 : 3) +
    sequenceScore(countBack) +
    sequenceScore(monthsReverse) +
    2 * address;
  return { total, band: sixCitBand(total) };
}
