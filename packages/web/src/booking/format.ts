// Dates and times as the booking pages show them: in words, in UK time, in the page's language.
// Welsh is written out by welsh-dates.ts (browsers' Intl often lacks it).
import { londonDateOf } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { welshDay } from './welsh-dates.js';

const ZONE = 'Europe/London';

export type Locale = 'en-GB' | 'cy-GB';

export function localeOf(language: string | undefined): Locale {
  return language === 'cy' ? 'cy-GB' : 'en-GB';
}

/** The locale of the language the page is shown in (follows the language switch). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return localeOf(i18n.resolvedLanguage);
}

/** An instant's time of day in UK time, on the 24-hour clock: "09:00". */
export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: ZONE }).format(
    new Date(iso),
  );
}

/** A calendar date (no time zone applies): "Tuesday, 3 November 2026" or "3 November 2026". */
export function formatDay(date: string, locale: Locale, style: 'full' | 'long' = 'full'): string {
  if (locale === 'cy-GB') return welshDay(date, style) ?? date;
  const instant = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(instant.getTime())) return date;
  return new Intl.DateTimeFormat('en-GB', { dateStyle: style, timeZone: 'UTC' }).format(instant);
}

/** An instant as a date in UK time: "3 November 2026". */
export function formatDate(iso: string, locale: Locale): string {
  return formatDay(londonDateOf(iso), locale, 'long');
}

/** An instant as a day and time: "Tuesday, 3 November 2026 at 09:00" ("… am 09:00"). */
export function formatAppointment(iso: string, locale: Locale): string {
  const day = formatDay(londonDateOf(iso), locale, 'full');
  const time = formatTime(iso);
  return locale === 'cy-GB' ? `${day} am ${time}` : `${day} at ${time}`;
}
