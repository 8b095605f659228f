import { describe, expect, it } from 'vitest';
import { uniqueId } from './test-builders.js';
import {
  daysWaited,
  orderWaitingList,
  waitingListSummary,
  weeksWaited,
  type WaitingListEntry,
} from './waiting-list.js';

const makeEntry = (overrides: Partial<WaitingListEntry> = {}): WaitingListEntry => ({
  id: uniqueId('request'),
  pathway: 'frailty_falls',
  tier: 'individualised',
  urgency: 'routine',
  waitingSince: '2026-05-01',
  ...overrides,
});

describe('waiting list (issue 4 item 3)', () => {
  it('counts completed weeks, from a date or an instant read in London', () => {
    expect(weeksWaited('2026-06-01', '2026-06-07')).toBe(0);
    expect(weeksWaited('2026-06-01', '2026-06-08')).toBe(1);
    expect(weeksWaited('2026-06-10', '2026-06-08')).toBe(0);
    // 23:30Z on 31 May is 00:30 on 1 June in London.
    expect(daysWaited('2026-05-31T23:30:00Z', '2026-06-08')).toBe(7);
  });

  it('orders by urgency, then longest waiting first', () => {
    const oldRoutine = makeEntry({ waitingSince: '2026-01-05' });
    const newRoutine = makeEntry({ waitingSince: '2026-05-05' });
    const urgent = makeEntry({ urgency: 'urgent', waitingSince: '2026-06-01' });
    const crisis = makeEntry({ urgency: 'crisis', waitingSince: '2026-06-07' });
    expect(orderWaitingList([newRoutine, urgent, oldRoutine, crisis])).toEqual([
      crisis,
      urgent,
      oldRoutine,
      newRoutine,
    ]);
  });

  it('summarises by pathway and tier with counts and the longest wait', () => {
    const entries = [
      makeEntry({ pathway: 'work', tier: 'targeted', waitingSince: '2026-04-01' }),
      makeEntry({
        pathway: 'work',
        tier: 'targeted',
        urgency: 'urgent',
        waitingSince: '2026-05-27',
      }),
      makeEntry({ pathway: 'frailty_falls', tier: 'individualised', waitingSince: '2026-05-25' }),
    ];
    expect(waitingListSummary(entries, '2026-06-01')).toEqual({
      groups: [
        {
          pathway: 'frailty_falls',
          tier: 'individualised',
          count: 1,
          longestWaitWeeks: 1,
          byUrgency: { crisis: 0, urgent: 0, routine: 1 },
        },
        {
          pathway: 'work',
          tier: 'targeted',
          count: 2,
          longestWaitWeeks: 8,
          byUrgency: { crisis: 0, urgent: 1, routine: 1 },
        },
      ],
      total: { count: 3, longestWaitWeeks: 8 },
    });
    expect(waitingListSummary([], '2026-06-01')).toEqual({
      groups: [],
      total: { count: 0, longestWaitWeeks: 0 },
    });
  });
});
