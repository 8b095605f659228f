/**
 * Properties of the waiting-list projection that hold for every input (issue 13, Checks): no one
 * is lost or made (everyone who was waiting or arrived is seen, withdrew, was discharged after a
 * miss, or still waits); a load above 1 always grows the list; the same seed gives the same
 * figures; and in a settled queue Little's law holds (mean list = arrivals a day × mean wait).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateWaitingList } from './simulate-many.js';
import type { CapacityPool, WaitingListSimulationInput } from './simulation-input.js';

const URGENCY_RATES = fc.record({
  crisis: fc.double({ min: 0, max: 2, noNaN: true }),
  urgent: fc.double({ min: 0, max: 10, noNaN: true }),
  routine: fc.double({ min: 0, max: 80, noNaN: true }),
});

const POOL = fc.record({
  slots: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 7, maxLength: 7 }),
  perWeek: URGENCY_RATES,
  renewal: fc.option(fc.double({ min: 0, max: 2, noNaN: true }), { nil: undefined }),
  groupShare: fc.double({ min: 0, max: 1, noNaN: true }),
  sessionWeights: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), {
    minLength: 1,
    maxLength: 6,
  }),
  didNotAttend: fc.double({ min: 0, max: 0.5, noNaN: true }),
  lateCancellation: fc.double({ min: 0, max: 0.3, noNaN: true }),
  rebookAfterDidNotAttend: fc.double({ min: 0, max: 1, noNaN: true }),
  withdrawPerWeek: fc.double({ min: 0, max: 0.2, noNaN: true }),
  initial: fc.integer({ min: 0, max: 300 }),
  places: fc.integer({ min: 0, max: 12 }),
});

type PoolSpec = typeof POOL extends fc.Arbitrary<infer T> ? T : never;

function poolOf(p: PoolSpec, weeks: number, id: string): CapacityPool {
  return {
    id,
    slotsPerDay: Array.from({ length: weeks * 7 }, (_, d) => p.slots[d % 7] ?? 0),
    pathways: [
      {
        pathway: 'work',
        perWeek: p.perWeek,
        arrivals:
          p.renewal === undefined ? { kind: 'poisson' } : { kind: 'renewal', cv: p.renewal },
        groupShare: p.groupShare,
        sessionWeights: p.sessionWeights,
      },
      { pathway: 'memory', perWeek: { routine: p.perWeek.routine / 2 } },
    ],
    groups: [{ firstDay: 3, everyDays: 14, places: p.places }],
    attendance: {
      didNotAttend: p.didNotAttend,
      lateCancellation: p.lateCancellation,
      rebookAfterDidNotAttend: p.rebookAfterDidNotAttend,
    },
    withdrawPerWeek: p.withdrawPerWeek,
    initialList: [
      { pathway: 'memory', urgency: 'routine', waitedDays: 40, count: p.initial },
      { pathway: 'work', urgency: 'urgent', waitedDays: 2, count: 1, group: true },
    ],
  };
}

const cumulative = (xs: readonly (number | null)[]) => {
  let sum = 0;
  return xs.map((x) => (sum += x ?? 0));
};

describe('waiting-list projection properties', () => {
  it('loses and makes no one: waiting + seen + withdrawn + discharged = initial + arrivals, every week', () => {
    fc.assert(
      fc.property(fc.array(POOL, { minLength: 1, maxLength: 3 }), fc.string(), (pools, seed) => {
        const weeks = 20;
        const input: WaitingListSimulationInput = {
          weeks,
          pools: pools.map((p, i) => poolOf(p, weeks, `pool-${String(i)}`)),
        };
        const r = simulateWaitingList(input, seed);
        const initial = pools.reduce((s, p) => s + p.initial + 1, 0);
        const arrivals = cumulative(r.arrivals);
        const out = [r.seen, r.withdrawn, r.dischargedAfterMissed].map(cumulative);
        for (let w = 0; w < weeks; w++) {
          const gone = out.reduce((s, series) => s + (series[w] ?? 0), 0);
          expect(r.listSize[w]).toBe(initial + (arrivals[w] ?? 0) - gone);
        }
        for (const series of [r.seenWithinTarget, r.waitingWithinTarget]) {
          for (const x of series) if (x !== null) expect(x >= 0 && x <= 1).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('grows the list whenever the load is above 1 (1.2 to 2 × the slots, one-session episodes)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1.2, max: 2, noNaN: true }),
        fc.integer({ min: 10, max: 40 }),
        fc.string(),
        (load, slots, seed) => {
          const weeks = 52;
          const r = simulateWaitingList(
            {
              weeks,
              pools: [
                {
                  id: 'over',
                  slotsPerDay: new Array<number>(weeks * 7).fill(slots),
                  pathways: [
                    {
                      pathway: 'work',
                      perWeek: { routine: load * slots * 7 },
                      sessionWeights: [1],
                    },
                  ],
                },
              ],
            },
            seed,
          );
          const size = (w: number) => r.listSize[w] ?? 0;
          // The excess is (load − 1) × slots a day: the list at a year is most of that × 364.
          expect(size(51)).toBeGreaterThan(size(25));
          expect(size(25)).toBeGreaterThan(size(0));
          expect(size(51)).toBeGreaterThan(0.5 * (load - 1) * slots * 364);
          expect(r.longestWaitWeeks[51]).toBeGreaterThan(r.longestWaitWeeks[25] ?? 0);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('gives the same figures for the same seed, and others for another seed', () => {
    fc.assert(
      fc.property(POOL, fc.string(), (p, seed) => {
        const input = { weeks: 12, pools: [poolOf(p, 12, 'pool')] };
        expect(simulateWaitingList(input, seed)).toEqual(simulateWaitingList(input, seed));
      }),
      { numRuns: 30 },
    );
    const input = {
      weeks: 12,
      pools: [
        {
          id: 'pool',
          slotsPerDay: new Array<number>(84).fill(5),
          pathways: [{ pathway: 'work', perWeek: { routine: 30 } }],
        },
      ],
    };
    expect(simulateWaitingList(input, 'a').listSize).not.toEqual(
      simulateWaitingList(input, 'b').listSize,
    );
  });

  it('keeps Little’s law in a settled queue: mean list = arrivals a day × mean wait (±5%)', () => {
    // Load 0.9 (9 referrals a day, 10 slots), one session, no misses, 10 years; the list is read
    // at the end of each week, a fair sample of ends of days when every day is alike.
    const weeks = 520;
    const r = simulateWaitingList(
      {
        weeks,
        pools: [
          {
            id: 'settled',
            slotsPerDay: new Array<number>(weeks * 7).fill(10),
            pathways: [{ pathway: 'work', perWeek: { routine: 63 }, sessionWeights: [1] }],
            attendance: { didNotAttend: 0, lateCancellation: 0, rebookAfterDidNotAttend: 0 },
          },
        ],
      },
      'little',
    );
    const from = 26;
    let list = 0;
    let seen = 0;
    let waitDays = 0;
    for (let w = from; w < weeks; w++) {
      list += r.listSize[w] ?? 0;
      seen += r.seen[w] ?? 0;
      waitDays += (r.meanWaitSeenWeeks[w] ?? 0) * 7 * (r.seen[w] ?? 0);
    }
    const meanList = list / (weeks - from);
    const littles = 9 * (waitDays / seen);
    expect(Math.abs(meanList / littles - 1)).toBeLessThan(0.05);
  });
});
