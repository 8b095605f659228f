/**
 * The one clock. Core has no clock of its own: whoever runs it (the server, a test, the demo
 * generator) passes one in. "Now" is an instant; "today" is always the Europe/London calendar
 * date of that instant (ADR 0006), never the UTC date, so the diary, ages and waiting times turn
 * over at London midnight whatever the season.
 */
import type { CalendarDate } from './calendar-date.js';
import { londonDateOf } from './london-time.js';

export interface Clock {
  /** The current instant. */
  now(): Date;
  /** The Europe/London calendar date of `now()`. */
  today(): CalendarDate;
}

/** A clock reading its time from `now` (the system clock in the server, a fixed one in tests). */
export function clockFrom(now: () => Date): Clock {
  return {
    now,
    today: () => londonDateOf(now().getTime()),
  };
}

/** A clock stopped at one instant. */
export function fixedClock(instant: Date | string): Clock {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return clockFrom(() => new Date(ms));
}
