/**
 * Scenarios applied to a tiny hand-built baseline, every slot counted by hand: sessions added and
 * removed (never below 0 on a day), a week with no clinics opened Monday to Friday around a bank
 * holiday (gov.uk: spring bank holiday Monday 25 May 2026), fractional slots per session kept
 * exact over the weeks, a new OT's sessions and vacancy risk, demand, did-not-attend, the tiered
 * model, refusals in English and Welsh, and the baseline never changed.
 */
import { describe, expect, it } from 'vitest';
import { largestRemainder, applyScenario } from './scenario.js';
import { PlanningInputError } from './planning-error.js';
import type { ProjectionBaseline, ScenarioChange } from './planning-facts.js';
import {
  compileSimulationInput,
  DEFAULT_ATTENDANCE,
  type CapacityPool,
} from './simulation-input.js';

// Monday to Sunday: 4 + 3 + 3 = 10 slots a week.
const WEEK = [4, 0, 3, 3, 0, 0, 0];

const assumption = { value: 0, source: 'default', n: 0 } as const;

function makeBaseline(
  pool: Partial<CapacityPool> = {},
  overrides: Partial<ProjectionBaseline> = {},
): ProjectionBaseline {
  return {
    start: '2026-06-01',
    input: {
      weeks: 2,
      targetWeeks: 6,
      pools: [
        {
          id: 'service',
          slotsPerDay: [...WEEK, ...WEEK],
          pathways: [
            { pathway: 'work', perWeek: { urgent: 2, routine: 10 } },
            { pathway: 'frailty_falls', perWeek: { routine: 4 } },
          ],
          ...pool,
        },
      ],
    },
    slotsPerWeek: 10,
    sessionsPerWeek: 10 / 3,
    slotsPerSession: 3,
    assumptions: {
      didNotAttend: assumption,
      lateCancellation: assumption,
      rebookAfterDidNotAttend: assumption,
      withdrawPerWeek: assumption,
      meanSessions: assumption,
      daysBetweenSessions: assumption,
      demandPerWeek: assumption,
    },
    ...overrides,
  };
}

function sessions(sessionsPerWeek: number, fromWeek: number): ScenarioChange {
  return { kind: 'sessions', sessionsPerWeek, fromWeek, practiceId: null, pathway: null };
}

function onlyPool(result: ReturnType<typeof applyScenario>): CapacityPool {
  const [pool] = result.input.pools;
  if (pool === undefined) throw new Error('no pool');
  return pool;
}

function refusal(run: () => unknown): PlanningInputError {
  try {
    run();
  } catch (e) {
    if (e instanceof PlanningInputError) return e;
    throw e;
  }
  throw new Error('expected a PlanningInputError');
}

describe('largestRemainder', () => {
  it('shares 6 over 4, 3, 3 as 2, 2, 2 (quotas 2.4, 1.8, 1.8; the two .8s get the rest)', () => {
    expect(largestRemainder(6, [4, 3, 3])).toEqual([2, 2, 2]);
  });

  it('gives a tie to the earlier, and always sums to the total', () => {
    expect(largestRemainder(3, [1, 1, 1, 1, 1])).toEqual([1, 1, 1, 0, 0]);
    expect(largestRemainder(7, [5, 1, 1])).toEqual([5, 1, 1]);
    expect(largestRemainder(11, [2, 3, 5, 7]).reduce((s, n) => s + n, 0)).toBe(11);
  });
});

describe('applyScenario: sessions', () => {
  it('adds 2 sessions (6 slots) from week 1 over its open days, 4 : 3 : 3', () => {
    const pool = onlyPool(applyScenario(makeBaseline(), { changes: [sessions(2, 1)] }));
    // Week 0 as it was; week 1: Mon 4 + 2, Wed 3 + 2, Thu 3 + 2 (quotas 2.4, 1.8, 1.8).
    expect(pool.slotsPerDay).toEqual([4, 0, 3, 3, 0, 0, 0, 6, 0, 5, 5, 0, 0, 0]);
  });

  it('removes sessions in proportion, never below 0 on a day', () => {
    const two = onlyPool(applyScenario(makeBaseline(), { changes: [sessions(-2, 0)] }));
    expect(two.slotsPerDay).toEqual([2, 0, 1, 1, 0, 0, 0, 2, 0, 1, 1, 0, 0, 0]);
    // 15 slots asked for from a week of 10: the week closes, no day goes negative.
    const five = onlyPool(applyScenario(makeBaseline(), { changes: [sessions(-5, 1)] }));
    expect(five.slotsPerDay).toEqual([4, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // 3 slots from 1 and 9 (quotas 0.3 and 2.7): 0 and 3, leaving 1 and 6.
    const lopsided = applyScenario(
      makeBaseline({ slotsPerDay: [1, 9, 0, 0, 0, 0, 0, 1, 9, 0, 0, 0, 0, 0] }),
      { changes: [sessions(-1, 0)] },
    );
    expect(onlyPool(lopsided).slotsPerDay).toEqual([1, 6, 0, 0, 0, 0, 0, 1, 6, 0, 0, 0, 0, 0]);
  });

  it('nets the changes in force each week', () => {
    const pool = onlyPool(
      applyScenario(makeBaseline(), { changes: [sessions(2, 0), sessions(-2, 1)] }),
    );
    expect(pool.slotsPerDay).toEqual([6, 0, 5, 5, 0, 0, 0, 4, 0, 3, 3, 0, 0, 0]);
  });

  it('opens a week with no clinics Monday to Friday, skipping a bank holiday', () => {
    // Mon 18 May 2026; week 1 holds the spring bank holiday, Monday 25 May.
    const baseline = makeBaseline(
      { slotsPerDay: [...WEEK, 0, 0, 0, 0, 0, 0, 0] },
      { start: '2026-05-18' },
    );
    const pool = onlyPool(applyScenario(baseline, { changes: [sessions(2, 1)] }));
    // 6 slots over Tue–Fri: 1.5 each, the two left to Tuesday and Wednesday.
    expect(pool.slotsPerDay.slice(7)).toEqual([0, 2, 2, 1, 1, 0, 0]);
  });

  it('keeps a fractional slots-per-session exact over the weeks (2.5 a week: 3, 2, 3, 2)', () => {
    const baseline = makeBaseline(
      { slotsPerDay: Array.from({ length: 28 }, (_, d) => (d % 7 === 0 ? 5 : 0)) },
      { slotsPerSession: 2.5 },
    );
    const pool = onlyPool(applyScenario(baseline, { changes: [sessions(1, 0)] }));
    expect(pool.slotsPerDay.filter((_, d) => d % 7 === 0)).toEqual([8, 7, 8, 7]);
  });

  it('adds the workforce search’s extra sessions from week 0 and sets the target', () => {
    const result = applyScenario(
      makeBaseline(),
      { changes: [] },
      { extraSessionsPerWeek: 2, targetWeeks: 4 },
    );
    expect(onlyPool(result).slotsPerDay).toEqual([6, 0, 5, 5, 0, 0, 0, 6, 0, 5, 5, 0, 0, 0]);
    expect(result.input.targetWeeks).toBe(4);
    expect(applyScenario(makeBaseline(), { changes: [] }).input.targetWeeks).toBe(6);
  });
});

describe('applyScenario: a new OT', () => {
  it('adds wte × 10 sessions after the lead time, with the largest vacancy risk', () => {
    const result = applyScenario(makeBaseline(), {
      changes: [
        { kind: 'new_ot', wte: 0.2, leadTimeWeeks: 1, vacancyRisk: 0.114, practiceId: null },
        { kind: 'new_ot', wte: 0.1, leadTimeWeeks: 3, vacancyRisk: 0.3, practiceId: null },
      ],
    });
    // 0.2 WTE = 2 sessions = 6 slots in week 1; the second starts after the horizon.
    expect(onlyPool(result).slotsPerDay).toEqual([4, 0, 3, 3, 0, 0, 0, 6, 0, 5, 5, 0, 0, 0]);
    expect(result.vacancyRisk).toBe(0.3);
    expect(applyScenario(makeBaseline(), { changes: [sessions(1, 0)] }).vacancyRisk).toBeNull();
  });
});

describe('applyScenario: demand, did-not-attend and the tiered model', () => {
  it('raises one pathway’s demand by 50%, the other’s not', () => {
    const pool = onlyPool(
      applyScenario(makeBaseline(), {
        changes: [{ kind: 'demand', percent: 50, pathway: 'work' }],
      }),
    );
    expect(pool.pathways).toEqual([
      { pathway: 'work', perWeek: { urgent: 3, routine: 15 } },
      { pathway: 'frailty_falls', perWeek: { routine: 4 } },
    ]);
    const all = onlyPool(
      applyScenario(makeBaseline(), { changes: [{ kind: 'demand', percent: -25, pathway: null }] }),
    );
    expect(all.pathways.map((p) => p.perWeek)).toEqual([
      { urgent: 1.5, routine: 7.5 },
      { routine: 3 },
    ]);
  });

  it('reduces did-not-attend by a share of itself, keeping the other rates', () => {
    const baseline = makeBaseline({
      attendance: { didNotAttend: 0.12, lateCancellation: 0.05, rebookAfterDidNotAttend: 0.6 },
    });
    const pool = onlyPool(
      applyScenario(baseline, { changes: [{ kind: 'dna_reduction', relativeReduction: 0.25 }] }),
    );
    expect(pool.attendance?.didNotAttend).toBeCloseTo(0.09, 12);
    expect(pool.attendance?.lateCancellation).toBe(0.05);
    expect(pool.attendance?.rebookAfterDidNotAttend).toBe(0.6);
    const fromDefault = onlyPool(
      applyScenario(makeBaseline(), {
        changes: [{ kind: 'dna_reduction', relativeReduction: 0.5 }],
      }),
    );
    expect(fromDefault.attendance?.didNotAttend).toBeCloseTo(DEFAULT_ATTENDANCE.didNotAttend / 2);
  });

  it('sends routine referrals to self-help and groups, with a course every 2 weeks', () => {
    const result = applyScenario(makeBaseline(), {
      changes: [
        {
          kind: 'tiered',
          groupShare: 0.3,
          selfHelpShare: 0.2,
          groupPlaces: 8,
          groupEveryWeeks: 2,
          pathway: 'work',
        },
      ],
    });
    const pool = onlyPool(result);
    // Of 10 routine: 2 to self-help leave; 3 of the 8 left (0.375) wait for a group.
    expect(pool.pathways[0]?.perWeek).toEqual({ urgent: 2, routine: 8 });
    expect(pool.pathways[0]?.groupShare).toBeCloseTo(0.375, 12);
    expect(pool.pathways[1]).toEqual({ pathway: 'frailty_falls', perWeek: { routine: 4 } });
    expect(pool.groups).toEqual([{ firstDay: 14, everyDays: 14, places: 8 }]);
    // The engine takes it.
    expect(compileSimulationInput(result.input).pools[0]?.groups).toHaveLength(1);
  });
});

describe('applyScenario: refusals and the baseline', () => {
  it('refuses nonsense, naming the field in English and Welsh', () => {
    const percent = refusal(() =>
      applyScenario(makeBaseline(), {
        changes: [sessions(1, 0), { kind: 'demand', percent: -150, pathway: null }],
      }),
    );
    expect(percent.field).toBe('changes.1.percent');
    expect(percent.userMessage.en).toMatch(/100%/);
    expect(percent.userMessage.cy).toMatch(/100%/);
    const shares = refusal(() =>
      applyScenario(makeBaseline(), {
        changes: [
          {
            kind: 'tiered',
            groupShare: 0.6,
            selfHelpShare: 0.5,
            groupPlaces: 8,
            groupEveryWeeks: 2,
            pathway: null,
          },
        ],
      }),
    );
    expect(shares.field).toBe('changes.0.selfHelpShare');
    expect(shares.userMessage.cy).toMatch(/hunangymorth/);
    expect(
      refusal(() => applyScenario(makeBaseline(), { changes: [sessions(1, 1.5)] })).field,
    ).toBe('changes.0.fromWeek');
    expect(
      refusal(() => applyScenario(makeBaseline(), { changes: [sessions(Number.NaN, 0)] })).field,
    ).toBe('changes.0.sessionsPerWeek');
    expect(
      refusal(() =>
        applyScenario(makeBaseline(), {
          changes: [
            { kind: 'new_ot', wte: 0, leadTimeWeeks: 0, vacancyRisk: 0.1, practiceId: null },
          ],
        }),
      ).field,
    ).toBe('changes.0.wte');
    expect(
      refusal(() => applyScenario(makeBaseline(), { changes: [] }, { extraSessionsPerWeek: -1 }))
        .field,
    ).toBe('extraSessionsPerWeek');
    const twoPools = makeBaseline();
    const pools = [...twoPools.input.pools, ...twoPools.input.pools];
    expect(
      refusal(() => applyScenario({ ...twoPools, input: { pools } }, { changes: [] })).field,
    ).toBe('input.pools');
    expect(
      refusal(() =>
        applyScenario(makeBaseline({}, { slotsPerSession: 0 }), { changes: [sessions(1, 0)] }),
      ).field,
    ).toBe('slotsPerSession');
  });

  it('never changes the baseline', () => {
    const baseline = makeBaseline({ groups: [{ firstDay: 3, everyDays: 7, places: 4 }] });
    const before = structuredClone(baseline);
    const result = applyScenario(baseline, {
      changes: [
        sessions(2, 0),
        { kind: 'demand', percent: 20, pathway: null },
        {
          kind: 'tiered',
          groupShare: 0.2,
          selfHelpShare: 0.1,
          groupPlaces: 6,
          groupEveryWeeks: 1,
          pathway: null,
        },
        { kind: 'dna_reduction', relativeReduction: 0.3 },
      ],
    });
    expect(baseline).toEqual(before);
    expect(onlyPool(result).slotsPerDay).not.toEqual(before.input.pools[0]?.slotsPerDay);
    expect(onlyPool(result).groups).toHaveLength(2);
    expect(baseline.input.pools[0]?.groups).toHaveLength(1);
  });
});
