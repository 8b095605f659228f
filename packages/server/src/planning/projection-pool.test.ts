/**
 * The projection pool on real worker threads (from source, through tsx): the same projection as
 * core's simulateMany for the same seed across two workers; progress rises to the runs asked
 * for; a stop resolves with the runs done; core's input errors come back with their field; a
 * worker that dies fails its projection and is replaced; close rejects what is running.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  PlanningInputError,
  SERIES,
  simulateMany,
  type CapacityPool,
  type WaitingListSimulationInput,
} from '@everyday/core';
import { ProjectionPool, ProjectionWorkerError } from './projection-pool.js';

/** A PCN's list, two pathways and a group course, 14 slots a weekday (core's test service). */
function makePool(overrides: Partial<CapacityPool> & { weeks?: number } = {}): CapacityPool {
  const { weeks = 10, ...rest } = overrides;
  return {
    id: 'pcn',
    slotsPerDay: Array.from({ length: weeks * 7 }, (_, d) => (d % 7 < 5 ? 14 : 0)),
    pathways: [
      { pathway: 'work', perWeek: { urgent: 2, routine: 12 } },
      { pathway: 'frailty_falls', perWeek: { crisis: 0.5, routine: 14 }, groupShare: 0.3 },
    ],
    groups: [{ firstDay: 2, everyDays: 14, places: 8 }],
    withdrawPerWeek: 0.02,
    initialList: [{ pathway: 'work', urgency: 'routine', waitedDays: 60, count: 40 }],
    ...rest,
  };
}

function makeInput(weeks = 10, pools = 1): WaitingListSimulationInput {
  return {
    weeks,
    pools: Array.from({ length: pools }, (_, i) => makePool({ id: `pcn-${String(i)}`, weeks })),
  };
}

/** A worker that answers without simulating, dies on seed 'crash' and never answers 'hang'. */
const FAKE_WORKER = new URL(
  `data:text/javascript,${encodeURIComponent(`
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (c) => {
  if (c.seed === 'crash') process.exit(3);
  if (c.seed === 'hang') return;
  const values = new Float64Array(c.runs * ${String(SERIES.length)});
  parentPort.postMessage({ id: c.id, kind: 'done', batch: { firstRun: c.firstRun, runs: c.runs, weeks: 1, values } });
});`)}`,
);

describe('ProjectionPool', { timeout: 60_000 }, () => {
  // One pool for the file: two workers from source start once (tsx compiles core in each).
  const pool = new ProjectionPool(2, { chunkRuns: 5 });
  afterAll(() => pool.close());

  it('gives simulateMany’s projection for the same seed, 23 runs in chunks of 5 on 2 workers, progress rising to 23', async () => {
    const input = makeInput();
    const seen: number[] = [];
    const projection = await pool.simulate(input, 23, 'pool', {
      onProgress: (runsDone, runs) => {
        expect(runs).toBe(23);
        seen.push(runsDone);
      },
    });
    expect(projection).toEqual(simulateMany(input, 23, 'pool'));
    expect(projection.stopped).toBe(false);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((n, i) => i === 0 || n > (seen[i - 1] ?? 0))).toBe(true);
    expect(seen.at(-1)).toBe(23);
  });

  it('runs two projections at once, each its own simulateMany', async () => {
    const a = makeInput(8);
    const b = makeInput(12, 2);
    const [pa, pb] = await Promise.all([pool.simulate(a, 17, 'a'), pool.simulate(b, 11, 'b')]);
    expect(pa).toEqual(simulateMany(a, 17, 'a'));
    expect(pb).toEqual(simulateMany(b, 11, 'b'));
  });

  it('stops when aborted mid-way, resolving with the runs done (stopped, fewer than asked)', async () => {
    const input = makeInput(52, 6);
    const stop = new AbortController();
    let last = 0;
    const projection = await pool.simulate(input, 2_000, 'stop', {
      signal: stop.signal,
      onProgress: (runsDone) => {
        last = runsDone;
        if (runsDone >= 12) stop.abort();
      },
    });
    expect(projection.stopped).toBe(true);
    expect(projection.runsRequested).toBe(2_000);
    expect(projection.runs).toBeGreaterThanOrEqual(12);
    expect(projection.runs).toBeLessThan(2_000);
    expect(projection.runs).toBe(last);
    expect(projection.weeks).toBe(52);
  });

  it('runs nothing when the signal has already stopped, but still knows the weeks', async () => {
    const projection = await pool.simulate(makeInput(), 50, 'gone', {
      signal: AbortSignal.abort(),
    });
    expect(projection).toMatchObject({ runs: 0, runsRequested: 50, stopped: true, weeks: 10 });
    expect(projection.percentiles.listSize.p50).toEqual(Array(10).fill(null));
  });

  it('rejects an input core refuses with its field, and a bad number of runs', async () => {
    const short = { weeks: 10, pools: [makePool({ slotsPerDay: [14, 14, 14] })] };
    const error = await pool.simulate(short, 10, 'bad').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanningInputError);
    expect(error).toMatchObject({ field: 'pools.0.slotsPerDay' });
    await expect(pool.simulate(makeInput(), 2.5, 'bad')).rejects.toMatchObject({
      name: 'PlanningInputError',
      field: 'runs',
    });
    // The pool still works afterwards.
    expect((await pool.simulate(makeInput(), 3, 'after')).runs).toBe(3);
  });
});

describe('ProjectionPool when a worker dies', () => {
  it('fails the projection with a clear error and starts another worker for the next', async () => {
    const pool = new ProjectionPool(1, { workerUrl: FAKE_WORKER });
    try {
      await expect(pool.simulate(makeInput(), 10, 'crash')).rejects.toThrow(
        new ProjectionWorkerError('The projection worker stopped unexpectedly (exit code 3)'),
      );
      const next = await pool.simulate(makeInput(), 10, 'fine');
      expect(next).toMatchObject({ runs: 10, stopped: false, weeks: 1 });
    } finally {
      await pool.close();
    }
  });

  it('rejects a projection still running when the pool is closed, and any after', async () => {
    const pool = new ProjectionPool(1, { workerUrl: FAKE_WORKER });
    const running = expect(pool.simulate(makeInput(), 10, 'hang')).rejects.toThrow(
      'The projection pool was closed',
    );
    await pool.close();
    await running;
    await expect(pool.simulate(makeInput(), 10, 'fine')).rejects.toBeInstanceOf(
      ProjectionWorkerError,
    );
  });
});
