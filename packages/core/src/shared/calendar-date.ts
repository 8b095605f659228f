/**
 * Calendar dates ('YYYY-MM-DD') and wall-clock times ('HH:MM') as plain strings, with the little
 * arithmetic booking needs. A calendar date has no time zone, so this is day counting on the
 * proleptic Gregorian calendar (done in UTC, where every day has 24 hours); anything that turns a
 * date and time into an instant lives in london-time.ts.
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type CalendarDate = string;
/** A wall-clock time of day, 'HH:MM' (00:00–23:59). */
export type ClockTime = string;
/** An instant, as an ISO 8601 string; the ones this module produces are UTC ('…Z'). */
export type Instant = string;
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DAY_MS = 86_400_000;
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_SHAPE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Milliseconds since the epoch of midnight UTC on `date`, or NaN when it is not a real date. */
export function calendarDateToUtcMs(date: string): number {
  const known = parsedDates.get(date);
  if (known !== undefined) return known;
  const ms = parseCalendarDate(date);
  // A bounded memo: the dates a service counts by are few and repeat (the evidence dashboard
  // converts the same few hundred dates hundreds of thousands of times).
  if (parsedDates.size >= PARSED_DATES_LIMIT) parsedDates.clear();
  parsedDates.set(date, ms);
  return ms;
}

const PARSED_DATES_LIMIT = 20_000;
const parsedDates = new Map<string, number>();

function parseCalendarDate(date: string): number {
  const match = DATE_SHAPE.exec(date);
  if (match === null) return Number.NaN;
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear keeps the year as written.
  const fixed = new Date(ms);
  fixed.setUTCFullYear(Number(y));
  const back = fixed.getTime();
  return utcMsToCalendarDate(back) === date ? back : Number.NaN;
}

/** The calendar date (UTC) of an epoch-millisecond value. */
export function utcMsToCalendarDate(ms: number): CalendarDate {
  // Midnights (what day arithmetic produces) are memoised like the parsed dates above.
  const midnight = ms % DAY_MS === 0;
  const known = midnight ? formattedMidnights.get(ms) : undefined;
  if (known !== undefined) return known;
  // A conversion of an instant already shifted to the wall clock, not a reading of "today".
  // eslint-disable-next-line no-restricted-syntax
  const date = new Date(ms).toISOString().slice(0, 10);
  if (midnight) {
    if (formattedMidnights.size >= PARSED_DATES_LIMIT) formattedMidnights.clear();
    formattedMidnights.set(ms, date);
  }
  return date;
}

const formattedMidnights = new Map<number, CalendarDate>();

/** True for a real calendar date written 'YYYY-MM-DD' (so '2026-02-30' is false). */
export function isCalendarDate(value: string): boolean {
  return !Number.isNaN(calendarDateToUtcMs(value));
}

/** True for a wall-clock time written 'HH:MM', 00:00 to 23:59. */
export function isClockTime(value: string): boolean {
  return TIME_SHAPE.test(value);
}

/** Minutes after midnight of an 'HH:MM' time (NaN when malformed). */
export function minutesOfDay(time: ClockTime): number {
  const match = TIME_SHAPE.exec(time);
  if (match === null) return Number.NaN;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 'HH:MM' for a number of minutes after midnight (0–1439). */
export function clockTimeFromMinutes(minutes: number): ClockTime {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The date `days` after `date` (negative for before). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return utcMsToCalendarDate(calendarDateToUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((calendarDateToUtcMs(to) - calendarDateToUtcMs(from)) / DAY_MS);
}

/** The ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: CalendarDate): IsoWeekday {
  const day = new Date(calendarDateToUtcMs(date)).getUTCDay();
  return (day === 0 ? 7 : day) as IsoWeekday;
}
