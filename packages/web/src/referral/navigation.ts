// Where Continue goes: the next page, or, when changing an answer from check your answers, back
// there — by way of any page the change made necessary (a new question, the urgent advice).
import type { DraftAnswers } from './draft.js';
import type { StepId } from './steps.js';
import { nextStep, pathOf } from './steps.js';
import { firstIncompleteStep } from './validate.js';

export const CHANGE_QUERY = 'change=1';

export function changePath(step: StepId): string {
  return `${pathOf(step)}?${CHANGE_QUERY}`;
}

export function continuePath(
  step: StepId,
  answers: DraftAnswers,
  changing: boolean,
  today: string,
): string {
  const next = nextStep(step, answers);
  if (!changing) return pathOf(next);
  // Red flags always bring their advice, also when reported from check your answers.
  if (next === 'urgent-advice') return changePath(next);
  const incomplete = firstIncompleteStep(answers, today);
  return incomplete ? changePath(incomplete) : pathOf('check-answers');
}
