import { describe, expect, it } from 'vitest';
import { checkDateOfBirth, localToday } from './date-of-birth.js';

const today = '2026-11-21';

describe('date of birth', () => {
  it('accepts a real date in the past, from 1900 on', () => {
    expect(checkDateOfBirth('27', '3', '1951', today)).toEqual({ ok: true, iso: '1951-03-27' });
    expect(checkDateOfBirth(' 1 ', '01', '1900', today)).toEqual({ ok: true, iso: '1900-01-01' });
    expect(checkDateOfBirth('21', '11', '2026', today)).toEqual({ ok: true, iso: '2026-11-21' });
    expect(checkDateOfBirth('29', '2', '2000', today)).toMatchObject({ ok: true });
  });

  it.each([
    ['', '', '', 'required', ['day', 'month', 'year']],
    ['', '3', '1951', 'missing_day', ['day']],
    ['27', '', '', 'missing_month_year', ['month', 'year']],
    ['31', '2', '1951', 'invalid_date', ['day']],
    ['29', '2', '1951', 'invalid_date', ['day']],
    ['1', '13', '1951', 'invalid_date', ['month']],
    ['a', '3', '1951', 'invalid_date', ['day']],
    ['1', '3', '51', 'year_format', ['year']],
    ['22', '11', '2026', 'date_in_future', ['day', 'month', 'year']],
    ['31', '12', '1899', 'date_too_early', ['year']],
  ])('%s/%s/%s is refused with %s', (day, month, year, code, parts) => {
    expect(checkDateOfBirth(day, month, year, today)).toEqual({ ok: false, code, parts });
  });

  it('writes today as YYYY-MM-DD in local time', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
