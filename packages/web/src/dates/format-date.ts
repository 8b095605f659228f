// Every date and time the web app shows, in English or Welsh, in UK time: one module on date-fns
// and its Welsh locale (ADR 0011). Calendar dates (YYYY-MM-DD) are days, not instants, and are
// never shifted by a time zone; instants are shown as the Europe/London wall clock.
import { TZDate } from '@date-fns/tz';
import { isCalendarDate } from '@everyday/core';
import { format, type Locale as DateFnsLocale } from 'date-fns';
import { cy } from 'date-fns/locale/cy';
import { enGB } from 'date-fns/locale/en-GB';

const ZONE = 'Europe/London';

/** The languages the app is shown in, as BCP 47 tags. */
export type Locale = 'en-GB' | 'cy-GB';

function dateFnsLocale(locale: string): DateFnsLocale {
  return locale === 'cy-GB' ? cy : enGB;
}

/** date-fns writes Welsh weekdays lower case ("dydd Iau"), as mid-sentence; ours start a phrase. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function calendarDay(date: string): TZDate | null {
  if (!isCalendarDate(date)) return null;
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  return new TZDate(year, month - 1, day, 12, ZONE);
}

function londonInstant(iso: string): TZDate {
  return new TZDate(Date.parse(iso), ZONE);
}

const DAY_PATTERN = {
  full: 'EEEE, d MMMM yyyy',
  long: 'd MMMM yyyy',
  short: 'd MMM',
} as const;

/**
 * A calendar date in words: "Tuesday, 3 November 2026" / "Dydd Mawrth, 3 Tachwedd 2026" (full)
 * or "3 November 2026" / "3 Tachwedd 2026" (long); null when it is not a real date.
 */
export function formatCalendarDay(
  date: string,
  locale: Locale,
  style: 'full' | 'long' = 'full',
): string | null {
  const day = calendarDay(date);
  if (day === null) return null;
  return capitalise(format(day, DAY_PATTERN[style], { locale: dateFnsLocale(locale) }));
}

/** A calendar date as a chart's axis shows it: "3 Nov" / "3 Tach"; the text unchanged when not a date. */
export function formatShortDay(date: string, locale: Locale): string {
  const day = calendarDay(date);
  return day === null ? date : format(day, DAY_PATTERN.short, { locale: dateFnsLocale(locale) });
}

/** A calendar date in words, or the text unchanged when it is not a date. */
export function formatDay(date: string, locale: Locale, style: 'full' | 'long' = 'full'): string {
  return formatCalendarDay(date, locale, style) ?? date;
}

/** An instant's time of day in UK time, on the 24-hour clock: "09:00". */
export function formatTime(iso: string): string {
  return format(londonInstant(iso), 'HH:mm');
}

/** An instant as its date in UK time: "3 November 2026" / "3 Tachwedd 2026". */
export function formatDate(iso: string, locale: Locale): string {
  return format(londonInstant(iso), DAY_PATTERN.long, { locale: dateFnsLocale(locale) });
}

/** An instant as a day and time in UK time: "Tuesday, 3 November 2026 at 09:00" ("… am 09:00"). */
export function formatAppointment(iso: string, locale: Locale): string {
  const instant = londonInstant(iso);
  const day = capitalise(format(instant, DAY_PATTERN.full, { locale: dateFnsLocale(locale) }));
  const time = format(instant, 'HH:mm');
  return locale === 'cy-GB' ? `${day} am ${time}` : `${day} at ${time}`;
}

/** An instant to the second in UK time, for logs: "3 November 2026, 09:00:05" / "3 Tachwedd 2026, 09:00:05". */
export function formatTimestamp(iso: string, locale: Locale): string {
  return format(londonInstant(iso), `${DAY_PATTERN.long}, HH:mm:ss`, {
    locale: dateFnsLocale(locale),
  });
}

/** The name of an ISO weekday (1 = Monday … 7 = Sunday): "Monday" / "Dydd Llun". */
export function weekdayName(weekday: number, locale: string): string {
  const isoWeekday = (((weekday - 1) % 7) + 7) % 7; // 0 = Monday
  // 2 November 2026 was a Monday.
  const day = new TZDate(2026, 10, 2 + isoWeekday, 12, ZONE);
  return capitalise(format(day, 'EEEE', { locale: dateFnsLocale(locale) }));
}
