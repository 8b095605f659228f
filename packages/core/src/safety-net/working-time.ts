/**
 * Working time: minutes counted only while the service is open (08:00–18:30 Europe/London,
 * Monday to Friday, not on the nation's bank holidays; `opening-hours.ts`). A crisis or
 * safeguarding request must be acknowledged within a number of WORKING minutes of arriving
 * (docs/api/safety-net-contract.md, "Crisis follow-through"; issue 9, item 5: "default 60 minutes
 * during opening hours"), so one that arrives on Friday evening is due on Monday morning, not at
 * 19:00 on Friday when no one is there to act.
 *
 * Each working day's opening and closing are resolved as London wall-clock times, so the clock
 * changes (last Sundays of March and October, never working days) cost nothing special: a
 * working day always has 630 minutes.
 *
 * Pure: every instant comes from the caller (the server's injected clock).
 */
import type { Nation } from '../shared/bank-holidays.js';
import { addCalendarDays, type CalendarDate, type Instant } from '../shared/calendar-date.js';
import { londonWallClockToInstantMs, toLondonWallClock } from '../shared/london-time.js';
import { isWorkingDay, nextOpeningMs, OPENING_HOURS } from './opening-hours.js';

const MINUTE_MS = 60_000;
/** Working days are searched at most this far ahead (the longest closed run is four days). */
const SEARCH_DAYS = 31;

function toMs(instant: Instant | number): number {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${String(instant)}`);
  return ms;
}

/** The instants (epoch ms) a London date's opening hours begin and end. */
function openingOn(date: CalendarDate): { opensMs: number; closesMs: number } {
  return {
    opensMs: londonWallClockToInstantMs(date, OPENING_HOURS.opens),
    closesMs: londonWallClockToInstantMs(date, OPENING_HOURS.closes),
  };
}

/**
 * The instant `minutes` working minutes after `start`. Time before opening, after closing, at
 * weekends and on bank holidays does not count. A deadline that lands exactly on closing time is
 * that closing time (17:30 + 60 minutes is 18:30 the same day, not 08:00 the next).
 *
 * Examples (worked by hand in working-time.test.ts): Friday 18:00 + 60 → Monday 08:30 (Tuesday
 * when Monday is a bank holiday); any time on Saturday + 60 → Monday 09:00.
 */
export function addWorkingMinutes(
  start: Instant | number,
  minutes: number,
  nation: Nation,
): number {
  if (!Number.isInteger(minutes) || minutes < 0) {
    throw new RangeError(`Working minutes must be a whole number, 0 or more: ${minutes}`);
  }
  let cursor = nextOpeningMs(toMs(start), nation);
  let remainingMs = minutes * MINUTE_MS;
  for (let i = 0; i <= SEARCH_DAYS * 24; i += 1) {
    const { closesMs } = openingOn(toLondonWallClock(cursor).date);
    const leftToday = closesMs - cursor;
    if (remainingMs <= leftToday) return cursor + remainingMs;
    remainingMs -= leftToday;
    cursor = nextOpeningMs(closesMs, nation);
  }
  throw new RangeError(`Too many working minutes to count: ${minutes}`);
}

/**
 * Whole working minutes from `from` to `to` (0 when `to` is not after `from`): how long a crisis
 * request waited for acknowledgement in the time the service was open.
 */
export function workingMinutesBetween(
  from: Instant | number,
  to: Instant | number,
  nation: Nation,
): number {
  const fromMs = toMs(from);
  const toMsValue = toMs(to);
  if (toMsValue <= fromMs) return 0;
  const lastDate = toLondonWallClock(toMsValue).date;
  let date = toLondonWallClock(fromMs).date;
  let totalMs = 0;
  // One step per calendar day; a request acknowledged years later is still counted exactly.
  while (date <= lastDate) {
    if (isWorkingDay(date, nation)) {
      const { opensMs, closesMs } = openingOn(date);
      const start = Math.max(opensMs, fromMs);
      const end = Math.min(closesMs, toMsValue);
      if (end > start) totalMs += end - start;
    }
    date = addCalendarDays(date, 1);
  }
  return Math.floor(totalMs / MINUTE_MS);
}

/** Whole wall-clock minutes from `from` to `to` (0 when `to` is not after `from`). */
export function wallClockMinutesBetween(from: Instant | number, to: Instant | number): number {
  return Math.max(0, Math.floor((toMs(to) - toMs(from)) / MINUTE_MS));
}
