/**
 * Wall-clock time in Europe/London, where every Everyday clinic runs (England and Wales).
 *
 * UTC offsets come from the IANA time-zone database through `@date-fns/tz` (which reads it from
 * the runtime's Intl data); nothing here encodes a daylight-saving rule. What this module adds is
 * an explicit answer for the two clock changes, which a Date constructor hides:
 * - last Sunday of March, 01:00 GMT → 02:00 BST: wall-clock times 01:00–01:59 do not exist
 *   (`skipped`);
 * - last Sunday of October, 02:00 BST → 01:00 GMT: wall-clock times 01:00–01:59 happen twice
 *   (`repeated`).
 * Slot generation refuses both (see slot-generation.ts), so the choice is made there, visibly.
 */
import { tzOffset } from '@date-fns/tz';
import {
  calendarDateToUtcMs,
  clockTimeFromMinutes,
  minutesOfDay,
  utcMsToCalendarDate,
  type CalendarDate,
  type ClockTime,
  type Instant,
} from './calendar-date.js';

/** The service's time zone: clinics are Europe/London wall-clock times. */
export const SERVICE_TIME_ZONE = 'Europe/London';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** Where a wall-clock time lands: one instant, none (spring gap) or two (autumn repeat). */
export type WallClockResolution =
  | { readonly kind: 'unique'; readonly instantMs: number }
  | {
      readonly kind: 'skipped';
      /** The time read with the offsets before and after the change: both fall in the gap. */
      readonly earlierReadingMs: number;
      readonly laterReadingMs: number;
    }
  | { readonly kind: 'repeated'; readonly earlierMs: number; readonly laterMs: number };

/** A moment as read on a clock in London. */
export interface LondonWallClock {
  readonly date: CalendarDate;
  readonly time: ClockTime;
  /** Minutes ahead of UTC: 0 in GMT, 60 in BST. */
  readonly offsetMinutes: number;
}

/** The UTC offset in London at an instant, in minutes. */
export function londonOffsetMinutes(instantMs: number): number {
  const offset = tzOffset(SERVICE_TIME_ZONE, new Date(instantMs));
  if (!Number.isFinite(offset)) {
    // Only when the runtime has no time-zone data (Node built without ICU): fail loudly rather
    // than book clinics an hour out.
    throw new Error('Time-zone data for Europe/London is not available in this runtime.');
  }
  return offset;
}

/**
 * One London calendar date, prepared for resolving many times on it: the UTC offsets either side
 * of it. On all but two days a year they agree and every wall-clock time on that date has one
 * instant. London's clock changes are months apart, so looking from 12 hours before the date to
 * 36 hours after it sees at most one.
 */
export interface LondonDay {
  readonly date: CalendarDate;
  /** Midnight at the start of the date, read as if it were UTC. */
  readonly naiveMidnightMs: number;
  readonly offsetBefore: number;
  readonly offsetAfter: number;
}

const dayCache = new Map<CalendarDate, LondonDay>();
const DAY_CACHE_LIMIT = 5_000;

/** Prepare a date for resolveOnLondonDay (memoised). */
export function londonDay(date: CalendarDate): LondonDay {
  const cached = dayCache.get(date);
  if (cached !== undefined) return cached;
  const naiveMidnightMs = calendarDateToUtcMs(date);
  if (Number.isNaN(naiveMidnightMs)) throw new RangeError(`Not a date: ${date}`);
  const day = {
    date,
    naiveMidnightMs,
    offsetBefore: londonOffsetMinutes(naiveMidnightMs - 12 * HOUR_MS),
    offsetAfter: londonOffsetMinutes(naiveMidnightMs + 36 * HOUR_MS),
  };
  if (dayCache.size >= DAY_CACHE_LIMIT) dayCache.clear();
  dayCache.set(date, day);
  return day;
}

/** Resolve a time, in minutes after midnight (0–1439), on a prepared London date. */
export function resolveOnLondonDay(day: LondonDay, minutes: number): WallClockResolution {
  const naiveMs = day.naiveMidnightMs + minutes * MINUTE_MS;
  if (day.offsetBefore === day.offsetAfter) {
    return { kind: 'unique', instantMs: naiveMs - day.offsetBefore * MINUTE_MS };
  }
  // A clock-change day: a candidate instant is real when London's offset at it is the offset
  // that produced it.
  const readings = [day.offsetBefore, day.offsetAfter]
    .map((offset) => ({ offset, instantMs: naiveMs - offset * MINUTE_MS }))
    .sort((a, b) => a.instantMs - b.instantMs);
  const real = readings
    .filter((c) => londonOffsetMinutes(c.instantMs) === c.offset)
    .map((c) => c.instantMs);
  const [first, second] = real;
  if (first === undefined) {
    return {
      kind: 'skipped',
      earlierReadingMs: readings[0]?.instantMs ?? naiveMs,
      laterReadingMs: readings[1]?.instantMs ?? naiveMs,
    };
  }
  if (second === undefined || second === first) return { kind: 'unique', instantMs: first };
  return { kind: 'repeated', earlierMs: first, laterMs: second };
}

/** Resolve a London wall-clock date and time to the instant(s) it names. */
export function resolveLondonWallClock(date: CalendarDate, time: ClockTime): WallClockResolution {
  const minutes = minutesOfDay(time);
  if (Number.isNaN(minutes)) throw new RangeError(`Not a time: ${time}`);
  return resolveOnLondonDay(londonDay(date), minutes);
}

/**
 * The instant of a London wall-clock time, choosing like Temporal's `compatible`: a skipped time
 * moves forward past the gap, a repeated time takes the earlier instant. For boundaries (the
 * start of a day of leave), never for slots.
 */
export function londonWallClockToInstantMs(date: CalendarDate, time: ClockTime): number {
  const resolved = resolveLondonWallClock(date, time);
  switch (resolved.kind) {
    case 'unique':
      return resolved.instantMs;
    case 'repeated':
      return resolved.earlierMs;
    case 'skipped':
      return resolved.laterReadingMs;
  }
}

/** The instant London's local day `date` begins (midnight is never skipped or repeated). */
export function startOfLondonDayMs(date: CalendarDate): number {
  return londonWallClockToInstantMs(date, '00:00');
}

/** Read an instant on a London clock. */
export function toLondonWallClock(instant: Instant | number): LondonWallClock {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${String(instant)}`);
  const offsetMinutes = londonOffsetMinutes(ms);
  const shifted = ms + offsetMinutes * MINUTE_MS;
  const minutes = Math.floor((shifted % 86_400_000) / MINUTE_MS);
  return {
    date: utcMsToCalendarDate(shifted),
    time: clockTimeFromMinutes((minutes + 1440) % 1440),
    offsetMinutes,
  };
}

/** The London calendar date of an instant. */
export function londonDateOf(instant: Instant | number): CalendarDate {
  return toLondonWallClock(instant).date;
}

/** An epoch-millisecond value as a canonical UTC ISO string. */
export function toInstant(ms: number): Instant {
  return new Date(ms).toISOString();
}
