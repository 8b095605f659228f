// A new goal: in the person's own words, agreed with them, measured with COPM (importance,
// performance and satisfaction 1–10) or Goal Attainment Scaling (Turner-Stokes weights 0–3 for
// importance and difficulty, a baseline of −1 or −2, and what the expected outcome looks like).
import type { GoalData, GoalMeasure } from '@everyday/core';
import type { FieldError } from '../../../api-types.js';
import type { DateParts } from '../../../booking/dates.js';
import { isoToDateParts } from '../../../booking/dates.js';
import type { Checked } from '../form-values.js';
import { checked, readDate, readWhole, requiredText } from '../form-values.js';
import { problem } from '../plan-errors.js';

export interface GoalValues {
  wording: string;
  agreed: boolean;
  agreedOn: DateParts;
  measure: GoalMeasure | '';
  copmImportance: string;
  copmPerformance: string;
  copmSatisfaction: string;
  gasImportance: string;
  gasDifficulty: string;
  gasBaseline: '' | '-1' | '-2';
  gasExpected: string;
}

/** A new goal, agreed today unless the OT says otherwise. */
export function newGoalValues(today: string): GoalValues {
  return {
    wording: '',
    agreed: true,
    agreedOn: isoToDateParts(today),
    measure: '',
    copmImportance: '',
    copmPerformance: '',
    copmSatisfaction: '',
    gasImportance: '',
    gasDifficulty: '',
    gasBaseline: '',
    gasExpected: '',
  };
}

/** The goal to send (active, no reviews yet), or what is wrong with it. */
export function checkGoal(values: GoalValues): Checked<GoalData> {
  const problems: FieldError[] = [];
  const wording = requiredText(values.wording, 'wording', problems);
  const agreedOn = values.agreed ? readDate(values.agreedOn, 'agreedOn', problems) : null;
  if (values.measure === '') problems.push(problem('measure', 'required'));
  let copm: GoalData['copm'] = null;
  let gas: GoalData['gas'] = null;
  if (values.measure === 'copm') {
    const importance = readWhole(values.copmImportance, 1, 10, 'copm.importance', problems);
    const performance = readWhole(values.copmPerformance, 1, 10, 'copm.performance', problems);
    const satisfaction = readWhole(values.copmSatisfaction, 1, 10, 'copm.satisfaction', problems);
    if (importance !== null && performance !== null && satisfaction !== null)
      copm = { importance, performance, satisfaction };
  }
  if (values.measure === 'gas') {
    const importance = readWhole(values.gasImportance, 0, 3, 'gas.importance', problems);
    const difficulty = readWhole(values.gasDifficulty, 0, 3, 'gas.difficulty', problems);
    if (values.gasBaseline === '') problems.push(problem('gas.baseline', 'required'));
    const expected = requiredText(values.gasExpected, 'gas.expected', problems);
    if (importance !== null && difficulty !== null && values.gasBaseline !== '')
      gas = { importance, difficulty, baseline: values.gasBaseline === '-2' ? -2 : -1, expected };
  }
  return checked(
    {
      wording,
      agreed: values.agreed,
      agreedOn,
      measure: values.measure === '' ? 'copm' : values.measure,
      copm,
      gas,
      reviews: [],
      status: 'active',
    },
    problems,
  );
}
