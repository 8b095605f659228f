import { describe, expect, it } from 'vitest';
import { isWithinOpeningHours, isWorkingDay, nextOpeningMs } from './opening-hours.js';

// Dates checked against a calendar and gov.uk/bank-holidays (england-and-wales division).
describe('isWithinOpeningHours (08:00–18:30 Europe/London, Mon–Fri, not bank holidays)', () => {
  it('is open on a winter weekday at 08:00 GMT and closed at 07:59', () => {
    // Thursday 3 December 2026, GMT (UTC+0).
    expect(isWithinOpeningHours('2026-12-03T08:00:00.000Z', 'england')).toBe(true);
    expect(isWithinOpeningHours('2026-12-03T07:59:59.999Z', 'england')).toBe(false);
  });

  it('closes at 18:30: 18:29 is open, 18:30 is not', () => {
    expect(isWithinOpeningHours('2026-12-03T18:29:00.000Z', 'wales')).toBe(true);
    expect(isWithinOpeningHours('2026-12-03T18:30:00.000Z', 'wales')).toBe(false);
  });

  it('reads London time in summer (BST, UTC+1): 07:30 UTC is 08:30 in London', () => {
    // Wednesday 1 July 2026.
    expect(isWithinOpeningHours('2026-07-01T07:30:00.000Z', 'england')).toBe(true);
    expect(isWithinOpeningHours('2026-07-01T06:59:00.000Z', 'england')).toBe(false);
    // 17:30 UTC is 18:30 BST: closed.
    expect(isWithinOpeningHours('2026-07-01T17:30:00.000Z', 'england')).toBe(false);
    expect(isWithinOpeningHours('2026-07-01T17:29:00.000Z', 'england')).toBe(true);
  });

  it('is closed all weekend', () => {
    // Saturday 5 and Sunday 6 December 2026 at noon.
    expect(isWithinOpeningHours('2026-12-05T12:00:00.000Z', 'england')).toBe(false);
    expect(isWithinOpeningHours('2026-12-06T12:00:00.000Z', 'wales')).toBe(false);
  });

  it('is closed on a bank holiday that falls on a weekday', () => {
    // Christmas Day, Friday 25 December 2026; Boxing Day substitute Monday 28 December 2026.
    expect(isWithinOpeningHours('2026-12-25T12:00:00.000Z', 'england')).toBe(false);
    expect(isWithinOpeningHours('2026-12-28T12:00:00.000Z', 'wales')).toBe(false);
    expect(isWithinOpeningHours('2026-12-29T12:00:00.000Z', 'wales')).toBe(true);
  });

  it('accepts epoch milliseconds as well as ISO instants', () => {
    expect(isWithinOpeningHours(Date.parse('2026-12-03T12:00:00.000Z'), 'england')).toBe(true);
  });
});

describe('isWorkingDay', () => {
  it('is Monday to Friday except bank holidays', () => {
    expect(isWorkingDay('2026-12-04', 'england')).toBe(true); // Friday
    expect(isWorkingDay('2026-12-05', 'england')).toBe(false); // Saturday
    expect(isWorkingDay('2026-08-31', 'england')).toBe(false); // Summer bank holiday
  });
});

describe('nextOpeningMs', () => {
  it('is the instant itself while open', () => {
    const now = Date.parse('2026-12-03T10:00:00.000Z');
    expect(nextOpeningMs(now, 'england')).toBe(now);
  });

  it('is 08:00 the same day before opening', () => {
    expect(new Date(nextOpeningMs('2026-12-03T06:00:00.000Z', 'england')).toISOString()).toBe(
      '2026-12-03T08:00:00.000Z',
    );
  });

  it('skips a weekend: Friday evening opens Monday 08:00', () => {
    expect(new Date(nextOpeningMs('2026-12-04T19:00:00.000Z', 'england')).toISOString()).toBe(
      '2026-12-07T08:00:00.000Z',
    );
  });

  it('skips Christmas: Thursday 24 December 2026 evening opens Tuesday 29 December', () => {
    expect(new Date(nextOpeningMs('2026-12-24T19:00:00.000Z', 'wales')).toISOString()).toBe(
      '2026-12-29T08:00:00.000Z',
    );
  });

  it('opens at 08:00 BST (07:00 UTC) in summer', () => {
    // Saturday 4 July 2026 → Monday 6 July 2026 08:00 BST.
    expect(new Date(nextOpeningMs('2026-07-04T12:00:00.000Z', 'england')).toISOString()).toBe(
      '2026-07-06T07:00:00.000Z',
    );
  });
});
