/**
 * The workforce search: the share is the median run's weekly share seen within target over the
 * final 26 weeks; with a made evaluator the search finds the exact fewest sessions, doubling and
 * then halving the gap, in steps, or says none up to the most; and over real projections
 * (simulateMany, 50 runs) its answer meets the target and one session fewer does not.
 */
import { describe, expect, it } from 'vitest';
import { applyScenario } from './scenario.js';
import { simulateMany, type PercentileBand, type WaitingListProjection } from './simulate-many.js';
import { SERIES, type SeriesKey } from './waiting-list-simulation.js';
import { searchWorkforce, shareSeenWithinTarget, SHARE_WEEKS } from './workforce-search.js';
import { PlanningInputError } from './planning-error.js';
import type { ProjectionBaseline } from './planning-facts.js';

/** A projection whose median run saw `seenWithinTarget` each week (the other series empty). */
function madeProjection(
  seenWithinTarget: readonly (number | null)[],
  targetWeeks = 6,
): WaitingListProjection {
  const weeks = seenWithinTarget.length;
  const empty: PercentileBand = { p10: [], p50: [], p90: [] };
  const percentiles = Object.fromEntries(SERIES.map((k) => [k, empty])) as Record<
    SeriesKey,
    PercentileBand
  >;
  return {
    seed: 'made',
    weeks,
    targetWeeks,
    runsRequested: 1,
    runs: 1,
    stopped: false,
    percentiles: {
      ...percentiles,
      seenWithinTarget: { p10: seenWithinTarget, p50: seenWithinTarget, p90: seenWithinTarget },
    },
  };
}

/** An evaluator whose share at `extra` sessions is `share(extra)` every week. */
function madeEvaluator(share: (extra: number) => number | null, targetWeeks = 6) {
  const asked: number[] = [];
  const evaluate = async (extra: number) => {
    asked.push(extra);
    return madeProjection(Array<number | null>(52).fill(share(extra)), targetWeeks);
  };
  return { evaluate, asked };
}

describe('shareSeenWithinTarget', () => {
  it('averages the final 26 weeks’ medians, leaving out weeks nobody was seen', () => {
    expect(SHARE_WEEKS).toBe(26);
    // Weeks 0–25 at 0 are not counted; of the final 26, 13 at 0.8 and 13 empty.
    const weekly = [
      ...Array<number>(26).fill(0),
      ...Array.from({ length: 26 }, (_, w) => (w % 2 === 0 ? 0.8 : null)),
    ];
    expect(shareSeenWithinTarget(madeProjection(weekly))).toBeCloseTo(0.8, 12);
    const rising = [...Array<number>(26).fill(0), ...Array.from({ length: 26 }, (_, w) => w / 25)];
    expect(shareSeenWithinTarget(madeProjection(rising))).toBeCloseTo(0.5, 12);
  });

  it('is null when nobody was seen, and uses every week of a shorter projection', () => {
    expect(shareSeenWithinTarget(madeProjection(Array<null>(52).fill(null)))).toBeNull();
    expect(shareSeenWithinTarget(madeProjection([0.2, 0.4, null, 0.9]))).toBeCloseTo(0.5, 12);
  });
});

describe('searchWorkforce with a made evaluator', () => {
  it('finds the exact fewest sessions: doubling to 8, then halving the gap to 7', async () => {
    const { evaluate, asked } = madeEvaluator((x) => Math.min(1, 0.5 + 0.05 * x));
    const found = await searchWorkforce(evaluate, { withinWeeks: 6, share: 0.82 });
    // 0.5 + 0.05x ≥ 0.82 first at x = 7 (6 gives 0.80).
    expect(found.extraSessionsPerWeek).toBe(7);
    expect(found.extraWte).toBe(0.7);
    expect(found.achievedShare).toBeCloseTo(0.85, 12);
    expect(found.tried.map((t) => t.extraSessionsPerWeek)).toEqual([0, 1, 2, 4, 8, 6, 7]);
    expect(asked).toEqual([0, 1, 2, 4, 8, 6, 7]);
    expect(found.tried[4]?.share).toBeCloseTo(0.9, 12);
    expect(found.maxTried).toBe(8);
    expect(found.target).toEqual({ withinWeeks: 6, share: 0.82 });
  });

  it('answers 0 when the scenario already meets the target', async () => {
    const { evaluate } = madeEvaluator(() => 0.95);
    const found = await searchWorkforce(evaluate, { withinWeeks: 6, share: 0.9 });
    expect(found).toMatchObject({ extraSessionsPerWeek: 0, extraWte: 0, achievedShare: 0.95 });
    expect(found.tried).toEqual([{ extraSessionsPerWeek: 0, share: 0.95 }]);
  });

  it('says none when even the most fails, with the share at the most', async () => {
    const { evaluate } = madeEvaluator((x) => 0.5 + 0.01 * x);
    const found = await searchWorkforce(evaluate, { withinWeeks: 6, share: 0.95 });
    expect(found.extraSessionsPerWeek).toBeNull();
    expect(found.extraWte).toBeNull();
    expect(found.achievedShare).toBeCloseTo(0.9, 12);
    expect(found.tried.map((t) => t.extraSessionsPerWeek)).toEqual([0, 1, 2, 4, 8, 16, 32, 40]);
    expect(found.maxTried).toBe(40);
  });

  it('tries multiples of the step up to the most given', async () => {
    const { evaluate } = madeEvaluator((x) => (x >= 13 ? 0.9 : 0.7));
    const found = await searchWorkforce(
      evaluate,
      { withinWeeks: 6, share: 0.9 },
      { step: 5, maxExtraSessions: 40 },
    );
    expect(found.tried.map((t) => t.extraSessionsPerWeek)).toEqual([0, 5, 10, 20, 15]);
    expect(found.extraSessionsPerWeek).toBe(15);
    expect(found.extraWte).toBe(1.5);
  });

  it('counts a capacity where nobody was seen as failing', async () => {
    const { evaluate } = madeEvaluator((x) => (x < 3 ? null : 1));
    const found = await searchWorkforce(evaluate, { withinWeeks: 6, share: 0.9 });
    expect(found.extraSessionsPerWeek).toBe(3);
    expect(found.tried.slice(0, 3).map((t) => t.share)).toEqual([null, null, null]);
  });

  it('refuses a projection counted against another target, and a nonsense target', async () => {
    const { evaluate } = madeEvaluator(() => 0.5, 6);
    await expect(searchWorkforce(evaluate, { withinWeeks: 4, share: 0.9 })).rejects.toThrow(
      PlanningInputError,
    );
    await expect(searchWorkforce(evaluate, { withinWeeks: 6, share: 1.2 })).rejects.toMatchObject({
      field: 'target.share',
    });
    await expect(
      searchWorkforce(evaluate, { withinWeeks: 6, share: 0.9 }, { step: 0 }),
    ).rejects.toMatchObject({ field: 'step' });
  });
});

describe('searchWorkforce over real projections', () => {
  // A service of 5 sessions (15 slots) a week, 3 a day, facing 20 one-session referrals a week.
  const baseline: ProjectionBaseline = {
    start: '2026-06-01',
    input: {
      weeks: 52,
      pools: [
        {
          id: 'service',
          slotsPerDay: Array.from({ length: 364 }, (_, d) => (d % 7 < 5 ? 3 : 0)),
          pathways: [{ pathway: 'work', perWeek: { routine: 20 }, sessionWeights: [1] }],
          initialList: [{ pathway: 'work', urgency: 'routine', waitedDays: 21, count: 30 }],
          withdrawPerWeek: 0.01,
        },
      ],
    },
    slotsPerWeek: 15,
    sessionsPerWeek: 5,
    slotsPerSession: 3,
    assumptions: Object.fromEntries(
      [
        'didNotAttend',
        'lateCancellation',
        'rebookAfterDidNotAttend',
        'withdrawPerWeek',
        'meanSessions',
        'daysBetweenSessions',
        'demandPerWeek',
      ].map((k) => [k, { value: 0, source: 'default', n: 0 }]),
    ) as unknown as ProjectionBaseline['assumptions'],
  };

  it('returns sessions that meet the target, and one fewer does not', async () => {
    const target = { withinWeeks: 4, share: 0.9 };
    const evaluate = async (extra: number) =>
      simulateMany(
        applyScenario(
          baseline,
          { changes: [] },
          {
            targetWeeks: target.withinWeeks,
            extraSessionsPerWeek: extra,
          },
        ).input,
        50,
        'workforce',
      );
    const found = await searchWorkforce(evaluate, target);
    const extra = found.extraSessionsPerWeek;
    if (extra === null) throw new Error('no capacity met the target');
    expect(extra).toBeGreaterThan(0);
    const at = shareSeenWithinTarget(await evaluate(extra));
    const below = shareSeenWithinTarget(await evaluate(extra - 1));
    expect(at).toBe(found.achievedShare);
    expect(at).toBeGreaterThanOrEqual(target.share);
    expect(below ?? 0).toBeLessThan(target.share);
    expect(found.tried).toContainEqual({ extraSessionsPerWeek: extra - 1, share: below });
  });
});
