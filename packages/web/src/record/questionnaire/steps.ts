// The pages of a questionnaire link, in order: a start page, one page per questionnaire (in the
// order the link gives), check your answers, then thank you. The page is `?step=` on the link's
// own address, so the browser's Back, a refresh and the language switch all keep the place.
import type { QuestionnaireKind } from '@everyday/core';
import { QUESTIONNAIRE_KINDS } from '@everyday/core';

export type StepId = 'start' | QuestionnaireKind | 'check' | 'done';

export function isQuestionnaireKind(value: unknown): value is QuestionnaireKind {
  return typeof value === 'string' && (QUESTIONNAIRE_KINDS as readonly string[]).includes(value);
}

/** The page asked for; anything unknown (or a questionnaire not in this link) is the start page. */
export function parseStep(value: string | null, kinds: readonly QuestionnaireKind[]): StepId {
  if (value === 'check' || value === 'done') return value;
  return isQuestionnaireKind(value) && kinds.includes(value) ? value : 'start';
}

/** `/questionnaire/<token>?step=phq9`; `change` returns to check your answers after Continue. */
export function stepPath(token: string, step: StepId, change = false): string {
  const base = `/questionnaire/${encodeURIComponent(token)}`;
  if (step === 'start') return base;
  return `${base}?step=${step}${change ? '&change=1' : ''}`;
}

/** The page after `step`: the first questionnaire, the next one, check your answers, thank you. */
export function nextStep(kinds: readonly QuestionnaireKind[], step: StepId): StepId {
  switch (step) {
    case 'start':
      return kinds[0] ?? 'check';
    case 'check':
    case 'done':
      return 'done';
    case 'eq5d5l':
    case 'phq9':
    case 'gad7':
    case 'work_ability':
    case 'prem':
      return kinds[kinds.indexOf(step) + 1] ?? 'check';
  }
}

/** Where Back goes from `step`. */
export function previousStep(kinds: readonly QuestionnaireKind[], step: StepId): StepId {
  switch (step) {
    case 'start':
      return 'start';
    case 'check':
    case 'done':
      return kinds.at(-1) ?? 'start';
    case 'eq5d5l':
    case 'phq9':
    case 'gad7':
    case 'work_ability':
    case 'prem': {
      const index = kinds.indexOf(step);
      return index > 0 ? (kinds[index - 1] ?? 'start') : 'start';
    }
  }
}

/** Where Continue goes: the next page, or straight back to check your answers after a change. */
export function continueStep(
  kinds: readonly QuestionnaireKind[],
  step: QuestionnaireKind,
  changing: boolean,
): StepId {
  return changing ? 'check' : nextStep(kinds, step);
}

/** "Questionnaire 2 of 5". */
export function stepNumber(
  kinds: readonly QuestionnaireKind[],
  kind: QuestionnaireKind,
): { number: number; total: number } {
  return { number: kinds.indexOf(kind) + 1, total: kinds.length };
}

/** Roughly how long each takes to fill in, in minutes, to tell the person before they start. */
const MINUTES: Readonly<Record<QuestionnaireKind, number>> = {
  eq5d5l: 2,
  phq9: 3,
  gad7: 2,
  work_ability: 1,
  prem: 2,
};

export function estimatedMinutes(kinds: readonly QuestionnaireKind[]): number {
  return Math.max(
    1,
    kinds.reduce((total, kind) => total + MINUTES[kind], 0),
  );
}
