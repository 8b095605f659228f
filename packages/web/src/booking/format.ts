// Dates and times as the booking pages show them: in words, in UK time, in the page's language.
// The formatting itself is the app's one formatter (dates/format-date.ts, ADR 0011).
import { useTranslation } from 'react-i18next';
import type { Locale } from '../dates/format-date.js';

export {
  formatAppointment,
  formatDate,
  formatDay,
  formatTime,
  type Locale,
} from '../dates/format-date.js';

export function localeOf(language: string | undefined): Locale {
  return language === 'cy' ? 'cy-GB' : 'en-GB';
}

/** The locale of the language the page is shown in (follows the language switch). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return localeOf(i18n.resolvedLanguage);
}
