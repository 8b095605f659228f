// Words for problems and the page title, from referral.*.json, in the current language.
import type { Asker } from '@everyday/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { codeMessage, type ErrorSummaryItem } from '../form-errors.js';
import type { Problem } from './draft.js';

/**
 * Our message for a problem, then a generic one for its code, then the server's own words. For
 * someone asking for themselves, "your" wording first (`referral.errorsSelf`, issue 16 item 3).
 */
export function problemText(t: TFunction, problem: Problem, asker: Asker = ''): string {
  const byField =
    asker === 'self' ? ['referral.errorsSelf', 'referral.errors'] : ['referral.errors'];
  return codeMessage(
    t,
    { byField, byCode: ['referral.errors.generic'] },
    problem.field,
    problem.code,
    problem.message ?? t('referral.errors.generic.invalid_value'),
  );
}

/** The element an error summary link goes to: the first wrong box of a date, else the field. */
export function problemTarget(problem: Problem): string {
  if (problem.field === 'date-of-birth') return `dob-${problem.parts?.[0] ?? 'day'}`;
  return problem.field;
}

export function summaryItems(
  t: TFunction,
  problems: readonly Problem[],
  asker: Asker = '',
): ErrorSummaryItem[] {
  return problems.map((problem) => ({
    text: problemText(t, problem, asker),
    href: `#${problemTarget(problem)}`,
  }));
}

/** "Question – Ask for help – Everyday", with "Error: " first while the page shows errors. */
export function useReferralTitle(page: string, hasErrors: boolean): void {
  const { t } = useTranslation();
  useDocumentTitle(
    hasErrors ? t('referral.errorPageTitle', { page }) : t('referral.pageTitle', { page }),
  );
}
