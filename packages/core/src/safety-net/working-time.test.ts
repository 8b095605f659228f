import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingMinutes,
  wallClockMinutesBetween,
  workingMinutesBetween,
} from './working-time.js';

// Worked by hand. Opening hours 08:00–18:30 Europe/London, Monday to Friday, not on bank holidays
// (docs/api/safety-net-contract.md, "Crisis follow-through"). Weekdays checked against a calendar;
// bank holidays from gov.uk/bank-holidays (england-and-wales division): 2026 Spring bank holiday
// Monday 25 May, Summer bank holiday Monday 31 August, Christmas Day Friday 25 December, Boxing Day
// (substitute day) Monday 28 December. Clock changes from the IANA database: BST begins Sunday
// 29 March 2026 01:00 UTC and ends Sunday 25 October 2026 01:00 UTC.
const due = (start: string, minutes: number, nation: 'england' | 'wales' = 'england') =>
  new Date(addWorkingMinutes(start, minutes, nation)).toISOString();

describe('addWorkingMinutes', () => {
  it('adds plain minutes inside one working day', () => {
    // Thursday 3 December 2026 10:00 GMT + 60 = 11:00 GMT.
    expect(due('2026-12-03T10:00:00.000Z', 60)).toBe('2026-12-03T11:00:00.000Z');
  });

  it('carries Friday evening over the weekend: Fri 18:00 + 60 → Mon 08:30', () => {
    // Friday 4 December 2026 18:00 GMT: 30 minutes to 18:30, the other 30 from Monday 7 December
    // 08:00 GMT.
    expect(due('2026-12-04T18:00:00.000Z', 60)).toBe('2026-12-07T08:30:00.000Z');
  });

  it('skips a Monday bank holiday: Fri 18:00 + 60 → Tue 08:30 (Spring bank holiday, BST)', () => {
    // Friday 22 May 2026 18:00 BST = 17:00 UTC; Monday 25 May is the Spring bank holiday; Tuesday
    // 26 May 08:30 BST = 07:30 UTC.
    expect(due('2026-05-22T17:00:00.000Z', 60)).toBe('2026-05-26T07:30:00.000Z');
  });

  it('counts from Monday 08:00 for a Saturday arrival: Sat + 60 → Mon 09:00', () => {
    // Saturday 5 December 2026, morning and late evening alike.
    expect(due('2026-12-05T09:15:00.000Z', 60)).toBe('2026-12-07T09:00:00.000Z');
    expect(due('2026-12-05T23:59:00.000Z', 60)).toBe('2026-12-07T09:00:00.000Z');
  });

  it('counts from opening for an arrival before 08:00', () => {
    // Thursday 3 December 2026 06:10 GMT + 45 → 08:45 GMT.
    expect(due('2026-12-03T06:10:00.000Z', 45)).toBe('2026-12-03T08:45:00.000Z');
  });

  it('ends on closing time exactly when the minutes run out at 18:30', () => {
    // Thursday 3 December 2026 17:30 GMT + 60 → 18:30 GMT, the same evening.
    expect(due('2026-12-03T17:30:00.000Z', 60)).toBe('2026-12-03T18:30:00.000Z');
  });

  it('spreads a long allowance over two days: Mon 14:00 + 480 → Tue 11:30', () => {
    // Monday 7 December 2026: 14:00–18:30 is 270 minutes; 210 left from Tuesday 08:00 → 11:30.
    expect(due('2026-12-07T14:00:00.000Z', 480)).toBe('2026-12-08T11:30:00.000Z');
  });

  it('crosses the spring clock change: Fri 27 March 18:00 GMT + 60 → Mon 30 March 08:30 BST', () => {
    // 08:30 BST = 07:30 UTC.
    expect(due('2026-03-27T18:00:00.000Z', 60)).toBe('2026-03-30T07:30:00.000Z');
  });

  it('crosses the autumn clock change: Fri 23 October 18:00 BST + 60 → Mon 26 October 08:30 GMT', () => {
    // Friday 18:00 BST = 17:00 UTC; Monday 08:30 GMT = 08:30 UTC.
    expect(due('2026-10-23T17:00:00.000Z', 60)).toBe('2026-10-26T08:30:00.000Z');
  });

  it('skips Christmas: Thu 24 December 18:00 + 60 → Tue 29 December 08:30 (Wales too)', () => {
    // Friday 25 (Christmas Day), the weekend, Monday 28 (Boxing Day substitute) are closed.
    expect(due('2026-12-24T18:00:00.000Z', 60, 'wales')).toBe('2026-12-29T08:30:00.000Z');
    expect(due('2026-12-24T18:00:00.000Z', 60, 'england')).toBe('2026-12-29T08:30:00.000Z');
  });

  it('refuses a negative or fractional allowance', () => {
    expect(() => addWorkingMinutes('2026-12-03T10:00:00.000Z', -1, 'england')).toThrow(RangeError);
    expect(() => addWorkingMinutes('2026-12-03T10:00:00.000Z', 1.5, 'england')).toThrow(RangeError);
  });
});

describe('workingMinutesBetween', () => {
  it('counts only opening hours: Fri 18:00 → Mon 08:30 is 60 working minutes', () => {
    expect(
      workingMinutesBetween('2026-12-04T18:00:00.000Z', '2026-12-07T08:30:00.000Z', 'england'),
    ).toBe(60);
    // The same stretch on a wall clock: 62.5 hours.
    expect(wallClockMinutesBetween('2026-12-04T18:00:00.000Z', '2026-12-07T08:30:00.000Z')).toBe(
      3750,
    );
  });

  it('is zero across a weekend and for a reversed interval', () => {
    expect(
      workingMinutesBetween('2026-12-05T08:00:00.000Z', '2026-12-06T20:00:00.000Z', 'england'),
    ).toBe(0);
    expect(
      workingMinutesBetween('2026-12-07T10:00:00.000Z', '2026-12-07T09:00:00.000Z', 'england'),
    ).toBe(0);
  });

  it('counts a whole working week as 5 × 630 minutes, whatever the clock change', () => {
    // Monday 26 October 2026 (first week of GMT) 00:00 to Saturday 31 October 00:00.
    expect(
      workingMinutesBetween('2026-10-26T00:00:00.000Z', '2026-10-31T00:00:00.000Z', 'england'),
    ).toBe(3150);
  });

  it('undoes addWorkingMinutes for any arrival and allowance (property)', () => {
    const start = Date.parse('2026-01-01T00:00:00.000Z');
    const end = Date.parse('2027-12-31T00:00:00.000Z');
    fc.assert(
      fc.property(
        fc.integer({ min: start, max: end }),
        fc.integer({ min: 0, max: 480 }),
        fc.constantFrom('england' as const, 'wales' as const),
        (arrival, minutes, nation) => {
          // Whole minutes, as the server stores received times to the millisecond but counts in minutes.
          const at = arrival - (arrival % 60_000);
          const dueAt = addWorkingMinutes(at, minutes, nation);
          expect(dueAt).toBeGreaterThanOrEqual(at);
          expect(workingMinutesBetween(at, dueAt, nation)).toBe(minutes);
        },
      ),
      { numRuns: 300 },
    );
  });
});
