import { describe, expect, it } from 'vitest';
import { formatAppointment, formatDay, formatTime, localeOf } from './format.js';

describe('booking dates and times', () => {
  it('shows an appointment in words, in UK time, in English and Welsh', () => {
    expect(formatAppointment('2026-11-03T09:00:00Z', 'en-GB')).toBe(
      'Tuesday, 3 November 2026 at 09:00',
    );
    expect(formatAppointment('2026-11-03T09:00:00Z', 'cy-GB')).toBe(
      'Dydd Mawrth, 3 Tachwedd 2026 am 09:00',
    );
    // British Summer Time: 08:00 UTC is 09:00 in London.
    expect(formatTime('2026-07-01T08:00:00Z')).toBe('09:00');
  });

  it('shows a calendar date without shifting it a day', () => {
    expect(formatDay('2026-11-03', 'en-GB')).toBe('Tuesday, 3 November 2026');
    expect(formatDay('2026-11-03', 'en-GB', 'long')).toBe('3 November 2026');
    expect(formatDay('not a date', 'en-GB')).toBe('not a date');
  });

  it('uses Welsh dates for Welsh', () => {
    expect(localeOf('cy')).toBe('cy-GB');
    expect(localeOf('en')).toBe('en-GB');
    expect(localeOf(undefined)).toBe('en-GB');
  });
});
