// The order of the questions, which depend on earlier answers, and where Back and Continue go.
import type { DraftAnswers } from './draft.js';

export const STEP_IDS = [
  'who',
  'about-you',
  'name',
  'date-of-birth',
  'nhs-number',
  'postcode',
  'practice',
  'contact',
  'red-flags',
  'urgent-advice',
  'areas',
  'falls',
  'work',
  'difficulties',
  'since',
  'impact',
  'goals',
  'access',
  'check-answers',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

export const START_PATH = '/refer';
export const CONFIRMATION_PATH = '/refer/confirmation';

export function pathOf(step: StepId): string {
  return `${START_PATH}/${step}`;
}

/** The questions this person is asked, in order (not the advice page or check your answers). */
export function questionSteps(answers: DraftAnswers): StepId[] {
  return STEP_IDS.filter((step) => {
    switch (step) {
      case 'about-you':
        return answers.for === 'someone_else';
      case 'falls':
        return answers.areas.includes('falls_mobility');
      case 'work':
        return answers.areas.includes('work');
      case 'urgent-advice':
      case 'check-answers':
        return false;
      case 'who':
      case 'name':
      case 'date-of-birth':
      case 'nhs-number':
      case 'postcode':
      case 'practice':
      case 'contact':
      case 'red-flags':
      case 'areas':
      case 'difficulties':
      case 'since':
      case 'impact':
      case 'goals':
      case 'access':
        return true;
    }
  });
}

/** The page after `step` in the normal flow. */
export function nextStep(step: StepId, answers: DraftAnswers): StepId {
  if (step === 'red-flags' && answers.redFlags.length > 0) return 'urgent-advice';
  if (step === 'urgent-advice') return 'areas';
  const steps = questionSteps(answers);
  const index = steps.indexOf(step);
  return (index >= 0 ? steps[index + 1] : undefined) ?? 'check-answers';
}

/** The page before `step`; null for the first question (Back goes to the start page). */
export function previousStep(step: StepId, answers: DraftAnswers): StepId | null {
  if (step === 'urgent-advice') return 'red-flags';
  if (step === 'areas' && answers.redFlags.length > 0) return 'urgent-advice';
  const steps = questionSteps(answers);
  if (step === 'check-answers') return steps[steps.length - 1] ?? null;
  const index = steps.indexOf(step);
  return index > 0 ? (steps[index - 1] ?? null) : null;
}
