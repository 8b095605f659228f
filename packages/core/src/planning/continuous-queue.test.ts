/**
 * Validation of the queue discipline the waiting-list projection uses (issue 13, Checks): the
 * continuous-time engine, serving through waiting-queue.ts, against the closed forms of
 * queueing.ts — M/M/1 and M/M/c (Erlang C) at 80% load within ±5%, and over a range of loads
 * and servers below saturation (fast-check); M/D/1 by Pollaczek–Khinchine; two priority
 * classes by Cobham (1954).
 *
 * Sample sizes: a wait in queue of M/M/c is 0 with probability 1 − C (Erlang C) and otherwise
 * exponential, so one customer's wait has relative variance 2/C − 1; the queue's memory inflates
 * that by about 3.2 / (1 − ρ)², measured over 20–40 seeds here (M/M/1 at ρ = 0.8 with a million
 * customers: 1.1%). The property run takes n = 26,700 (2/C − 1) / (1 − ρ)² customers, a relative
 * standard error of 1.1%, so ±5% is four and a half of them; five servers start at ρ = 0.4,
 * below which waiting is too rare to measure in a unit test's time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateContinuousQueue } from './continuous-queue.js';
import {
  erlangC,
  mg1PriorityWaitsInQueue,
  mg1WaitInQueue,
  mm1WaitInQueue,
  mmcWaitInQueue,
} from './queueing.js';

const exponential = (mean: number) => ({ kind: 'exponential', mean }) as const;

function mmc(rho: number, servers: number, customers: number, seed: string) {
  return simulateContinuousQueue({
    servers,
    classes: [{ arrivalRate: rho * servers, service: exponential(1) }],
    customers,
    seed,
  });
}

describe('continuous-time queue against the closed forms', () => {
  it('M/M/1 at 80% load: mean wait in queue within ±5% of ρ/(μ − λ) = 4', () => {
    const result = mmc(0.8, 1, 1_500_000, 'validation/mm1');
    const exact = mm1WaitInQueue(0.8, 1);
    expect(Math.abs(result.meanWaitInQueue / exact - 1)).toBeLessThan(0.05);
    // P(wait) = ρ for M/M/1, and the servers are busy 80% of the time.
    expect(result.probabilityOfWait).toBeCloseTo(0.8, 2);
    expect(result.utilisation).toBeCloseTo(0.8, 2);
  });

  it('M/M/3 at 80% load: mean wait within ±5% of Erlang C’s C(3, 2.4)/(3μ − λ)', () => {
    const result = mmc(0.8, 3, 1_500_000, 'validation/mm3');
    const exact = mmcWaitInQueue(2.4, 1, 3); // 1.0787
    expect(Math.abs(result.meanWaitInQueue / exact - 1)).toBeLessThan(0.05);
  });

  it('over loads 0.3–0.8 (0.4–0.8 for five) and 1, 2, 3 or 5 servers, within ±5% of M/M/c (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 3, 5),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.string({ minLength: 1, maxLength: 8 }),
        (servers, u, seed) => {
          const low = servers === 5 ? 0.4 : 0.3;
          const rho = low + u * (0.8 - low);
          const waitShare = erlangC(servers, rho * servers);
          const customers = Math.ceil(((2 / waitShare - 1) * 26_700) / (1 - rho) ** 2);
          const result = mmc(rho, servers, customers, `property/${seed}`);
          const exact = mmcWaitInQueue(rho * servers, 1, servers);
          return Math.abs(result.meanWaitInQueue / exact - 1) < 0.05;
        },
      ),
      { numRuns: 6 },
    );
  }, 30_000);

  it('M/D/1 at 80% load: within ±5% of Pollaczek–Khinchine (half the M/M/1 wait, 2)', () => {
    const result = simulateContinuousQueue({
      servers: 1,
      classes: [{ arrivalRate: 0.8, service: { kind: 'fixed', value: 1 } }],
      customers: 1_000_000,
      seed: 'validation/md1',
    });
    const exact = mg1WaitInQueue({ arrivalRate: 0.8, meanService: 1, secondMoment: 1 });
    expect(Math.abs(result.meanWaitInQueue / exact - 1)).toBeLessThan(0.05);
  });

  it('two priority classes at 80% load: each within ±5% of Cobham’s non-preemptive waits', () => {
    const result = simulateContinuousQueue({
      servers: 1,
      classes: [
        { arrivalRate: 0.3, service: exponential(1) },
        { arrivalRate: 0.5, service: exponential(1) },
      ],
      customers: 1_500_000,
      seed: 'validation/priority',
    });
    const exact = mg1PriorityWaitsInQueue([
      { arrivalRate: 0.3, meanService: 1, secondMoment: 2 },
      { arrivalRate: 0.5, meanService: 1, secondMoment: 2 },
    ]); // 1.1429 and 5.7143
    result.byClass.forEach((c, i) => {
      expect(Math.abs(c.meanWaitInQueue / (exact[i] ?? 0) - 1)).toBeLessThan(0.05);
    });
  });

  it('gives the same result for the same seed, and another for another seed', () => {
    const a = mmc(0.7, 2, 20_000, 'same');
    expect(mmc(0.7, 2, 20_000, 'same')).toEqual(a);
    expect(mmc(0.7, 2, 20_000, 'other').meanWaitInQueue).not.toBe(a.meanWaitInQueue);
  });
});
