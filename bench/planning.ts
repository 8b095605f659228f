/**
 * `npm run bench -- planning` (issue 13 item 7): the waiting-list projection, 1,000 seeded runs of
 * 52 weeks (core's `simulateMany`, with percentiles), for one PCN and for a 100-practice service,
 * in one thread, and the 100-practice cases again across the server's two-worker ProjectionPool
 * (which must give the same projection to the figure). Floor, same run: the same days and the
 * same Poisson arrivals from the same sampler, served first come first served by the same slots,
 * counting only the list: the plainest projection there is, without urgency, did-not-attend,
 * rebooking, withdrawal, episodes of several sessions or percentiles.
 *
 * The service's shape (referrals a week, slots a weekday) is the bulk generator's: 100 practices
 * of about 10,000 people, about 30 referrals a week for each PCN of five practices... here one PCN
 * of 30 a week with 22 one-to-one slots a weekday, and the 100-practice service as its 20 PCN
 * lists (150 a week, 110 slots a weekday each) or as 100 practice lists.
 */
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import {
  Sampler,
  simulateMany,
  type CapacityPool,
  type WaitingListSimulationInput,
} from '@everyday/core';
import { ProjectionPool } from '../packages/server/src/planning/projection-pool.js';
import { writeSection } from './results.js';

const RUNS = Number(process.env.BENCH_PLANNING_RUNS ?? 1000);
const WEEKS = 52;
const PATHWAYS = ['frailty_falls', 'mental_health', 'work', 'memory', 'daily_living'];
const TARGET = { pcn: 2_000, service: 20_000 };

/** A list with `perWeek` referrals across the pathways and `slotsPerWeekday` slots, Monday to Friday. */
function pool(id: string, perWeek: number, slotsPerWeekday: number): CapacityPool {
  const each = perWeek / PATHWAYS.length;
  return {
    id,
    slotsPerDay: Array.from({ length: WEEKS * 7 }, (_, d) => (d % 7 < 5 ? slotsPerWeekday : 0)),
    withdrawPerWeek: 0.01,
    pathways: PATHWAYS.map((pathway) => ({
      pathway,
      perWeek: { crisis: each * 0.02, urgent: each * 0.1, routine: each * 0.88 },
    })),
    initialList: [
      { pathway: 'work', urgency: 'routine', waitedDays: 30, count: Math.round(perWeek / 2) },
    ],
  };
}

/** The floor: Poisson arrivals a day per list, first come first served, the list counted weekly. */
function floor(pools: readonly CapacityPool[], runs: number): number {
  let checksum = 0;
  for (let run = 0; run < runs; run += 1) {
    const sampler = new Sampler(`floor/run/${String(run)}`);
    for (const p of pools) {
      const lambda =
        p.pathways.reduce(
          (s, d) => s + Object.values(d.perWeek).reduce((a, b) => a + b, 0),
          0,
        ) / 7;
      const expMinus = Math.exp(-lambda);
      let list = (p.initialList ?? []).reduce((s, g) => s + g.count, 0);
      for (let day = 0; day < WEEKS * 7; day += 1) {
        list += sampler.poisson(lambda, expMinus);
        list -= Math.min(list, p.slotsPerDay[day] ?? 0);
        if (day % 7 === 6) checksum += list;
      }
    }
  }
  return checksum;
}

function timed<T>(work: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = work();
  return { ms: performance.now() - t0, value };
}

async function timedAsync<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

export async function runPlanningBench(): Promise<void> {
  const cases: { what: string; pools: CapacityPool[]; target: number; pool: boolean }[] = [
    {
      what: 'one PCN (30 referrals a week, one list)',
      pools: [pool('pcn', 30, 22)],
      target: TARGET.pcn,
      pool: false,
    },
    {
      what: '100 practices as 20 PCN lists (3,000 referrals a week)',
      pools: Array.from({ length: 20 }, (_, i) => pool(`pcn-${String(i)}`, 150, 110)),
      target: TARGET.service,
      pool: true,
    },
    {
      what: '100 practices as 100 practice lists (3,000 referrals a week)',
      pools: Array.from({ length: 100 }, (_, i) => pool(`practice-${String(i)}`, 30, 22)),
      target: TARGET.service,
      pool: true,
    },
  ];
  // The pool's workers are started (and, from source, compiled by tsx) before any is timed.
  const workers = new ProjectionPool(2);
  await workers.simulate({ pools: [pool('warm-up', 30, 22)] }, 2, 'warm-up');
  const rows: string[] = [];
  try {
    for (const c of cases) {
      const input: WaitingListSimulationInput = { pools: c.pools };
      const projection = timed(() => simulateMany(input, RUNS, 'bench'));
      const shared = c.pool ? await timedAsync(() => workers.simulate(input, RUNS, 'bench')) : null;
      if (shared && !isDeepStrictEqual(shared.value, projection.value)) {
        throw new Error(`bench planning: the pool's projection differs for ${c.what}`);
      }
      const plain = timed(() => floor(c.pools, RUNS));
      const median = projection.value.percentiles.listSize.p50[WEEKS - 1];
      const best = Math.min(projection.ms, shared?.ms ?? Infinity);
      const onWorkers = shared
        ? `${shared.ms.toFixed(0)} | ${(projection.ms / shared.ms).toFixed(2)}×`
        : '— | —';
      rows.push(
        `| ${c.what} | ${projection.ms.toFixed(0)} | ${onWorkers} | ${plain.ms.toFixed(0)} | ${(projection.ms / plain.ms).toFixed(1)}× | ${String(median ?? '—')} | ${best < c.target ? 'met' : 'missed'} (< ${c.target.toLocaleString('en-GB')} ms) |`,
      );
      process.stdout.write(
        `bench planning: ${c.what}: ${projection.ms.toFixed(0)} ms in one thread${shared ? `, ${shared.ms.toFixed(0)} ms on 2 workers` : ''}, floor ${plain.ms.toFixed(0)} ms\n`,
      );
    }
  } finally {
    await workers.close();
  }
  writeSection(
    'planning',
    [
      `The waiting-list projection (core \`simulateMany\`: ${RUNS.toLocaleString('en-GB')} seeded runs of ${String(WEEKS)} weeks with the 10th, 50th and 90th percentiles of every weekly figure), in one thread, and for the 100-practice service across the server's ProjectionPool of 2 worker threads (chunks of 50 runs handed out as the workers free up, summarised in the main thread; the same projection to the figure, checked each time; the workers started beforehand), milliseconds. Each list has five pathways (2% crisis, 10% urgent, 88% routine), 1% withdrawing a week, the demo's did-not-attend, cancellation and session assumptions, and half a week's referrals waiting on day 0. Floor, same run: the same days and Poisson arrivals from the same sampler served first come first served by the same slots, counting only the list. Target (issue 13): under 2,000 ms for a PCN and under 20,000 ms for 100 practices on this 2-core machine.`,
      '',
      '| service | one thread ms | 2 workers ms | speed-up | floor ms | one thread ÷ floor | list in week 52, median | target (fastest) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...rows,
    ].join('\n'),
  );
}
