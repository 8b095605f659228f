import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDaysBetween,
  clockTimeFromMinutes,
  isCalendarDate,
  isClockTime,
  isoWeekdayOf,
  minutesOfDay,
} from './calendar-date.js';

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });

  it('counts days across month, year and clock-change boundaries', () => {
    expect(addCalendarDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(calendarDaysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(calendarDaysBetween('2026-10-30', '2026-10-20')).toBe(-10);
  });

  it('gives ISO weekdays, Monday 1 to Sunday 7', () => {
    expect(isoWeekdayOf('2026-03-30')).toBe(1);
    expect(isoWeekdayOf('2026-03-29')).toBe(7);
    expect(isoWeekdayOf('2026-10-25')).toBe(7);
  });

  it('reads and writes wall-clock times', () => {
    expect(isClockTime('09:00')).toBe(true);
    expect(isClockTime('23:59')).toBe(true);
    expect(isClockTime('24:00')).toBe(false);
    expect(isClockTime('9:00')).toBe(false);
    expect(minutesOfDay('13:45')).toBe(825);
    expect(Number.isNaN(minutesOfDay('noon'))).toBe(true);
    expect(clockTimeFromMinutes(825)).toBe('13:45');
    expect(clockTimeFromMinutes(0)).toBe('00:00');
  });
});
