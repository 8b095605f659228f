// Dates the clinic pages work with: today in the UK, day/month/year boxes to and from
// YYYY-MM-DD, weeks from Monday, and times typed as HH:MM.
import { addCalendarDays, isCalendarDate, isoWeekdayOf, londonDateOf } from '@everyday/core';

/** Day, month and year boxes as typed (the shape components/DateInput.tsx takes). */
export type DateParts = Record<'day' | 'month' | 'year', string>;

/** Today's date in the UK, YYYY-MM-DD. */
export function londonToday(now: Date = new Date()): string {
  return londonDateOf(now.getTime());
}

/** The Monday of the week a date is in. */
export function mondayOf(date: string): string {
  return addCalendarDays(date, 1 - isoWeekdayOf(date));
}

export type DateCheck =
  { ok: true; iso: string } | { ok: false; code: 'required' | 'invalid_date' };

/** Day, month and year boxes as YYYY-MM-DD, when they make a real date. */
export function datePartsToIso(parts: DateParts): DateCheck {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return { ok: false, code: 'required' };
  if (![day, month, year].every((part) => /^\d+$/.test(part)) || year.length !== 4)
    return { ok: false, code: 'invalid_date' };
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(iso) ? { ok: true, iso } : { ok: false, code: 'invalid_date' };
}

/** YYYY-MM-DD as day, month and year boxes (empty boxes for no date). */
export function isoToDateParts(iso: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}

/** A time as typed ("9:30", "09.30", "0930") written HH:MM, or null when it is not a time. */
export function normaliseTime(typed: string): string | null {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(typed.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** The name of an ISO weekday (1 = Monday) in a locale: the app's one formatter (ADR 0011). */
export { weekdayName } from '../dates/format-date.js';
