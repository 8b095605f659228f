/**
 * Many runs of the waiting-list projection and their spread (issue 13 item 4): the 10th, 50th
 * and 90th percentile of each weekly figure over the runs. Run i is seeded `<seed>/run/<i>`, so
 * it gives the same figures however the runs are split: a worker can run them in batches
 * (simulateRuns), report progress, stop when asked, and summarise the batches at the end
 * (summariseRuns); simulateMany does all of it in one call.
 */
import {
  compileSimulationInput,
  DEFAULT_TARGET_WEEKS,
  type WaitingListSimulationInput,
} from './simulation-input.js';
import { Sampler } from './sampler.js';
import {
  SERIES_COUNT,
  seriesOffset,
  WaitingListEngine,
  type SeriesKey,
} from './waiting-list-simulation.js';
import { requireWhole } from './planning-error.js';

/** The seed of run `run` of a projection seeded `seed`. */
export function runSeed(seed: string, run: number): string {
  return `${seed}/run/${String(run)}`;
}

export interface SimulationControl {
  /** Called after each run with the runs done so far and the runs asked for. */
  readonly onProgress?: (runsDone: number, runs: number) => void;
  /** Asked before each run; true stops (an AbortSignal works as `() => signal.aborted`). */
  readonly shouldStop?: () => boolean;
}

/** Runs firstRun…firstRun + runs − 1: values[(r·SERIES_COUNT + k)·weeks + w] is series k, week w. */
export interface RunBatch {
  readonly firstRun: number;
  /** Runs done (fewer than asked when stopped). */
  readonly runs: number;
  readonly weeks: number;
  readonly values: Float64Array;
}

/** One run's weekly figures (null where a proportion or mean has no one to count). */
export type WaitingListRun = { readonly weeks: number } & Readonly<
  Record<SeriesKey, readonly (number | null)[]>
>;

export interface PercentileBand {
  readonly p10: readonly (number | null)[];
  readonly p50: readonly (number | null)[];
  readonly p90: readonly (number | null)[];
}

export interface WaitingListProjection {
  readonly seed: string;
  readonly weeks: number;
  readonly targetWeeks: number;
  readonly runsRequested: number;
  /** Runs summarised (fewer than requested when stopped). */
  readonly runs: number;
  readonly stopped: boolean;
  /** For each weekly figure (SERIES), its 10th, 50th and 90th percentile over the runs. */
  readonly percentiles: Readonly<Record<SeriesKey, PercentileBand>>;
}

/** Runs `runs` runs from `firstRun` of the projection seeded `seed`. */
export function simulateRuns(
  input: WaitingListSimulationInput,
  seed: string,
  firstRun: number,
  runs: number,
  control: SimulationControl = {},
): RunBatch {
  requireWhole(firstRun, 'firstRun');
  requireWhole(runs, 'runs');
  const compiled = compileSimulationInput(input);
  const engine = new WaitingListEngine(compiled);
  const size = SERIES_COUNT * compiled.weeks;
  const values = new Float64Array(runs * size);
  let done = 0;
  while (done < runs && !(control.shouldStop?.() ?? false)) {
    engine.run(new Sampler(runSeed(seed, firstRun + done)), values, done * size);
    done += 1;
    control.onProgress?.(done, runs);
  }
  return {
    firstRun,
    runs: done,
    weeks: compiled.weeks,
    values: done === runs ? values : values.slice(0, done * size),
  };
}

/** The figures of one series of every run of a batch, a function of (run, week). */
function seriesRecord<V>(make: (key: SeriesKey) => V): Record<SeriesKey, V> {
  return {
    listSize: make('listSize'),
    longestWaitWeeks: make('longestWaitWeeks'),
    seen: make('seen'),
    seenWithinTarget: make('seenWithinTarget'),
    waitingWithinTarget: make('waitingWithinTarget'),
    meanWaitSeenWeeks: make('meanWaitSeenWeeks'),
    arrivals: make('arrivals'),
    withdrawn: make('withdrawn'),
    dischargedAfterMissed: make('dischargedAfterMissed'),
    unusedSlots: make('unusedSlots'),
  };
}

/** Run 0 of the projection seeded `seed`, as plain weekly figures. */
export function simulateWaitingList(
  input: WaitingListSimulationInput,
  seed: string,
): WaitingListRun {
  const batch = simulateRuns(input, seed, 0, 1);
  const weeks = batch.weeks;
  return {
    weeks,
    ...seriesRecord((key) => {
      const from = seriesOffset(key, weeks);
      return Array.from(batch.values.subarray(from, from + weeks), (v) =>
        Number.isNaN(v) ? null : v,
      );
    }),
  };
}

/**
 * The p-quantile of ascending `sorted` by Hyndman & Fan (1996) definition 7 (R's default, as
 * evidence/intervals.ts): h = (n − 1)p, interpolating linearly; null when empty.
 */
function quantileOfSorted(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = sorted[Math.floor(h)] ?? 0;
  const hi = sorted[Math.ceil(h)] ?? lo;
  return lo + (h - Math.floor(h)) * (hi - lo);
}

/** The percentiles of batches of the same projection (any split of its runs). */
export function summariseRuns(
  batches: readonly RunBatch[],
  meta: { readonly seed: string; readonly targetWeeks: number; readonly runsRequested: number },
): WaitingListProjection {
  const weeks = batches[0]?.weeks ?? 0;
  const runs = batches.reduce((s, b) => s + b.runs, 0);
  const column = new Float64Array(runs);
  const band = (key: SeriesKey): PercentileBand => {
    const from = seriesOffset(key, weeks);
    const p10: (number | null)[] = [];
    const p50: (number | null)[] = [];
    const p90: (number | null)[] = [];
    for (let w = 0; w < weeks; w++) {
      let n = 0;
      for (const b of batches) {
        for (let r = 0; r < b.runs; r++) {
          const v = b.values[r * SERIES_COUNT * weeks + from + w] ?? Number.NaN;
          if (!Number.isNaN(v)) column[n++] = v;
        }
      }
      const sorted = column.subarray(0, n).sort();
      p10.push(quantileOfSorted(sorted, 0.1));
      p50.push(quantileOfSorted(sorted, 0.5));
      p90.push(quantileOfSorted(sorted, 0.9));
    }
    return { p10, p50, p90 };
  };
  const percentiles = seriesRecord(band);
  return {
    seed: meta.seed,
    weeks,
    targetWeeks: meta.targetWeeks,
    runsRequested: meta.runsRequested,
    runs,
    stopped: runs < meta.runsRequested,
    percentiles,
  };
}

/**
 * `runs` runs of the projection seeded `seed`, summarised as the 10th, 50th and 90th percentile
 * of each weekly figure; stops early, with the runs done so far, when `shouldStop` says so.
 */
export function simulateMany(
  input: WaitingListSimulationInput,
  runs: number,
  seed: string,
  control: SimulationControl = {},
): WaitingListProjection {
  const batch = simulateRuns(input, seed, 0, runs, control);
  return summariseRuns([batch], {
    seed,
    targetWeeks: input.targetWeeks ?? DEFAULT_TARGET_WEEKS,
    runsRequested: runs,
  });
}
