/**
 * The waiting-list figures against NHSRwaitinglist's own testthat values
 * (github.com/nhs-r-community/NHSRwaitinglist, tests/testthat/test-calc_*.R), to the tolerance
 * R's expect_equal uses (relative 1.5e-8). The queueing closed forms against published worked
 * examples and hand-worked values, each named in its test.
 */
import { describe, expect, it } from 'vitest';
import {
  coefficientOfVariation,
  erlangC,
  interArrivalStatistics,
  mg1PriorityWaitsInQueue,
  mg1WaitInQueue,
  mm1WaitInQueue,
  mmcWaitInQueue,
  queueingFigures,
  queueLoad,
  reliefCapacity,
  targetCapacity,
  targetMeanWait,
  targetQueueSize,
  waitingListPressure,
  weeklyCounts,
} from './queueing.js';
import { PlanningInputError } from './planning-error.js';

/** testthat's expect_equal: mean relative difference below sqrt(.Machine$double.eps). */
function expectREqual(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1.5e-8 * Math.abs(expected));
}

describe('NHSRwaitinglist figures (its tests/testthat values)', () => {
  it('queue load: calc_queue_load(30, 27) = 1.11111111; (35, 27), (30, 25), (52, 42)', () => {
    expectREqual(queueLoad(30, 27), 1.11111111);
    expectREqual(queueLoad(35, 27), 1.2962963);
    expectREqual(queueLoad(30, 25), 1.2);
    expectREqual(queueLoad(52, 42), 1.23809524);
  });

  it('target mean wait: calc_target_mean_wait(52, 4) = 13; (35, 4), (30, 4), (52, 6)', () => {
    expect(targetMeanWait(52, 4)).toBe(13);
    expect(targetMeanWait(52)).toBe(13);
    expectREqual(targetMeanWait(35, 4), 8.75);
    expectREqual(targetMeanWait(30, 4), 7.5);
    expectREqual(targetMeanWait(52, 6), 8.6666667);
  });

  it('target queue size: calc_target_queue_size(30, 52) = 390; (30, 50) = 375; (30, 50, 6) = 250', () => {
    expectREqual(targetQueueSize(30, 52), 390);
    expectREqual(targetQueueSize(30, 50), 375);
    expectREqual(targetQueueSize(30, 50, 6), 250);
  });

  it('relief capacity: calc_relief_capacity(30, 1200, 390, 26) = 61.153846; two more from its vector test', () => {
    expectREqual(reliefCapacity(30, 1200, 390, 26), 61.153846);
    expectREqual(reliefCapacity(30, 1200, 390), 61.153846);
    expectREqual(reliefCapacity(33, 800, 200, 30), 53);
    expectREqual(reliefCapacity(35, 250, 100, 15), 45);
  });

  it('target capacity: calc_target_capacity(30, 52, 3, 1.1, 1.2) = 30.076442 (the code, not the prose)', () => {
    expectREqual(targetCapacity(30, 52, 3, 1.1, 1.2), 30.076442);
    expect(targetCapacity(30, 52, 3, 1.1, 1.2)).toBeCloseTo(
      30 + ((1.1 ** 2 + 1.2 ** 2) / 2) * (3 / 52),
      12,
    );
    // Defaults factor 4, cvs 1 (R/calc_target_capacity.R): 30 + 1 × 4/52.
    expect(targetCapacity(30, 52)).toBeCloseTo(30 + 4 / 52, 12);
  });

  it('pressure: calc_waiting_list_pressure(63, 52) = 2.42307692; (42, 24) = 3.5; (55, 50) = 2.2', () => {
    expectREqual(waitingListPressure(63, 52), 2.42307692);
    expectREqual(waitingListPressure(42, 24), 3.5);
    expectREqual(waitingListPressure(55, 50), 2.2);
  });

  it('refuses inputs no figure can come from', () => {
    expect(() => queueLoad(30, 0)).toThrow(PlanningInputError);
    expect(() => queueLoad(-1, 27)).toThrow(PlanningInputError);
    expect(() => targetMeanWait(52, 0)).toThrow(PlanningInputError);
    expect(() => targetCapacity(30, 52, 4, Number.NaN)).toThrow(PlanningInputError);
  });

  it('combines them as wl_stats does: target capacity while the list is small, relief once it is over twice its target', () => {
    const small = queueingFigures({
      demand: 30,
      capacity: 27,
      queueSize: 700,
      meanWait: 63,
      targetWait: 52,
    });
    expect(small).toMatchObject({ loadTooBig: true, targetQueueSize: 390, queueTooBig: false });
    expect(small.targetCapacity).toBeCloseTo(30 + 4 / 52, 12);
    expect(small.reliefCapacity).toBeNull();
    expectREqual(small.pressure, 2.42307692);
    const big = queueingFigures({
      demand: 30,
      capacity: 27,
      queueSize: 1200,
      meanWait: 63,
      targetWait: 52,
    });
    expect(big.queueTooBig).toBe(true);
    expect(big.targetCapacity).toBeNull();
    expectREqual(big.reliefCapacity ?? 0, 61.153846);
  });
});

describe('demand and its variability', () => {
  it('inter-arrival statistics as wl_referral_stats: its example referrals 1, 4, 10, 16 Jan 2024 → gaps 0, 3, 6, 6, 0', () => {
    // Hand-worked from R/wl_referral_stats.R: start and end are added, so the gaps are
    // 0, 3, 6, 6, 0: mean 3 days, sd 3 (divisor n − 1), cv 1, demand 7/3 a week, count 5.
    const stats = interArrivalStatistics([0, 3, 9, 15]);
    expect(stats?.demandDaily).toBeCloseTo(1 / 3, 12);
    expect(stats?.demandWeekly).toBeCloseTo(7 / 3, 12);
    expect(stats?.cv).toBeCloseTo(1, 12);
    expect(stats?.count).toBe(5);
    expect(interArrivalStatistics([])).toBeNull();
    expect(interArrivalStatistics([4, 4])).toBeNull();
  });

  it('coefficient of variation of weekly counts (hand-worked: 2,4,4,4,5,5,7,9 → sd √(32/7) / 5)', () => {
    expect(coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7) / 5, 12);
    expect(coefficientOfVariation([3])).toBeNull();
    expect(coefficientOfVariation([0, 0])).toBeNull();
  });

  it('weekly counts bin day numbers from the first day, leaving out days outside the weeks', () => {
    expect(weeklyCounts([0, 1, 6, 7, 13, 14, 20, 21, -1], 0, 3)).toEqual([3, 2, 2]);
  });
});

describe('queueing closed forms', () => {
  it('M/M/1: λ = 0.8, μ = 1 → Wq = ρ/(μ − λ) = 4 (hand-worked, Gross et al. 2008 §2.2); unstable → Infinity', () => {
    expect(mm1WaitInQueue(0.8, 1)).toBeCloseTo(4, 12);
    // λ = 15, μ = 17.5 an hour: Wq = 15 / (17.5 × 2.5) = 0.3429 h (the textbook exercise at
    // coursehero.com/file/37729019, "Chapter 5").
    expect(mm1WaitInQueue(15, 17.5)).toBeCloseTo(0.3429, 4);
    expect(mm1WaitInQueue(1, 1)).toBe(Number.POSITIVE_INFINITY);
  });

  it('M/M/c with Erlang C: Cengage "Multiple Server Queueing Model" worksheet, λ = 10, μ = 12', () => {
    // c = 2: P(wait) 0.245, Wq 0.018; c = 3: P(wait) 0.058, Wq 0.002 (3 dp; the worksheet as
    // shared at scribd.com/document/820718700).
    expect(erlangC(2, 10 / 12)).toBeCloseTo(0.245, 3);
    expect(mmcWaitInQueue(10, 12, 2)).toBeCloseTo(0.018, 3);
    expect(erlangC(3, 10 / 12)).toBeCloseTo(0.058, 3);
    expect(mmcWaitInQueue(10, 12, 3)).toBeCloseTo(0.002, 3);
  });

  it('M/M/c: λ = 3.7, μ = 1.33, c = 5, 6, 7 → Wq 0.0629, 0.0172, 0.0047 (studylib.net/doc/26058623)', () => {
    // The same source gives Lq 0.2328, 0.0636, 0.0173; Wq = Lq / λ.
    expect(mmcWaitInQueue(3.7, 1.33, 5)).toBeCloseTo(0.0629, 4);
    expect(mmcWaitInQueue(3.7, 1.33, 5) * 3.7).toBeCloseTo(0.2328, 4);
    expect(mmcWaitInQueue(3.7, 1.33, 6)).toBeCloseTo(0.0172, 4);
    expect(mmcWaitInQueue(3.7, 1.33, 7)).toBeCloseTo(0.0047, 4);
  });

  it('Erlang C is 1 for one server at load ρ times ρ, and M/M/1 is M/M/c with c = 1', () => {
    expect(erlangC(1, 0.8)).toBeCloseTo(0.8, 12);
    expect(mmcWaitInQueue(0.8, 1, 1)).toBeCloseTo(4, 12);
    expect(erlangC(2, 1.5)).toBeCloseTo(4.5 / 7, 12); // hand-worked: (a²/2)(c/(c−a)) / (1 + a + that)
    expect(mmcWaitInQueue(3, 1, 3)).toBe(Number.POSITIVE_INFINITY);
    // Many servers stay finite through the Erlang B recursion (no factorial overflow).
    expect(Number.isFinite(erlangC(400, 380))).toBe(true);
  });

  it('M/D/1 waits half as long as M/M/1 (Pollaczek–Khinchine): ρ = 0.8, μ = 1 → 2', () => {
    expect(mg1WaitInQueue({ arrivalRate: 0.8, meanService: 1, secondMoment: 1 })).toBeCloseTo(
      2,
      12,
    );
    expect(mg1WaitInQueue({ arrivalRate: 0.8, meanService: 1, secondMoment: 2 })).toBeCloseTo(
      4,
      12,
    );
  });

  it('non-preemptive priority (Cobham 1954), hand-worked, and Kleinrock’s conservation law', () => {
    // λ1 = 0.3, λ2 = 0.5, μ = 1 exponential: W0 = (0.3·2 + 0.5·2)/2 = 0.8; σ1 = 0.3, σ2 = 0.8.
    const [high, low] = mg1PriorityWaitsInQueue([
      { arrivalRate: 0.3, meanService: 1, secondMoment: 2 },
      { arrivalRate: 0.5, meanService: 1, secondMoment: 2 },
    ]);
    expect(high).toBeCloseTo(0.8 / 0.7, 12);
    expect(low).toBeCloseTo(0.8 / (0.7 * 0.2), 12);
    // Equal service times: the load-weighted mean wait is the FIFO M/M/1 wait at ρ = 0.8.
    expect(((high ?? 0) * 0.3 + (low ?? 0) * 0.5) / 0.8).toBeCloseTo(mm1WaitInQueue(0.8, 1), 12);
    expect(
      mg1PriorityWaitsInQueue([
        { arrivalRate: 0.5, meanService: 1, secondMoment: 2 },
        { arrivalRate: 0.6, meanService: 1, secondMoment: 2 },
      ])[1],
    ).toBe(Number.POSITIVE_INFINITY);
  });
});
