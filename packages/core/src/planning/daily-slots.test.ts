/**
 * Capacity from weekly clinic patterns, counted by hand over Easter 2026 (gov.uk's England and
 * Wales bank holidays: Good Friday 3 April, Easter Monday 6 April), with leave and a closure.
 */
import { describe, expect, it } from 'vitest';
import { dailySlots, slotsByWeekdayFromWeekly } from './daily-slots.js';
import { PlanningInputError } from './planning-error.js';

const PATTERNS = [
  { slotsByWeekday: { 1: 4, 2: 4, 3: 4, 4: 4, 5: 4 } },
  { slotsByWeekday: { 2: 6, 4: 6 }, away: [{ from: '2026-04-08', to: '2026-04-09' }] },
] as const;

describe('dailySlots', () => {
  it('adds the patterns day by day, none on bank holidays, weekends or leave', () => {
    // Mon 30 Mar … Sun 12 Apr 2026: Tue/Thu have both clinicians; Good Friday and Easter Monday
    // are closed; on Thu 9 Apr the second is away.
    expect(dailySlots({ start: '2026-03-30', days: 14, patterns: PATTERNS })).toEqual([
      4, 10, 4, 10, 0, 0, 0, 0, 10, 4, 4, 4, 0, 0,
    ]);
  });

  it('closes the service on its closed days, and opens on bank holidays when no nation is given', () => {
    const slots = dailySlots({
      start: '2026-03-30',
      days: 14,
      patterns: PATTERNS,
      nation: null,
      closed: ['2026-04-10'],
    });
    expect(slots[4]).toBe(4);
    expect(slots[7]).toBe(4);
    expect(slots[11]).toBe(0);
  });

  it('keeps a pattern to its dates', () => {
    const slots = dailySlots({
      start: '2026-06-01',
      days: 7,
      patterns: [{ slotsByWeekday: { 1: 3, 2: 3, 3: 3 }, from: '2026-06-02', until: '2026-06-02' }],
    });
    expect(slots).toEqual([0, 3, 0, 0, 0, 0, 0]);
  });

  it('refuses a date that is not one, and a part slot', () => {
    expect(() => dailySlots({ start: '2026-02-30', days: 1, patterns: [] })).toThrow(
      PlanningInputError,
    );
    expect(() =>
      dailySlots({ start: '2026-06-01', days: 1, patterns: [{ slotsByWeekday: { 1: 1.5 } }] }),
    ).toThrow(PlanningInputError);
  });
});

describe('slotsByWeekdayFromWeekly', () => {
  it('spreads 22 a week over Monday–Friday as 5, 5, 4, 4, 4', () => {
    expect(slotsByWeekdayFromWeekly(22)).toEqual({ 1: 5, 2: 5, 3: 4, 4: 4, 5: 4 });
    expect(slotsByWeekdayFromWeekly(6, [2, 4])).toEqual({ 2: 3, 4: 3 });
    expect(() => slotsByWeekdayFromWeekly(5, [])).toThrow(PlanningInputError);
  });
});
