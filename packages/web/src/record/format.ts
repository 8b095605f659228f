// Dates, NHS numbers and scores as the record pages show them, in the page's language.
import { useTranslation } from 'react-i18next';
import { formatDay, localeOf } from '../booking/format.js';
import { formatDateTime, formatNhsNumber } from '../triage/localise.js';

export { formatNhsNumber };

export interface RecordFormat {
  /** A calendar date (`2026-11-03`) in words: "3 November 2026". */
  day: (date: string) => string;
  /** An instant, as a date and time in UK time. */
  dateTime: (iso: string) => string;
}

export function useRecordFormat(): RecordFormat {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return {
    day: (date) => formatDay(date, localeOf(language), 'long'),
    dateTime: (iso) => formatDateTime(iso, language),
  };
}

/** A change between two scores with its sign: "+2", "−0.125", "0". */
export function signedChange(change: number): string {
  if (change === 0) return '0';
  const magnitude = String(Math.abs(change));
  return change > 0 ? `+${magnitude}` : `−${magnitude}`;
}
