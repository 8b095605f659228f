/**
 * The waiting-list projection on cases small enough to count by hand (each expected figure is
 * worked in its test), then its rules one at a time: priority, closed days, follow-up sessions
 * in later slots, missed and cancelled appointments, withdrawals, groups; and the checks of its
 * input. Randomness is switched off where a count is exact (regular arrivals, attendance 0).
 */
import { describe, expect, it } from 'vitest';
import { PlanningInputError } from './planning-error.js';
import { simulateWaitingList } from './simulate-many.js';
import {
  sessionWeightsFromMean,
  type CapacityPool,
  type InitialWaiting,
  type PathwayDemand,
  type WaitingListSimulationInput,
} from './simulation-input.js';

const NO_MISSES = { didNotAttend: 0, lateCancellation: 0, rebookAfterDidNotAttend: 0 };

function makePool(overrides: Partial<CapacityPool> = {}, weeks = 8): CapacityPool {
  return {
    id: 'pool',
    slotsPerDay: new Array<number>(weeks * 7).fill(0),
    pathways: [{ pathway: 'work', perWeek: {}, sessionWeights: [1] }],
    attendance: NO_MISSES,
    ...overrides,
  };
}

function waiting(count: number, waitedDays: number, more: Partial<InitialWaiting> = {}) {
  return { pathway: 'work', urgency: 'routine', count, waitedDays, ...more } as const;
}

function run(pool: CapacityPool, more: Partial<WaitingListSimulationInput> = {}) {
  return simulateWaitingList({ weeks: 8, pools: [pool], ...more }, 'test');
}

const everyDay = (slots: number, weeks = 8) => new Array<number>(weeks * 7).fill(slots);
const oneADay: PathwayDemand = {
  pathway: 'work',
  perWeek: { routine: 7 },
  arrivals: { kind: 'renewal', cv: 0 },
  sessionWeights: [1],
};

describe('simulateWaitingList: hand counts', () => {
  it('clears 10 people waiting 20 days with 3 slots a day: waits 20, 20, 20, 21, 21, 21, 22, 22, 22, 23', () => {
    const r = run(makePool({ slotsPerDay: everyDay(3), initialList: [waiting(10, 20)] }));
    expect(r.seen[0]).toBe(10);
    expect(r.listSize[0]).toBe(0);
    // Mean wait (3·20 + 3·21 + 3·22 + 23) / 10 = 21.2 days = 21.2 / 7 weeks.
    expect(r.meanWaitSeenWeeks[0]).toBeCloseTo(21.2 / 7, 12);
    expect(r.seenWithinTarget[0]).toBe(1);
    expect(r.seenWithinTarget[1]).toBeNull();
    // Slots: 21 in week 0, 10 used.
    expect(r.unusedSlots[0]).toBe(11);
    // A target of 3 weeks (21 days): the six seen within 21 days.
    const short = run(makePool({ slotsPerDay: everyDay(3), initialList: [waiting(10, 20)] }), {
      targetWeeks: 3,
    });
    expect(short.seenWithinTarget[0]).toBeCloseTo(0.6, 12);
  });

  it('with no slots, one referral a day grows the list by 7 a week and the longest wait by a week', () => {
    const r = run(makePool({ pathways: [oneADay] }));
    expect(r.arrivals).toEqual([7, 7, 7, 7, 7, 7, 7, 7]);
    expect(r.listSize).toEqual([7, 14, 21, 28, 35, 42, 49, 56]);
    // The first referral comes on day 0; on day 7w + 6 it has waited 7w + 6 days: w weeks.
    expect(r.longestWaitWeeks).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // The target is 6 weeks (42 days): at the end of week 6 (day 48) those from day 6 on.
    expect(r.waitingWithinTarget[6]).toBeCloseTo(43 / 49, 12);
  });

  it('one referral and one slot a day: seen the same day, no one waits', () => {
    const r = run(makePool({ pathways: [oneADay], slotsPerDay: everyDay(1) }));
    expect(r.listSize).toEqual(new Array(8).fill(0));
    expect(r.seen).toEqual(new Array(8).fill(7));
    expect(r.meanWaitSeenWeeks).toEqual(new Array(8).fill(0));
    expect(r.waitingWithinTarget[0]).toBeNull();
  });
});

describe('simulateWaitingList: rules', () => {
  it('sees crisis, then urgent, then routine, longest waiting first (1 slot a day)', () => {
    const r = run(
      makePool({
        slotsPerDay: everyDay(1),
        initialList: [
          waiting(5, 30),
          waiting(1, 0, { urgency: 'crisis' }),
          waiting(1, 3, { urgency: 'urgent' }),
        ],
      }),
    );
    // Day 0 the crisis (wait 0), day 1 the urgent (3 + 1 = 4), days 2–6 the routine (32…36).
    expect(r.seen[0]).toBe(7);
    expect(r.meanWaitSeenWeeks[0]).toBeCloseTo((0 + 4 + 32 + 33 + 34 + 35 + 36) / 7 / 7, 12);
  });

  it('sees no one on a closed day (weekends, then a bank holiday on day 7)', () => {
    const slots = Array.from({ length: 56 }, (_, d) => (d % 7 < 5 && d !== 7 ? 2 : 0));
    const r = run(makePool({ slotsPerDay: slots, initialList: [waiting(20, 0)] }));
    // Week 0: 5 days × 2; week 1: 4 days × 2 (day 7 closed); week 2: the last 2.
    expect(r.seen.slice(0, 4)).toEqual([10, 8, 2, 0]);
  });

  it('books follow-up sessions into later slots: three-session episodes, weekly, one slot a day', () => {
    const r = run(
      makePool({
        slotsPerDay: everyDay(1),
        pathways: [{ pathway: 'work', perWeek: {}, sessionWeights: [0, 0, 1] }],
        daysBetweenSessions: 7,
        initialList: [waiting(20, 0)],
      }),
    );
    // Week 0 sees 7 new people; weeks 1 and 2 are their second and third sessions; week 3 the
    // next 7, weeks 4–5 theirs; week 6 the last 6.
    expect(r.seen).toEqual([7, 0, 0, 7, 0, 0, 6, 0]);
    expect(r.listSize).toEqual([13, 13, 13, 6, 6, 6, 0, 0]);
  });

  it('gives crisis referrals the slot before booked follow-ups and routine referrals', () => {
    const r = run(
      makePool({
        slotsPerDay: everyDay(1),
        pathways: [
          {
            pathway: 'work',
            perWeek: { crisis: 7 },
            arrivals: { kind: 'renewal', cv: 0 },
            sessionWeights: [0, 1],
          },
        ],
        daysBetweenSessions: 1,
        initialList: [waiting(3, 10)],
      }),
    );
    // A crisis a day takes the one slot: their follow-ups and the routine list never get it.
    expect(r.seen).toEqual(new Array(8).fill(7));
    expect(r.listSize).toEqual(new Array(8).fill(3));
    expect(r.meanWaitSeenWeeks).toEqual(new Array(8).fill(0));
  });

  it('takes people who miss and are not rebooked off the list; rebooked ones keep waiting', () => {
    const gone = run(
      makePool({
        slotsPerDay: everyDay(5),
        attendance: { didNotAttend: 1, lateCancellation: 0, rebookAfterDidNotAttend: 0 },
        initialList: [waiting(10, 0)],
      }),
    );
    expect(gone.dischargedAfterMissed[0]).toBe(10);
    expect(gone.seen[0]).toBe(0);
    expect(gone.listSize[0]).toBe(0);
    const kept = run(
      makePool({
        slotsPerDay: everyDay(5),
        attendance: { didNotAttend: 1, lateCancellation: 0, rebookAfterDidNotAttend: 1 },
        initialList: [waiting(10, 0)],
      }),
    );
    expect(kept.listSize).toEqual(new Array(8).fill(10));
    expect(kept.unusedSlots).toEqual(new Array(8).fill(0));
    const cancelled = run(
      makePool({
        slotsPerDay: everyDay(5),
        attendance: { didNotAttend: 0, lateCancellation: 1, rebookAfterDidNotAttend: 0 },
        initialList: [waiting(10, 0)],
      }),
    );
    expect(cancelled.listSize).toEqual(new Array(8).fill(10));
    expect(cancelled.seen).toEqual(new Array(8).fill(0));
  });

  it('lets everyone withdraw at the end of the week when the weekly chance is 1', () => {
    const r = run(makePool({ withdrawPerWeek: 1, initialList: [waiting(12, 3)] }));
    expect(r.withdrawn[0]).toBe(12);
    expect(r.listSize[0]).toBe(0);
  });

  it('fills group courses from the group list: 20 waiting, 8 places a week', () => {
    const r = run(
      makePool({
        groups: [{ firstDay: 0, everyDays: 7, places: 8 }],
        initialList: [waiting(20, 0, { group: true })],
      }),
    );
    expect(r.seen.slice(0, 4)).toEqual([8, 8, 4, 0]);
    expect(r.listSize.slice(0, 4)).toEqual([12, 4, 0, 0]);
  });

  it('sends a share of routine referrals to the group list', () => {
    const r = run(
      makePool({
        pathways: [{ ...oneADay, groupShare: 1 }],
        groups: [{ firstDay: 6, everyDays: 7, places: 10 }],
      }),
    );
    // Each week's 7 referrals all wait for the group that starts on its last day.
    expect(r.seen).toEqual(new Array(8).fill(7));
    expect(r.listSize).toEqual(new Array(8).fill(0));
  });
});

describe('the projection’s input', () => {
  it('takes the demo’s episode lengths: 1 + Poisson(2) sessions, held at six', () => {
    const w = sessionWeightsFromMean(3, 6);
    const e2 = Math.exp(-2);
    [e2, 2 * e2, 2 * e2, (4 / 3) * e2, (2 / 3) * e2].forEach((p, i) => {
      expect(w[i]).toBeCloseTo(p, 12);
    });
    expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it('refuses a rota shorter than the projection, a probability above 1, an unknown pathway', () => {
    expect(() => run(makePool({ slotsPerDay: everyDay(1, 4) }))).toThrow(PlanningInputError);
    expect(() => run(makePool({ withdrawPerWeek: 1.5 }))).toThrow(PlanningInputError);
    expect(() => run(makePool({ initialList: [waiting(1, 0, { pathway: 'memory' })] }))).toThrow(
      PlanningInputError,
    );
    expect(() =>
      run(makePool({ pathways: [{ pathway: 'work', perWeek: { routine: -1 } }] })),
    ).toThrow(PlanningInputError);
  });
});
