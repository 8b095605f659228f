/**
 * Canadian Occupational Performance Measure (INSTRUMENTS.md §7). Law M, Baptiste S, Carswell A,
 * McColl MA, Polatajko H, Pollock N. COPM manual, 5th edn (2014, revised). Scoring rules from
 * thecopm.ca FAQ #4 and #5: the person names up to five occupational performance problems,
 * rates the importance of each 1–10, then performance and satisfaction 1–10. Each score is the
 * mean of its ratings; a change of two or more points is clinically important.
 * The COPM forms are © COPM Inc. and need a licence.
 *
 * Rounding rule (INSTRUMENTS.md §7 asks us to choose): each score is rounded to 2 dp (halves
 * away from zero), so 17/3 is 5.67. A change is the difference of the 2-dp scores, rounded to
 * 2 dp, and is important when its size is at least 2.00, up or down; the sign of the change
 * says which way. Averages can hide mixed changes: report the change per problem as well.
 */
import { InstrumentInputError, isList, requireInteger, roundTo } from './instrument-error.js';

/** One occupational performance problem as the person rated it. */
export interface CopmProblemRating {
  /** The problem in the person's own words. */
  readonly problem: string;
  /** 1–10; chooses which problems are scored, not part of the score itself. */
  readonly importance: number;
  /** 1–10. */
  readonly performance: number;
  /** 1–10. */
  readonly satisfaction: number;
}

export interface CopmScores {
  /** Mean performance rating, 1–10, 2 dp. */
  readonly performance: number;
  /** Mean satisfaction rating, 1–10, 2 dp. */
  readonly satisfaction: number;
}

export interface CopmChange {
  /** Later − initial performance score, 2 dp. */
  readonly performance: number;
  /** Later − initial satisfaction score, 2 dp. */
  readonly satisfaction: number;
  /** |performance change| ≥ 2. */
  readonly performanceImportant: boolean;
  /** |satisfaction change| ≥ 2. */
  readonly satisfactionImportant: boolean;
}

/** The minimum clinically important change (thecopm.ca: "two or more points"). */
export const COPM_IMPORTANT_CHANGE = 2;

/**
 * COPM performance and satisfaction scores of 1–5 problems. Throws InstrumentInputError on
 * 'problems' (none, or more than five) or 'problems.N.importance|performance|satisfaction'
 * (not a whole number 1–10).
 */
export function scoreCopm(problems: readonly CopmProblemRating[]): CopmScores {
  if (!isList(problems) || problems.length < 1 || problems.length > 5) {
    throw new InstrumentInputError('problems', {
      en: 'The COPM scores one to five problems',
      cy: 'Mae’r COPM yn sgorio rhwng un a phum problem',
    });
  }
  let performance = 0;
  let satisfaction = 0;
  problems.forEach((problem, i) => {
    const rating = (field: keyof CopmProblemRating) =>
      requireInteger(problem[field], `problems.${i}.${field}`, 1, 10, {
        en: 'Rate from 1 to 10',
        cy: 'Rhowch sgôr o 1 i 10',
      });
    rating('importance');
    performance += rating('performance');
    satisfaction += rating('satisfaction');
  });
  return {
    performance: roundTo(performance / problems.length, 2),
    satisfaction: roundTo(satisfaction / problems.length, 2),
  };
}

function isRatings(
  value: CopmScores | readonly CopmProblemRating[],
): value is readonly CopmProblemRating[] {
  return isList(value);
}

function scoresOf(value: CopmScores | readonly CopmProblemRating[]): CopmScores {
  return isRatings(value) ? scoreCopm(value) : value;
}

/**
 * Change between two COPM assessments, from their scores or their problem ratings. The
 * importance flags use the 2-dp scores (see the rounding rule above).
 */
export function copmChange(
  initial: CopmScores | readonly CopmProblemRating[],
  later: CopmScores | readonly CopmProblemRating[],
): CopmChange {
  const before = scoresOf(initial);
  const after = scoresOf(later);
  const performance = roundTo(after.performance - before.performance, 2);
  const satisfaction = roundTo(after.satisfaction - before.satisfaction, 2);
  return {
    performance,
    satisfaction,
    performanceImportant: Math.abs(performance) >= COPM_IMPORTANT_CHANGE,
    satisfactionImportant: Math.abs(satisfaction) >= COPM_IMPORTANT_CHANGE,
  };
}
