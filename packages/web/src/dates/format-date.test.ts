import { describe, expect, it } from 'vitest';
import {
  formatAppointment,
  formatCalendarDay,
  formatDate,
  formatDay,
  formatShortDay,
  formatTime,
  formatTimestamp,
  weekdayName,
} from './format-date.js';

describe('one date formatter, English and Welsh, UK time (ADR 0011)', () => {
  it('writes a calendar date in both languages, worked by hand', () => {
    expect(formatDay('2026-12-03', 'en-GB')).toBe('Thursday, 3 December 2026');
    expect(formatDay('2026-12-03', 'cy-GB')).toBe('Dydd Iau, 3 Rhagfyr 2026');
    expect(formatDay('2026-12-03', 'cy-GB', 'long')).toBe('3 Rhagfyr 2026');
    expect(formatDay('2027-03-27', 'cy-GB', 'long')).toBe('27 Mawrth 2027');
    expect(formatDay('2026-06-21', 'cy-GB')).toBe('Dydd Sul, 21 Mehefin 2026');
    expect(formatDay('2026-08-05', 'en-GB', 'long')).toBe('5 August 2026');
  });

  it('writes a short day for a chart axis in both languages', () => {
    expect(formatShortDay('2026-11-02', 'en-GB')).toBe('2 Nov');
    expect(formatShortDay('2026-11-02', 'cy-GB')).toBe('2 Tach');
    expect(formatShortDay('soon', 'en-GB')).toBe('soon');
  });

  it('gives nothing for a date that is not real', () => {
    expect(formatCalendarDay('2026-02-30', 'cy-GB')).toBeNull();
    expect(formatCalendarDay('soon', 'en-GB')).toBeNull();
    expect(formatDay('soon', 'en-GB')).toBe('soon');
  });

  it('shows an instant just after midnight in British Summer Time as the London day', () => {
    // 23:30 UTC on 1 July is 00:30 on Thursday 2 July in London.
    expect(formatAppointment('2026-07-01T23:30:00Z', 'en-GB')).toBe(
      'Thursday, 2 July 2026 at 00:30',
    );
    expect(formatAppointment('2026-07-01T23:30:00Z', 'cy-GB')).toBe(
      'Dydd Iau, 2 Gorffennaf 2026 am 00:30',
    );
    expect(formatDate('2026-07-01T23:30:00Z', 'cy-GB')).toBe('2 Gorffennaf 2026');
    expect(formatTime('2026-07-01T23:30:00Z')).toBe('00:30');
  });

  it('shows winter instants on GMT', () => {
    expect(formatAppointment('2026-12-03T09:00:00Z', 'cy-GB')).toBe(
      'Dydd Iau, 3 Rhagfyr 2026 am 09:00',
    );
    expect(formatDate('2026-12-31T23:59:00Z', 'en-GB')).toBe('31 December 2026');
  });

  it('writes an audit timestamp to the second in UK time, in both languages', () => {
    expect(formatTimestamp('2026-07-01T23:30:05Z', 'en-GB')).toBe('2 July 2026, 00:30:05');
    expect(formatTimestamp('2026-12-03T09:00:59Z', 'cy-GB')).toBe('3 Rhagfyr 2026, 09:00:59');
  });

  it('names the weekdays in both languages', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((d) => weekdayName(d, 'cy-GB'))).toEqual([
      'Dydd Llun',
      'Dydd Mawrth',
      'Dydd Mercher',
      'Dydd Iau',
      'Dydd Gwener',
      'Dydd Sadwrn',
      'Dydd Sul',
    ]);
    expect(weekdayName(1, 'en-GB')).toBe('Monday');
    expect(weekdayName(7, 'en-GB')).toBe('Sunday');
  });
});
