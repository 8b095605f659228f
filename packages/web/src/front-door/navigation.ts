// Where Continue and Back go, given the whole draft: the next page, or, when changing an answer
// from check your answers, back there — by way of any page the change made necessary (a new
// question, the urgent advice). While the urgent save still needs its details (name, phone,
// practice), those pages lead from one to the next and back to the advice page, which saves it.
import type { ReferralDraft } from './draft.js';
import type { StepId } from './steps.js';
import { nextStep, pathOf, previousStep, urgentDetailSteps } from './steps.js';
import { firstIncompleteStep, validateUrgentStep } from './validate.js';

export const CHANGE_QUERY = 'change=1';

export function changePath(step: StepId): string {
  return `${pathOf(step)}?${CHANGE_QUERY}`;
}

/** True while the advice is shown and the urgent save waits for its details. */
export function askingUrgentDetails(draft: ReferralDraft): boolean {
  return draft.advice !== null && draft.urgent === null;
}

/** The details the urgent save still needs, in order. */
export function missingUrgentDetails(draft: ReferralDraft, today: string): StepId[] {
  return urgentDetailSteps(draft.answers).filter(
    (step) => validateUrgentStep(step, draft.answers, today).length > 0,
  );
}

/** The page after `step` for this draft. */
export function journeyNext(step: StepId, draft: ReferralDraft, today: string): StepId {
  if (askingUrgentDetails(draft)) {
    const details = urgentDetailSteps(draft.answers);
    const missing = missingUrgentDetails(draft, today);
    if (step === 'urgent-advice' && missing[0]) return missing[0];
    if (details.includes(step)) {
      const later = details.slice(details.indexOf(step) + 1);
      return later.find((s) => missing.includes(s)) ?? 'urgent-advice';
    }
  }
  return nextStep(step, draft.answers, draft.advice);
}

/** The page before `step` for this draft; null for the first question. */
export function journeyPrevious(step: StepId, draft: ReferralDraft): StepId | null {
  if (askingUrgentDetails(draft)) {
    const details = urgentDetailSteps(draft.answers);
    const index = details.indexOf(step);
    if (index === 0) return 'urgent-advice';
    if (index > 0) return details[index - 1] ?? 'urgent-advice';
  }
  return previousStep(step, draft.answers, draft.advice);
}

export function continuePath(
  step: StepId,
  draft: ReferralDraft,
  changing: boolean,
  today: string,
): string {
  const next = journeyNext(step, draft, today);
  if (!changing) return pathOf(next);
  // Red flags always bring their advice, also when reported from check your answers; and the
  // urgent save's details are asked before going back.
  const urgentPage =
    next === 'urgent-advice' && (step === 'red-flags' || askingUrgentDetails(draft));
  if (urgentPage || (askingUrgentDetails(draft) && urgentDetailSteps(draft.answers).includes(next)))
    return changePath(next);
  const incomplete = firstIncompleteStep(draft.answers, today);
  return incomplete ? changePath(incomplete) : pathOf('check-answers');
}
