/**
 * The live queueing figures and demand against capacity, worked by hand on a small list whose
 * joins are interArrivalStatistics's documented example (1, 4, 10 and 16 January).
 */
import { describe, expect, it } from 'vitest';
import { demandCapacityWeeks, liveQueueing } from './live-queueing.js';
import type { ListEntryFact, PlanningFacts } from './planning-facts.js';

function entry(overrides: Partial<ListEntryFact> = {}): ListEntryFact {
  return {
    pathway: 'frailty_falls',
    tier: 'individualised',
    urgency: 'routine',
    practiceId: 'practice-a',
    joinedOn: '2026-01-01',
    leftOn: null,
    leftBy: null,
    ...overrides,
  };
}

function facts(overrides: Partial<PlanningFacts> = {}): PlanningFacts {
  return {
    today: '2026-01-16',
    from: '2026-01-01',
    listEntries: [],
    attendance: { attended: 0, didNotAttend: 0, lateCancelled: 0, didNotAttendRebooked: 0 },
    sessionsPerEpisode: [],
    daysBetweenSessions: null,
    rota: [],
    slotDays: [],
    ...overrides,
  };
}

// Window Thu 1 Jan … Fri 16 Jan 2026: days 0…15.
const ENTRIES: readonly ListEntryFact[] = [
  // A: joins day 0, booked Sat 10 Jan (day 9).
  entry({ joinedOn: '2026-01-01', leftOn: '2026-01-10', leftBy: 'booked' }),
  // B: joins day 3, still waiting: 12 days → 1 completed week.
  entry({ joinedOn: '2026-01-04' }),
  // C: joins day 9, booked today (day 15): left, so not waiting.
  entry({ joinedOn: '2026-01-10', leftOn: '2026-01-16', leftBy: 'booked' }),
  // D: joins today (day 15), waiting 0 weeks.
  entry({ joinedOn: '2026-01-16', urgency: 'urgent' }),
  // E: joined before the window, still waiting: 1 Dec → 16 Jan = 31 + 15 = 46 days → 6 weeks.
  entry({ pathway: 'mental_health', tier: 'targeted', joinedOn: '2025-12-01' }),
  // F: joined before the window, withdrew on 5 Jan.
  entry({
    pathway: 'mental_health',
    tier: 'targeted',
    joinedOn: '2025-12-20',
    leftOn: '2026-01-05',
    leftBy: 'withdrawn',
  }),
];

describe('liveQueueing (hand-worked)', () => {
  const live = liveQueueing(facts({ listEntries: ENTRIES }), { targetWeeks: 6 });

  it('gives the whole list first, then each pathway and tier with anyone joining or waiting', () => {
    expect(live.groups.map((g) => [g.pathway, g.tier])).toEqual([
      [null, null],
      ['frailty_falls', 'individualised'],
      ['mental_health', 'targeted'],
    ]);
    expect(live.from).toBe('2026-01-01');
    expect(live.to).toBe('2026-01-16');
    expect(live.targetWeeks).toBe(6);
    expect(live.factor).toBe(4);
  });

  it('demand from the joins on days 0, 3, 9, 15: gaps 0, 3, 6, 6, 0 → mean 3, sd 3, cv 1, 7/3 a week', () => {
    const all = live.groups[0];
    expect(all?.joined).toBe(4);
    expect(all?.demandPerWeek).toBeCloseTo(7 / 3, 12);
    expect(all?.cvDemand).toBeCloseTo(1, 12);
  });

  it('capacity from the bookings on days 9 and 15: gaps 9, 6, 0 → mean 5, sd √21, 1.4 a week', () => {
    const all = live.groups[0];
    expect(all?.booked).toBe(2);
    expect(all?.withdrawn).toBe(1);
    expect(all?.capacityPerWeek).toBeCloseTo(1.4, 12);
    // Deviations 4, 1, −5: (16 + 1 + 25) / 2 = 21; cv = √21 / 5 = 0.916515.
    expect(all?.cvCapacity).toBeCloseTo(Math.sqrt(21) / 5, 12);
  });

  it('counts B, D and E waiting today, 1, 0 and 6 completed weeks: mean 7/3', () => {
    const all = live.groups[0];
    expect(all?.waiting).toBe(3);
    expect(all?.meanWaitWeeks).toBeCloseTo(7 / 3, 12);
  });

  it('gives wl_stats figures from them', () => {
    const figures = live.groups[0]?.figures;
    // load = (7/3) / 1.4 = 5/3; target queue = 7/3 × 6/4 = 3.5; 3 waiting ≤ 2 × 3.5.
    expect(figures?.load).toBeCloseTo(5 / 3, 12);
    expect(figures?.loadTooBig).toBe(true);
    expect(figures?.targetMeanWait).toBe(1.5);
    expect(figures?.targetQueueSize).toBeCloseTo(3.5, 12);
    expect(figures?.queueTooBig).toBe(false);
    // target capacity = 7/3 + ((1² + 21/25) / 2) × (4/6) = 7/3 + 0.92 × 2/3 = 2.946667.
    expect(figures?.targetCapacity).toBeCloseTo(7 / 3 + (0.92 * 2) / 3, 12);
    expect(figures?.reliefCapacity).toBeNull();
    // pressure = 2 × (7/3) / 6 = 7/9.
    expect(figures?.pressure).toBeCloseTo(7 / 9, 12);
  });

  it('a pathway and tier with nobody joining or booked has no demand, no capacity and no figures', () => {
    const mh = live.groups[2];
    expect(mh).toMatchObject({
      joined: 0,
      booked: 0,
      withdrawn: 1,
      demandPerWeek: 0,
      cvDemand: null,
      capacityPerWeek: 0,
      cvCapacity: null,
      waiting: 1,
      meanWaitWeeks: 6,
      figures: null,
    });
    const ff = live.groups[1];
    expect(ff?.joined).toBe(4);
    expect(ff?.waiting).toBe(2);
    expect(ff?.meanWaitWeeks).toBe(0.5);
  });

  it('passes the factor through, and leaves an unknown cv of demand to the default of 1', () => {
    // One booking on day 7 of a 14-day window, from someone who joined before it: gaps 7, 7 →
    // 1 a week, cv 0; no joins, so demand 0 and its cv unknown (1 in the formula).
    const one = liveQueueing(
      facts({
        today: '2026-01-15',
        listEntries: [entry({ joinedOn: '2025-12-01', leftOn: '2026-01-08', leftBy: 'booked' })],
      }),
      { targetWeeks: 6, factor: 3 },
    );
    expect(one.factor).toBe(3);
    const all = one.groups[0];
    expect(all?.capacityPerWeek).toBe(1);
    expect(all?.cvCapacity).toBe(0);
    expect(all?.meanWaitWeeks).toBeNull();
    // target capacity = 0 + ((1 + 0) / 2) × (3 / 6) = 0.25; load 0; pressure 0.
    expect(all?.figures?.targetCapacity).toBeCloseTo(0.25, 12);
    expect(all?.figures?.load).toBe(0);
    expect(all?.figures?.pressure).toBe(0);
    // Nobody joined or waits, so no pathway group.
    expect(one.groups).toHaveLength(1);
  });
});

describe('demandCapacityWeeks (hand-worked)', () => {
  it('counts joins, bookings and slots in each Monday-to-Sunday week of the window', () => {
    const weeks = demandCapacityWeeks(
      facts({
        listEntries: [
          ...ENTRIES,
          // Joined Tue 30 Dec, in the first week but before the window: not counted.
          entry({ joinedOn: '2025-12-30', leftOn: '2026-01-06', leftBy: 'booked' }),
        ],
        slotDays: [
          { on: '2025-12-31', slots: 5, booked: 5 }, // before the window
          { on: '2026-01-02', slots: 6, booked: 4 },
          { on: '2026-01-05', slots: 6, booked: 6 },
          { on: '2026-01-08', slots: 6, booked: 5 },
          { on: '2026-01-15', slots: 6, booked: 2 },
        ],
      }),
    );
    // Weeks from Mon 29 Dec (holding Thu 1 Jan) to Mon 12 Jan (holding Fri 16 Jan).
    // Joins: 1 Jan and Sun 4 Jan; Sat 10 Jan; 16 Jan. Bookings: 6 Jan and 10 Jan; 16 Jan.
    expect(weeks).toEqual([
      { weekStart: '2025-12-29', joined: 2, booked: 0, slots: 6, slotsBooked: 4 },
      { weekStart: '2026-01-05', joined: 1, booked: 2, slots: 12, slotsBooked: 11 },
      { weekStart: '2026-01-12', joined: 1, booked: 1, slots: 6, slotsBooked: 2 },
    ]);
  });

  it('gives one week when the window is within one', () => {
    const weeks = demandCapacityWeeks(facts({ from: '2026-01-13', today: '2026-01-14' }));
    expect(weeks).toEqual([
      { weekStart: '2026-01-12', joined: 0, booked: 0, slots: 0, slotsBooked: 0 },
    ]);
  });
});
