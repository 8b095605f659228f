// The page's language and title. A link opens in the language it was sent in, once: after that,
// the language switch is the person's own choice and a refresh keeps it.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../hooks/use-document-title.js';
import type { Language } from '../../i18n.js';
import { changeLanguage, currentLanguage } from '../../i18n.js';
import type { QuestionnaireLink } from './link.js';
import { getDraft, updateDraft } from './store.js';

/** The language the page is shown in (follows the language switch). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'cy' ? 'cy' : 'en';
}

/**
 * True when the page was opened at an address with ?lang= (the person chose a language). The app
 * takes ?lang= off the address as it starts, so the address is read from the navigation entry.
 */
function openedWithLanguageChoice(): boolean {
  try {
    const [entry] = performance.getEntriesByType('navigation');
    return entry !== undefined && new URL(entry.name).searchParams.has('lang');
  } catch {
    return false;
  }
}

/** Switches to the link's language the first time it is opened in this tab. */
export function useLinkLanguage(token: string, link: QuestionnaireLink | null): void {
  useEffect(() => {
    if (link === null || getDraft(token).languageSet) return;
    const apply = async (): Promise<void> => {
      if (!openedWithLanguageChoice() && link.language !== currentLanguage())
        await changeLanguage(link.language);
      updateDraft(token, (draft) => ({ ...draft, languageSet: true }));
    };
    void apply();
  }, [token, link]);
}

/** "Page – Your questionnaires – Everyday", with "Error: " first while the page shows errors. */
export function useQuestionnaireTitle(page: string, hasErrors: boolean): void {
  const { t } = useTranslation();
  useDocumentTitle(
    t(hasErrors ? 'questionnaire.errorPageTitle' : 'questionnaire.pageTitle', { page }),
  );
}
