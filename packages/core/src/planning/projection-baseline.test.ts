/**
 * The projection's baseline from the record, worked by hand: capacity over Easter 2026 (gov.uk's
 * England and Wales bank holidays: Good Friday 3 April, Easter Monday 6 April) with a week of
 * leave, demand from a 26-week window, and each rate from the facts or, below its threshold,
 * the default.
 */
import { describe, expect, it } from 'vitest';
import type { ListEntryFact, PlanningFacts, RotaPatternFact } from './planning-facts.js';
import {
  MIN_APPOINTMENTS_FOR_ATTENDANCE,
  MIN_EPISODES_FOR_SESSIONS,
  projectionBaseline,
} from './projection-baseline.js';
import {
  compileSimulationInput,
  DEFAULT_ATTENDANCE,
  DEFAULT_DAYS_BETWEEN_SESSIONS,
  DEFAULT_SESSION_WEIGHTS,
} from './simulation-input.js';

let n = 0;
function template(overrides: Partial<RotaPatternFact> = {}): RotaPatternFact {
  n += 1;
  return {
    templateId: `template-${String(n)}`,
    otId: `ot-${String(n)}`,
    organisationId: 'practice-a',
    pathway: null,
    group: false,
    slotsPerClinic: 6,
    weekdays: [1, 4],
    sessionsPerWeek: 2,
    validFrom: '2025-01-01',
    validUntil: null,
    away: [],
    ...overrides,
  };
}

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

function times(count: number, make: () => ListEntryFact): ListEntryFact[] {
  return Array.from({ length: count }, make);
}

// Thu 26 Mar 2026; the window from Thu 25 Sep 2025 is 182 days, 26 weeks.
function facts(overrides: Partial<PlanningFacts> = {}): PlanningFacts {
  return {
    today: '2026-03-26',
    from: '2025-09-25',
    listEntries: [],
    attendance: { attended: 0, didNotAttend: 0, lateCancelled: 0, didNotAttendRebooked: 0 },
    sessionsPerEpisode: [],
    daysBetweenSessions: null,
    rota: [],
    slotDays: [],
    ...overrides,
  };
}

const BOOKED = { leftOn: '2026-02-01', leftBy: 'booked' } as const;

describe('projectionBaseline: the start', () => {
  it('is the first Monday strictly after today', () => {
    expect(projectionBaseline(facts(), { weeks: 1 }).start).toBe('2026-03-30'); // from a Thursday
    expect(projectionBaseline(facts({ today: '2026-03-29' }), { weeks: 1 }).start).toBe(
      '2026-03-30', // from a Sunday
    );
    expect(projectionBaseline(facts({ today: '2026-03-30' }), { weeks: 1 }).start).toBe(
      '2026-04-06', // from a Monday: a week on
    );
  });
});

describe('projectionBaseline: capacity from the rota', () => {
  const baseline = projectionBaseline(
    facts({
      rota: [
        // 6 slots on Mondays and Thursdays, away Mon 13 – Fri 17 April.
        template({ away: [{ from: '2026-04-13', to: '2026-04-17' }] }),
        // 4 slots on Tuesdays until Tue 7 April; half a session a week.
        template({
          slotsPerClinic: 4,
          weekdays: [2],
          sessionsPerWeek: 0.5,
          validUntil: '2026-04-07',
        }),
        // 3 slots on Wednesdays from 20 April: not running today.
        template({
          slotsPerClinic: 3,
          weekdays: [3],
          sessionsPerWeek: 0.5,
          validFrom: '2026-04-20',
        }),
        // A group: places, not one-to-one slots, left out.
        template({ group: true, slotsPerClinic: 8, weekdays: [5], sessionsPerWeek: 1 }),
      ],
    }),
    { weeks: 4 },
  );

  it('counts the slots day by day: leave, the bank holiday and the templates’ dates', () => {
    // Mon 30 Mar – Sun 26 Apr:
    // week 1: Mon 6, Tue 4, Thu 6 (Good Friday has no one-to-one clinic anyway) → 16
    // week 2: Easter Monday 0, Tue 7 Apr 4 (the Tuesday template's last day), Thu 6 → 10
    // week 3: the first template's clinician away, the others not running → 0
    // week 4: Mon 6, Wed 3 (from 20 April), Thu 6 → 15
    expect(baseline.input.pools[0]?.slotsPerDay).toEqual([
      6, 4, 0, 6, 0, 0, 0, 0, 4, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 3, 6, 0, 0, 0,
    ]);
    // 16 + 10 + 0 + 15 = 41 over 4 weeks.
    expect(baseline.slotsPerWeek).toBe(41 / 4);
  });

  it('counts sessions and slots a session over the one-to-one templates running today', () => {
    // Running today: the Monday/Thursday (2 sessions) and Tuesday (0.5) templates → 2.5.
    expect(baseline.sessionsPerWeek).toBe(2.5);
    // (6 × 2 + 4 × 1) slots a week / 2.5 sessions = 6.4.
    expect(baseline.slotsPerSession).toBeCloseTo(6.4, 12);
  });

  it('is one pool for the service, with the horizon and target given', () => {
    expect(baseline.input.pools.map((p) => p.id)).toEqual(['service']);
    expect(baseline.input.weeks).toBe(4);
    expect(baseline.input.targetWeeks).toBe(6);
    expect(projectionBaseline(facts(), { weeks: 1, targetWeeks: 18 }).input.targetWeeks).toBe(18);
  });

  it('guards slots a session when no clinic runs today', () => {
    const none = projectionBaseline(facts(), { weeks: 1 });
    expect(none.sessionsPerWeek).toBe(0);
    expect(none.slotsPerSession).toBe(0);
    expect(none.slotsPerWeek).toBe(0);
  });
});

describe('projectionBaseline: demand and the list today', () => {
  const baseline = projectionBaseline(
    facts({
      listEntries: [
        // frailty_falls routine: 11 joined and booked, 2 still waiting since Thu 12 Mar and
        // 1 since Thu 19 Mar.
        ...times(11, () => entry({ joinedOn: '2025-12-01', ...BOOKED })),
        ...times(2, () => entry({ joinedOn: '2026-03-12' })),
        entry({ joinedOn: '2026-03-19' }),
        // frailty_falls urgent: 1 booked, 1 joining today.
        entry({ urgency: 'urgent', joinedOn: '2026-01-20', ...BOOKED }),
        entry({ urgency: 'urgent', joinedOn: '2026-03-26' }),
        // mental_health routine: 26 joined, all booked.
        ...times(26, () => entry({ pathway: 'mental_health', joinedOn: '2025-11-01', ...BOOKED })),
        // work: one still waiting since before the window, nobody joining.
        entry({ pathway: 'work', joinedOn: '2025-06-01' }),
      ],
    }),
    { weeks: 1 },
  );
  const pool = baseline.input.pools[0];

  it('gives each pathway its joins a week by urgency over the 26-week window', () => {
    expect(pool?.pathways.map((p) => [p.pathway, p.perWeek])).toEqual([
      ['frailty_falls', { urgent: 2 / 26, routine: 14 / 26 }],
      ['mental_health', { routine: 1 }],
      // Kept, with no demand, so the person waiting is on the list.
      ['work', {}],
    ]);
    // (14 + 2 + 26) / 26 weeks.
    expect(baseline.assumptions.demandPerWeek).toEqual({ value: 42 / 26, source: 'record', n: 42 });
  });

  it('starts with the people waiting today, by the days they will have waited on day 0', () => {
    // To Mon 30 Mar: from 26 Mar 4 days; from 12 Mar 18 days, from 19 Mar 11 (longest first);
    // from 1 Jun 2025 30 + 31 + 31 + 30 + 31 + 30 + 31 + 31 + 28 + 29 = 302 days.
    expect(pool?.initialList).toEqual([
      { pathway: 'frailty_falls', urgency: 'urgent', waitedDays: 4, count: 1 },
      { pathway: 'frailty_falls', urgency: 'routine', waitedDays: 18, count: 2 },
      { pathway: 'frailty_falls', urgency: 'routine', waitedDays: 11, count: 1 },
      { pathway: 'work', urgency: 'routine', waitedDays: 302, count: 1 },
    ]);
  });

  it('gives an input the simulation accepts', () => {
    expect(() => compileSimulationInput(baseline.input)).not.toThrow();
  });
});

describe('projectionBaseline: rates from the record', () => {
  it(`attendance from ${String(MIN_APPOINTMENTS_FOR_ATTENDANCE)} appointments: 24 attended, 4 missed (3 rebooked), 2 late cancellations`, () => {
    const a = projectionBaseline(
      facts({
        attendance: { attended: 24, didNotAttend: 4, lateCancelled: 2, didNotAttendRebooked: 3 },
      }),
      { weeks: 1 },
    );
    // 4 / 30, 2 / 30, 3 / 4.
    expect(a.assumptions.didNotAttend).toEqual({ value: 4 / 30, source: 'record', n: 30 });
    expect(a.assumptions.lateCancellation).toEqual({ value: 2 / 30, source: 'record', n: 30 });
    expect(a.assumptions.rebookAfterDidNotAttend).toEqual({ value: 0.75, source: 'record', n: 4 });
    expect(a.input.pools[0]?.attendance).toEqual({
      didNotAttend: 4 / 30,
      lateCancellation: 2 / 30,
      rebookAfterDidNotAttend: 0.75,
    });
  });

  it(`sessions per episode from ${String(MIN_EPISODES_FOR_SESSIONS)} episodes, those over 6 counted as 6`, () => {
    const b = projectionBaseline(
      facts({
        sessionsPerEpisode: [5, 5, 5, 3, 1, 0, 1],
        listEntries: [entry()],
      }),
      { weeks: 1 },
    );
    // [5, 5, 5, 3, 1, 0 + 1]; mean (5 + 10 + 15 + 12 + 5 + 6) / 20 = 2.65.
    expect(b.input.pools[0]?.pathways[0]?.sessionWeights).toEqual([5, 5, 5, 3, 1, 1]);
    expect(b.assumptions.meanSessions.value).toBeCloseTo(2.65, 12);
    expect(b.assumptions.meanSessions.source).toBe('record');
    expect(b.assumptions.meanSessions.n).toBe(20);
  });

  it('days between sessions rounded, at least 1', () => {
    const histogram = { sessionsPerEpisode: [10, 6, 4] };
    const eight = projectionBaseline(facts({ ...histogram, daysBetweenSessions: 7.6 }), {
      weeks: 1,
    });
    expect(eight.assumptions.daysBetweenSessions).toEqual({ value: 8, source: 'record', n: 10 });
    expect(eight.input.pools[0]?.daysBetweenSessions).toBe(8);
    const one = projectionBaseline(facts({ daysBetweenSessions: 0.3 }), { weeks: 1 });
    expect(one.assumptions.daysBetweenSessions.value).toBe(1);
  });

  it('withdrawals a person-week: 2 withdrawn over 70 days = 10 weeks on the list → 0.2', () => {
    const w = projectionBaseline(
      facts({
        listEntries: [
          // Joined before the window, withdrew 9 Oct: 25 Sep → 9 Oct = 14 days in the window.
          entry({ joinedOn: '2025-09-11', leftOn: '2025-10-09', leftBy: 'withdrawn' }),
          // Still waiting: 12 Mar → 26 Mar = 14 days.
          entry({ joinedOn: '2026-03-12' }),
          // Booked: 1 Jan → 29 Jan = 28 days.
          entry({ joinedOn: '2026-01-01', leftOn: '2026-01-29', leftBy: 'booked' }),
          // Withdrew: 1 Feb → 15 Feb = 14 days.
          entry({ joinedOn: '2026-02-01', leftOn: '2026-02-15', leftBy: 'withdrawn' }),
        ],
      }),
      { weeks: 1 },
    );
    expect(w.assumptions.withdrawPerWeek).toEqual({ value: 0.2, source: 'record', n: 4 });
    expect(w.input.pools[0]?.withdrawPerWeek).toBe(0.2);
  });
});

describe('projectionBaseline: defaults below the thresholds', () => {
  const d = projectionBaseline(
    facts({
      // 29 appointments, 19 episodes, no median gap, nobody on the list.
      attendance: { attended: 23, didNotAttend: 4, lateCancelled: 2, didNotAttendRebooked: 4 },
      sessionsPerEpisode: [10, 5, 4],
    }),
    { weeks: 1 },
  );

  it('uses the default attendance below 30 appointments', () => {
    expect(d.assumptions.didNotAttend).toEqual({
      value: DEFAULT_ATTENDANCE.didNotAttend,
      source: 'default',
      n: 0,
    });
    expect(d.assumptions.lateCancellation).toEqual({
      value: DEFAULT_ATTENDANCE.lateCancellation,
      source: 'default',
      n: 0,
    });
    expect(d.assumptions.rebookAfterDidNotAttend.source).toBe('default');
    expect(d.input.pools[0]?.attendance).toEqual(DEFAULT_ATTENDANCE);
  });

  it('uses the default rebooking when nobody missed an appointment', () => {
    const none = projectionBaseline(
      facts({
        attendance: { attended: 30, didNotAttend: 0, lateCancelled: 0, didNotAttendRebooked: 0 },
      }),
      { weeks: 1 },
    );
    expect(none.assumptions.didNotAttend).toEqual({ value: 0, source: 'record', n: 30 });
    expect(none.assumptions.rebookAfterDidNotAttend).toEqual({
      value: DEFAULT_ATTENDANCE.rebookAfterDidNotAttend,
      source: 'default',
      n: 0,
    });
  });

  it('uses the default sessions below 20 episodes, and the default days between sessions', () => {
    const b = projectionBaseline(
      facts({ sessionsPerEpisode: [10, 5, 4], listEntries: [entry()] }),
      { weeks: 1 },
    );
    expect(b.input.pools[0]?.pathways[0]?.sessionWeights).toBe(DEFAULT_SESSION_WEIGHTS);
    const total = DEFAULT_SESSION_WEIGHTS.reduce((s, w) => s + w, 0);
    const mean = DEFAULT_SESSION_WEIGHTS.reduce((s, w, i) => s + (i + 1) * w, 0) / total;
    expect(d.assumptions.meanSessions).toEqual({ value: mean, source: 'default', n: 0 });
    expect(d.assumptions.daysBetweenSessions).toEqual({
      value: DEFAULT_DAYS_BETWEEN_SESSIONS,
      source: 'default',
      n: 0,
    });
  });

  it('withdraws nobody when nobody was on the list', () => {
    expect(d.assumptions.withdrawPerWeek).toEqual({ value: 0, source: 'default', n: 0 });
    expect(d.input.pools[0]?.pathways).toEqual([]);
    expect(d.assumptions.demandPerWeek).toEqual({ value: 0, source: 'record', n: 0 });
  });
});
