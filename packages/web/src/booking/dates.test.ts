import { describe, expect, it } from 'vitest';
import {
  datePartsToIso,
  isoToDateParts,
  londonToday,
  mondayOf,
  normaliseTime,
  weekdayName,
} from './dates.js';

describe('clinic dates', () => {
  it('takes today from the UK clock, not UTC', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });

  it('finds the Monday of a week', () => {
    expect(mondayOf('2026-11-04')).toBe('2026-11-02');
    expect(mondayOf('2026-11-02')).toBe('2026-11-02');
    expect(mondayOf('2026-11-08')).toBe('2026-11-02');
  });

  it('reads day, month and year boxes', () => {
    expect(datePartsToIso({ day: '3', month: '11', year: '2026' })).toEqual({
      ok: true,
      iso: '2026-11-03',
    });
    expect(datePartsToIso({ day: '', month: '', year: '' })).toEqual({
      ok: false,
      code: 'required',
    });
    expect(datePartsToIso({ day: '31', month: '2', year: '2026' })).toEqual({
      ok: false,
      code: 'invalid_date',
    });
    expect(datePartsToIso({ day: '1', month: '1', year: '26' })).toEqual({
      ok: false,
      code: 'invalid_date',
    });
    expect(isoToDateParts('2026-11-03')).toEqual({ day: '3', month: '11', year: '2026' });
    expect(isoToDateParts(null)).toEqual({ day: '', month: '', year: '' });
  });

  it('accepts times as people type them', () => {
    expect(normaliseTime('9:30')).toBe('09:30');
    expect(normaliseTime('09.30')).toBe('09:30');
    expect(normaliseTime('1400')).toBe('14:00');
    expect(normaliseTime('24:00')).toBeNull();
    expect(normaliseTime('noon')).toBeNull();
  });

  it('names weekdays in English and Welsh', () => {
    expect(weekdayName(1, 'en-GB')).toBe('Monday');
    expect(weekdayName(7, 'en-GB')).toBe('Sunday');
    expect(weekdayName(3, 'cy-GB')).toBe('Dydd Mercher');
  });
});
