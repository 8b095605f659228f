import { describe, expect, it } from 'vitest';
import { generateSlots } from './slot-generation.js';
import { reconcileSlots } from './slot-reconciliation.js';
import { makeTemplate } from './test-builders.js';

describe('reconcileSlots (issue 4: slots kept in step as templates change)', () => {
  const before = makeTemplate({ weekdays: [1], startTime: '09:00', endTime: '10:30' });
  const generate = (t = before) =>
    generateSlots({ templates: [t], from: '2026-06-01', horizonDays: 7 });

  it('is a no-op when nothing changed', () => {
    const stored = generate().map((s) => ({ key: s.key, booked: false }));
    const result = reconcileSlots(stored, generate());
    expect(result.create).toEqual([]);
    expect(result.remove).toEqual([]);
    expect(result.orphanedBookings).toEqual([]);
    expect(result.keep.map((s) => s.key)).toEqual(stored.map((s) => s.key));
  });

  it('creates new slots, removes free ones, and never deletes a booked one', () => {
    const stored = generate().map((s) => ({ key: s.key, booked: s.localStart === '09:00' }));
    // The clinic now starts half an hour later.
    const after = { ...before, startTime: '09:30', endTime: '11:00' };
    const result = reconcileSlots(stored, generate(after));
    const key = (time: string) => `${before.id}:2026-06-01:${time}`;
    expect(result.create.map((s) => s.key)).toEqual([key('10:30')]);
    expect(result.keep.map((s) => s.key)).toEqual([key('09:30'), key('10:00')]);
    expect(result.remove).toEqual([]);
    expect(result.orphanedBookings).toEqual([key('09:00')]);
  });

  it('removes free slots a shortened template no longer makes', () => {
    const stored = generate().map((s) => ({ key: s.key, booked: false }));
    const result = reconcileSlots(stored, generate({ ...before, endTime: '09:30' }));
    expect(result.remove).toEqual([
      `${before.id}:2026-06-01:09:30`,
      `${before.id}:2026-06-01:10:00`,
    ]);
  });
});
