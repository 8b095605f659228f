// The order of the questions, which depend on earlier answers, and where Back and Continue go.
// Red flags first (issue 9): the emergency question comes straight after "who needs help", and a
// yes brings the advice on the very next page. Then only what is needed to reach the person today
// (name, phone, practice) is asked, the request is saved, and the rest follows.
import { fallsQuestionApplies } from '@everyday/core';
import type { DraftAnswers } from './draft.js';

export const STEP_IDS = [
  'who',
  'red-flags',
  'urgent-advice',
  'about-you',
  'name',
  'date-of-birth',
  'nhs-number',
  'postcode',
  'practice',
  'contact',
  'areas',
  'falls',
  'work',
  'difficulties',
  'since',
  'impact',
  'goals',
  'access',
  'equality',
  'check-answers',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** After a ticked red flag: what reaches the person today first, then the rest. */
const URGENT_ORDER: readonly StepId[] = [
  'who',
  'red-flags',
  'urgent-advice',
  'about-you',
  'name',
  'contact',
  'practice',
  'date-of-birth',
  'nhs-number',
  'postcode',
  'areas',
  'falls',
  'work',
  'difficulties',
  'since',
  'impact',
  'goals',
  'access',
  'equality',
  'check-answers',
];

/** The pages typed in one's own words, whose text the safety screen reads on Continue. */
export const FREE_TEXT_STEPS: readonly StepId[] = ['difficulties', 'goals', 'access'];

/** The page the advice was reached from, and where "tell us more" goes on to. */
export interface AdviceRoute {
  from: StepId;
  then: StepId;
}

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

export const START_PATH = '/refer';
export const CONFIRMATION_PATH = '/refer/confirmation';

export function pathOf(step: StepId): string {
  return `${START_PATH}/${step}`;
}

/** True when a red flag is ticked (not "None of these"). */
export function redFlagsTicked(answers: DraftAnswers): boolean {
  return answers.redFlags.length > 0 && !answers.noRedFlags;
}

/** What the urgent save needs, in the order asked: who is asking (for someone else), name, phone, practice. */
export function urgentDetailSteps(answers: DraftAnswers): StepId[] {
  return answers.for === 'someone_else'
    ? ['about-you', 'name', 'contact', 'practice']
    : ['name', 'contact', 'practice'];
}

/** The questions this person is asked, in order (not the advice page or check your answers). */
export function questionSteps(answers: DraftAnswers): StepId[] {
  const order = redFlagsTicked(answers) ? URGENT_ORDER : STEP_IDS;
  return order.filter((step) => {
    switch (step) {
      case 'about-you':
        return answers.for === 'someone_else';
      case 'falls':
        return fallsQuestionApplies(answers.areas);
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
      case 'equality':
        return true;
    }
  });
}

function after(step: StepId, answers: DraftAnswers): StepId {
  const steps = questionSteps(answers);
  const index = steps.indexOf(step);
  return (index >= 0 ? steps[index + 1] : undefined) ?? 'check-answers';
}

/**
 * The page after `step` in the flow. `advice` is where the advice page was reached from (a red
 * flag, or free text the screen matched), so "tell us more" goes on from there.
 */
export function nextStep(
  step: StepId,
  answers: DraftAnswers,
  advice: AdviceRoute | null = null,
): StepId {
  const ticked = redFlagsTicked(answers);
  if (step === 'red-flags' && ticked) return 'urgent-advice';
  if (step === 'urgent-advice') {
    if (advice && advice.from !== 'red-flags') return advice.then;
    return ticked ? after('practice', answers) : after('red-flags', answers);
  }
  // The last of the urgent details: back to the advice page, which saves the request.
  if (ticked && step === 'practice') return 'urgent-advice';
  return after(step, answers);
}

/** The page before `step`; null for the first question (Back goes to the start page). */
export function previousStep(
  step: StepId,
  answers: DraftAnswers,
  advice: AdviceRoute | null = null,
): StepId | null {
  const ticked = redFlagsTicked(answers);
  if (step === 'urgent-advice') return advice?.from ?? 'red-flags';
  if (advice && advice.from !== 'red-flags' && step === advice.then) return 'urgent-advice';
  if (ticked && (step === urgentDetailSteps(answers)[0] || step === after('practice', answers)))
    return 'urgent-advice';
  const steps = questionSteps(answers);
  if (step === 'check-answers') return steps[steps.length - 1] ?? null;
  const index = steps.indexOf(step);
  return index > 0 ? (steps[index - 1] ?? null) : null;
}
