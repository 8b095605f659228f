import type { TFunction } from 'i18next';
import type { FormErrors } from '../../form-errors.js';

/** What each part of a care-plan form is given: the values, a way to change them, the errors. */
export interface SectionProps<V> {
  values: V;
  onChange: (patch: Partial<V>) => void;
  /** Message by each field, keyed by its path (`escalation.to`). */
  errors: FormErrors['fields'];
}

/** The yes/no questions; Welsh answers with the question's own verb (Oes / Nac oes, Ydyn / Nac ydyn). */
export type YesNoQuestion = 'intent' | 'accessToMeans' | 'previousAttempts' | 'reviewRequired';

/** Yes and No for a question, as radios. */
export function yesNoItems(t: TFunction, question: YesNoQuestion) {
  return [
    { value: 'yes', label: t(`recordPlan.answers.${question}.yes`) },
    { value: 'no', label: t(`recordPlan.answers.${question}.no`) },
  ];
}
