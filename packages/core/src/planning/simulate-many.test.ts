/**
 * Many runs and their percentiles: type 7 percentiles (Hyndman & Fan 1996, R's default) worked
 * by hand on a made batch; any split of the runs gives the same projection; progress is
 * reported after each run and a stop is honoured between runs; p10 ≤ p50 ≤ p90.
 */
import { describe, expect, it } from 'vitest';
import {
  runSeed,
  simulateMany,
  simulateRuns,
  summariseRuns,
  type RunBatch,
} from './simulate-many.js';
import type { WaitingListSimulationInput } from './simulation-input.js';
import { SERIES, SERIES_COUNT, seriesOffset } from './waiting-list-simulation.js';

const INPUT: WaitingListSimulationInput = {
  weeks: 10,
  pools: [
    {
      id: 'pcn',
      slotsPerDay: Array.from({ length: 70 }, (_, d) => (d % 7 < 5 ? 14 : 0)),
      pathways: [
        { pathway: 'work', perWeek: { urgent: 2, routine: 12 } },
        { pathway: 'frailty_falls', perWeek: { crisis: 0.5, routine: 14 }, groupShare: 0.3 },
      ],
      groups: [{ firstDay: 2, everyDays: 14, places: 8 }],
      withdrawPerWeek: 0.02,
      initialList: [{ pathway: 'work', urgency: 'routine', waitedDays: 60, count: 40 }],
    },
  ],
};

function madeBatch(listSizes: readonly number[], seenWithin: readonly number[]): RunBatch {
  const weeks = 1;
  const values = new Float64Array(listSizes.length * SERIES_COUNT * weeks).fill(0);
  listSizes.forEach((v, r) => {
    values[r * SERIES_COUNT * weeks + seriesOffset('listSize', weeks)] = v;
    values[r * SERIES_COUNT * weeks + seriesOffset('seenWithinTarget', weeks)] =
      seenWithin[r] ?? Number.NaN;
  });
  return { firstRun: 0, runs: listSizes.length, weeks, values };
}

describe('summariseRuns', () => {
  it('gives type 7 percentiles: 10, 20, 30, 40, 50 → p10 14, p50 30, p90 46', () => {
    const p = summariseRuns([madeBatch([30, 10, 50, 20, 40], [])], {
      seed: 's',
      targetWeeks: 6,
      runsRequested: 5,
    });
    // h = (n − 1)p: 0.4 → 10 + 0.4 × 10; 2 → 30; 3.6 → 40 + 0.6 × 10.
    expect(p.percentiles.listSize.p10[0]).toBeCloseTo(14, 12);
    expect(p.percentiles.listSize.p50[0]).toBe(30);
    expect(p.percentiles.listSize.p90[0]).toBeCloseTo(46, 12);
    // No run saw anyone: no proportion to summarise.
    expect(p.percentiles.seenWithinTarget.p50[0]).toBeNull();
    expect(p.stopped).toBe(false);
  });

  it('leaves out runs with no one to count: 0.5, 1 and two runs without → median 0.75', () => {
    const p = summariseRuns([madeBatch([1, 2, 3, 4], [0.5, Number.NaN, 1, Number.NaN])], {
      seed: 's',
      targetWeeks: 6,
      runsRequested: 4,
    });
    expect(p.percentiles.seenWithinTarget.p50[0]).toBeCloseTo(0.75, 12);
  });
});

describe('simulateMany', () => {
  it('gives the same projection however the runs are split between batches', () => {
    const whole = simulateMany(INPUT, 20, 'split');
    const parts = [simulateRuns(INPUT, 'split', 0, 7), simulateRuns(INPUT, 'split', 7, 13)];
    expect(summariseRuns(parts, { seed: 'split', targetWeeks: 6, runsRequested: 20 })).toEqual(
      whole,
    );
    expect(runSeed('split', 7)).toBe('split/run/7');
  });

  it('orders its percentiles, p10 ≤ p50 ≤ p90, for every figure and week', () => {
    const p = simulateMany(INPUT, 50, 'order');
    for (const key of SERIES) {
      const band = p.percentiles[key];
      band.p50.forEach((mid, w) => {
        const lo = band.p10[w];
        const hi = band.p90[w];
        if (mid === null || lo === null || hi === null || lo === undefined || hi === undefined) {
          return;
        }
        expect(lo).toBeLessThanOrEqual(mid);
        expect(mid).toBeLessThanOrEqual(hi);
      });
    }
    expect(p).toMatchObject({ runs: 50, runsRequested: 50, weeks: 10, targetWeeks: 6 });
  });

  it('reports progress after each run and stops when asked, keeping the runs done', () => {
    const seen: number[] = [];
    const p = simulateMany(INPUT, 30, 'stop', {
      onProgress: (done, total) => {
        expect(total).toBe(30);
        seen.push(done);
      },
      shouldStop: () => seen.length >= 5,
    });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(p).toMatchObject({ runs: 5, runsRequested: 30, stopped: true });
    expect(p).toEqual(
      summariseRuns([simulateRuns(INPUT, 'stop', 0, 5)], {
        seed: 'stop',
        targetWeeks: 6,
        runsRequested: 30,
      }),
    );
  });

  it('is deterministic by seed', () => {
    expect(simulateMany(INPUT, 5, 'same')).toEqual(simulateMany(INPUT, 5, 'same'));
    expect(simulateMany(INPUT, 5, 'same').percentiles.listSize).not.toEqual(
      simulateMany(INPUT, 5, 'other').percentiles.listSize,
    );
  });
});
