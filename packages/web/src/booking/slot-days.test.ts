import { describe, expect, it } from 'vitest';
import { groupByDay } from './slot-days.js';

describe('groupByDay', () => {
  it('groups by the UK day, so a late-evening slot in summer time stays on its own day', () => {
    const days = groupByDay([
      { startsAt: '2026-07-01T08:00:00Z' },
      { startsAt: '2026-07-01T22:30:00Z' }, // 23:30 on 1 July in London
      { startsAt: '2026-07-01T23:30:00Z' }, // 00:30 on 2 July in London
    ]);
    expect(days.map((d) => [d.date, d.slots.length])).toEqual([
      ['2026-07-01', 2],
      ['2026-07-02', 1],
    ]);
  });

  it('gives no days for no slots', () => {
    expect(groupByDay([])).toEqual([]);
  });
});
