// What check your answers says when sending failed: answers to put right (on their pages), or
// why the request was not sent. The answers are kept either way.
import type { TFunction } from 'i18next';
import { ApiError } from '../api.js';
import { errorText } from '../form-errors.js';
import type { Problem } from './draft.js';
import { serverProblems } from './server-errors.js';
import { notSent } from './submit.js';

export interface SubmitErrors {
  /** Answers to put right, each linked to its page. */
  problems: Problem[];
  /** Messages about the request as a whole. */
  general: string[];
}

export const noSubmitErrors: SubmitErrors = { problems: [], general: [] };

export function submitErrors(t: TFunction, error: unknown): SubmitErrors {
  if (error instanceof ApiError && error.code === 'rate_limited') {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return { problems: [], general: [t('referral.submit.rateLimited', { count: minutes })] };
  }
  if (notSent(error) || !(error instanceof ApiError)) {
    return { problems: [], general: [t('referral.submit.notSent')] };
  }
  if (error.fields.length > 0) {
    const { problems, unplaced } = serverProblems(error.fields);
    return {
      problems,
      general: unplaced.length > 0 ? [t('referral.submit.notSentProblem')] : [],
    };
  }
  return { problems: [], general: [errorText(t, error)] };
}
