// A review of a goal: the date, its score on the goal's own measure (a GAS level −2 to +2, or
// COPM performance and satisfaction 1–10), a note, and where the goal now stands. It is saved as
// a new version of the goal, the review added to those before it.
import type { GasScore, GoalData, GoalReview, GoalStatus } from '@everyday/core';
import type { FieldError } from '../../../api-types.js';
import type { DateParts } from '../../../booking/dates.js';
import { isoToDateParts } from '../../../booking/dates.js';
import type { Checked } from '../form-values.js';
import { checked, readDate, readWhole, text } from '../form-values.js';
import { problem } from '../plan-errors.js';

export interface ReviewValues {
  on: DateParts;
  gasScore: '' | '-2' | '-1' | '0' | '1' | '2';
  performance: string;
  satisfaction: string;
  note: string;
  status: GoalStatus;
}

export const GAS_SCORES: readonly GasScore[] = [-2, -1, 0, 1, 2];

const GAS_SCORE_VALUES = ['-2', '-1', '0', '1', '2'] as const;

/** A radio's value as a GAS score choice ('' when it is not one). */
export function asGasScoreValue(value: string): ReviewValues['gasScore'] {
  return GAS_SCORE_VALUES.find((v) => v === value) ?? '';
}

export function newReviewValues(today: string, goal: GoalData): ReviewValues {
  return {
    on: isoToDateParts(today),
    gasScore: '',
    performance: '',
    satisfaction: '',
    note: '',
    status: goal.status,
  };
}

function gasScoreOf(value: ReviewValues['gasScore']): GasScore | null {
  return GAS_SCORES.find((score) => String(score) === value) ?? null;
}

export interface CheckedReview {
  review: GoalReview;
  status: GoalStatus;
}

/** The review to add, or what is wrong with it; the score asked for is the goal's measure. */
export function checkReview(values: ReviewValues, goal: GoalData): Checked<CheckedReview> {
  const problems: FieldError[] = [];
  const on = readDate(values.on, 'on', problems) ?? '';
  let gasScore: GasScore | null = null;
  let performance: number | null = null;
  let satisfaction: number | null = null;
  switch (goal.measure) {
    case 'gas':
      gasScore = gasScoreOf(values.gasScore);
      if (gasScore === null) problems.push(problem('gasScore', 'required'));
      break;
    case 'copm':
      performance = readWhole(values.performance, 1, 10, 'performance', problems);
      satisfaction = readWhole(values.satisfaction, 1, 10, 'satisfaction', problems);
      break;
  }
  return checked(
    {
      review: { on, gasScore, performance, satisfaction, note: text(values.note) },
      status: values.status,
    },
    problems,
  );
}

/** The goal with the review added (after any before it) and its new status. */
export function reviewedGoal(goal: GoalData, added: CheckedReview): GoalData {
  return { ...goal, reviews: [...goal.reviews, added.review], status: added.status };
}

/**
 * The server paths of a review problem as the form names them: the review is sent as
 * `data.reviews.<n>.<field>` and the status as `data.status`.
 */
export function reviewFieldPath(path: string): string {
  return path.replace(/^(data\.)?reviews\.\d+\./, '').replace(/^data\./, '');
}
