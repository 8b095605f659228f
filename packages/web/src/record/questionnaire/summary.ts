// The error summary's lines for problems with answers: each linking to its item on this page, or
// (from check your answers) to the questionnaire's page, where the problem shows beside the item.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorSummaryItem } from '../../form-errors.js';
import { useLanguage } from './language.js';
import type { Problem } from './problems.js';
import { fieldId, summaryEntries } from './problems.js';
import { stepPath } from './steps.js';

/**
 * Summary items, the same array while the problems and language are (the summary takes focus
 * whenever its items change).
 * @param general lines about the whole form, first
 * @param pagesOf null: link to the item on this page; a token: to its page of that link
 */
export function useSummaryItems(
  problems: readonly Problem[],
  general: readonly string[],
  pagesOf: string | null,
): ErrorSummaryItem[] {
  const { t } = useTranslation();
  const language = useLanguage();
  return useMemo(
    () => [
      ...general.map((text) => ({ text })),
      ...summaryEntries(problems, language).map(({ problem, message, question }) => {
        const text = question
          ? t('questionnaire.errors.forQuestion', { message, question })
          : message;
        return pagesOf === null
          ? { text, href: `#${fieldId(problem)}` }
          : { text, to: stepPath(pagesOf, problem.kind, true) };
      }),
    ],
    [problems, general, pagesOf, language, t],
  );
}
