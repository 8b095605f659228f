// The date input pattern's checks: each of day, month and year given, a real date, in the past,
// and from 1900 on (the server checks the same: core contracts/request-answers.ts).
import { EARLIEST_DATE_OF_BIRTH } from '@everyday/core';

export type DatePart = 'day' | 'month' | 'year';

export type DateCheck = { ok: true; iso: string } | { ok: false; code: string; parts: DatePart[] };

const EARLIEST = EARLIEST_DATE_OF_BIRTH;

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

/** Today's date where the person is, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

/** Checks a date of birth typed as day, month and year. */
export function checkDateOfBirth(
  day: string,
  month: string,
  year: string,
  today: string,
): DateCheck {
  const given = { day: day.trim(), month: month.trim(), year: year.trim() };
  const missing = (['day', 'month', 'year'] as const).filter((part) => given[part] === '');
  if (missing.length === 3) return { ok: false, code: 'required', parts: ['day', 'month', 'year'] };
  if (missing.length > 0)
    return { ok: false, code: `missing_${missing.join('_')}`, parts: missing };
  const notNumbers = (['day', 'month', 'year'] as const).filter(
    (part) => !/^\d+$/.test(given[part]),
  );
  if (notNumbers.length > 0) return { ok: false, code: 'invalid_date', parts: notNumbers };
  if (given.year.length !== 4) return { ok: false, code: 'year_format', parts: ['year'] };
  const d = Number(given.day);
  const m = Number(given.month);
  const y = Number(given.year);
  if (m < 1 || m > 12) return { ok: false, code: 'invalid_date', parts: ['month'] };
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > daysInMonth) return { ok: false, code: 'invalid_date', parts: ['day'] };
  const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  if (iso > today) return { ok: false, code: 'date_in_future', parts: ['day', 'month', 'year'] };
  if (iso < EARLIEST) return { ok: false, code: 'date_too_early', parts: ['year'] };
  return { ok: true, iso };
}
