import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLINIC_MODES } from './clinic-template.js';
import { generateSlots } from './slot-generation.js';
import { findSuitableSlots, type SearchableSlot } from './slot-search.js';
import { makeSlot, makeTemplate } from './test-builders.js';

const at = (start: string, overrides: Partial<SearchableSlot> = {}) => ({
  ...makeSlot({ start }),
  bookedCount: 0,
  ...overrides,
});

describe('findSuitableSlots', () => {
  it('returns the first free slots in time order, up to the limit', () => {
    const slots = [
      at('2026-06-01T08:00:00Z', { bookedCount: 1 }),
      at('2026-06-01T08:30:00Z'),
      at('2026-06-01T09:00:00Z'),
      at('2026-06-01T09:30:00Z'),
    ];
    expect(findSuitableSlots({ slots, needs: {}, limit: 2 })).toEqual([slots[1], slots[2]]);
    expect(findSuitableSlots({ slots, needs: {}, limit: 0 })).toEqual([]);
  });

  it('keeps group slots with a space left, unless the person needs one-to-one', () => {
    const group = at('2026-06-01T08:00:00Z', { mode: 'group', capacity: 8, bookedCount: 7 });
    const full = at('2026-06-01T08:30:00Z', { mode: 'group', capacity: 8, bookedCount: 8 });
    const one = at('2026-06-01T09:00:00Z');
    expect(findSuitableSlots({ slots: [group, full, one], needs: {}, limit: 5 })).toEqual([
      group,
      one,
    ]);
    expect(
      findSuitableSlots({ slots: [group, full, one], needs: { excludeGroup: true }, limit: 5 }),
    ).toEqual([one]);
  });

  it('filters by mode, site, OT and earliest start', () => {
    const phone = at('2026-06-01T08:00:00Z', { mode: 'phone', siteId: 'site-a', otId: 'ot-a' });
    const early = at('2026-06-01T08:30:00Z', { siteId: 'site-a', otId: 'ot-b' });
    const late = at('2026-06-02T08:30:00Z', { siteId: 'site-b', otId: 'ot-a' });
    const slots = [phone, early, late];
    expect(findSuitableSlots({ slots, needs: { mode: ['phone'] }, limit: 5 })).toEqual([phone]);
    expect(findSuitableSlots({ slots, needs: { siteIds: ['site-a'] }, limit: 5 })).toEqual([
      phone,
      early,
    ]);
    expect(findSuitableSlots({ slots, needs: { otIds: ['ot-a'] }, limit: 5 })).toEqual([
      phone,
      late,
    ]);
    expect(
      findSuitableSlots({ slots, needs: { earliest: '2026-06-01T09:30:00+01:00' }, limit: 5 }),
    ).toEqual([early, late]);
    expect(() => findSuitableSlots({ slots, needs: { earliest: 'soon' }, limit: 5 })).toThrow(
      RangeError,
    );
  });

  it('works on generated slots: 20 OTs, four weeks (seed 002 horizon)', () => {
    const templates = Array.from({ length: 20 }, (_, n) =>
      makeTemplate({
        otId: `ot-${n}`,
        siteId: `site-${n % 3}`,
        startTime: '09:00',
        endTime: '17:00',
      }),
    );
    const slots = generateSlots({ templates, from: '2026-06-01' }).map((s) => ({
      ...s,
      bookedCount: s.localDate < '2026-06-20' ? 1 : 0,
    }));
    const found = findSuitableSlots({ slots, needs: { siteIds: ['site-2'] }, limit: 3 });
    expect(found.map((s) => s.localDate)).toEqual(['2026-06-22', '2026-06-22', '2026-06-22']);
    expect(found.every((s) => s.siteId === 'site-2' && s.localStart === '09:00')).toBe(true);
  });
});

describe('findSuitableSlots property', () => {
  it('equals the first `limit` of a naive filter, for any slots and needs', () => {
    const slot = fc.record({
      minute: fc.integer({ min: 0, max: 40_000 }),
      mode: fc.constantFrom(...CLINIC_MODES),
      siteId: fc.constantFrom('s1', 's2', 's3'),
      otId: fc.constantFrom('o1', 'o2', 'o3'),
      capacity: fc.integer({ min: 1, max: 3 }),
      bookedCount: fc.integer({ min: 0, max: 3 }),
    });
    const needs = fc.record(
      {
        mode: fc.subarray([...CLINIC_MODES]),
        siteIds: fc.subarray(['s1', 's2', 's3']),
        otIds: fc.subarray(['o1', 'o2', 'o3']),
        earliest: fc
          .integer({ min: -10, max: 41_000 })
          .map((m) => new Date(Date.UTC(2026, 5, 1) + m * 60_000).toISOString()),
        excludeGroup: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(slot, { maxLength: 200 }),
        needs,
        fc.integer({ min: 0, max: 20 }),
        (raw, n, limit) => {
          const slots = raw
            .sort((a, b) => a.minute - b.minute)
            .map((r) => ({
              ...makeSlot({
                start: new Date(Date.UTC(2026, 5, 1) + r.minute * 60_000).toISOString(),
              }),
              ...r,
            }));
          const naive = slots.filter(
            (s) =>
              s.bookedCount < s.capacity &&
              !(n.excludeGroup === true && s.mode === 'group') &&
              (n.mode === undefined || n.mode.includes(s.mode)) &&
              (n.siteIds === undefined || n.siteIds.includes(s.siteId)) &&
              (n.otIds === undefined || n.otIds.includes(s.otId)) &&
              (n.earliest === undefined || Date.parse(s.start) >= Date.parse(n.earliest)),
          );
          expect(findSuitableSlots({ slots, needs: n, limit })).toEqual(naive.slice(0, limit));
        },
      ),
    );
  });
});
