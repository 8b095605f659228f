/**
 * When the service is open to act on a request: 08:00–18:30 Europe/London, Monday to Friday, not
 * on a bank holiday of the practice's nation (docs/api/safety-net-contract.md, "Crisis
 * follow-through"). A crisis or safeguarding request that arrives outside these hours tells the
 * person the service will not see it until the next working day (issue 9, item 5).
 *
 * Pure: the instant comes from the caller's injected clock.
 */
import { isBankHoliday, type Nation } from '../shared/bank-holidays.js';
import {
  addCalendarDays,
  isoWeekdayOf,
  minutesOfDay,
  type Instant,
} from '../shared/calendar-date.js';
import { londonWallClockToInstantMs, toLondonWallClock } from '../shared/london-time.js';

/** Opening hours as London wall-clock times; `closes` is exclusive. */
export const OPENING_HOURS = { opens: '08:00', closes: '18:30' } as const;

const OPENS_MINUTES = minutesOfDay(OPENING_HOURS.opens);
const CLOSES_MINUTES = minutesOfDay(OPENING_HOURS.closes);

/** True when the London date is a working day: Monday to Friday and not a bank holiday. */
export function isWorkingDay(date: string, nation: Nation): boolean {
  return isoWeekdayOf(date) <= 5 && !isBankHoliday(nation, date);
}

/** True when `instant` falls within opening hours (08:00 inclusive to 18:30 exclusive, London). */
export function isWithinOpeningHours(instant: Instant | number, nation: Nation): boolean {
  const clock = toLondonWallClock(instant);
  const minutes = minutesOfDay(clock.time);
  return isWorkingDay(clock.date, nation) && minutes >= OPENS_MINUTES && minutes < CLOSES_MINUTES;
}

/**
 * The instant (epoch ms) the service next opens at or after `instant`: `instant` itself when it
 * is open then. Looks at most a month ahead (the longest run of closed days is four).
 */
export function nextOpeningMs(instant: Instant | number, nation: Nation): number {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (isWithinOpeningHours(ms, nation)) return ms;
  const clock = toLondonWallClock(ms);
  let date = minutesOfDay(clock.time) < OPENS_MINUTES ? clock.date : addCalendarDays(clock.date, 1);
  for (let i = 0; i < 31; i += 1) {
    if (isWorkingDay(date, nation)) return londonWallClockToInstantMs(date, OPENING_HOURS.opens);
    date = addCalendarDays(date, 1);
  }
  throw new RangeError(`No working day within a month of ${String(instant)}`);
}
