/**
 * A continuous-time queue with c servers and priority classes (issue 13 item 4, validation): the
 * engine the waiting-list projection is checked by. Arrivals come by their own gap distribution
 * (exponential by default), each person is served by the first free server, and who is served
 * next is decided by the projection's own queue discipline (waiting-queue.ts: class first, then
 * longest waiting). With exponential gaps and service it is an M/M/c queue, whose mean wait in
 * queue has a closed form (queueing.ts), and the simulated waits must agree with it.
 *
 * Pure and seeded: the same input and seed give the same result.
 */
import { PlanningInputError, requirePositive, requireWhole } from './planning-error.js';
import { Sampler, type Distribution } from './sampler.js';
import { WaitingQueue } from './waiting-queue.js';

export interface ContinuousClass {
  /** Arrivals per unit of time. */
  readonly arrivalRate: number;
  readonly service: Distribution;
  /** Time between arrivals; exponential with mean 1 / arrivalRate unless given. */
  readonly interArrival?: Distribution;
}

export interface ContinuousQueueInput {
  readonly servers: number;
  /** Highest priority first. */
  readonly classes: readonly ContinuousClass[];
  /** Arrivals whose waits are measured. */
  readonly customers: number;
  /** Arrivals before those, not measured, so the queue starts from its settled state (customers / 10). */
  readonly warmUp?: number;
  readonly seed: string;
}

export interface ContinuousClassResult {
  readonly customers: number;
  readonly meanWaitInQueue: number;
}

export interface ContinuousQueueResult {
  readonly customers: number;
  /** Mean time from arrival to the start of service, over the measured arrivals. */
  readonly meanWaitInQueue: number;
  /** Share of measured arrivals who found every server busy. */
  readonly probabilityOfWait: number;
  readonly byClass: readonly ContinuousClassResult[];
  /** Busy server time over servers × the time of the last departure. */
  readonly utilisation: number;
}

/** A draw of `d` as a function, so the event loop does not branch on the kind each time. */
function drawer(sampler: Sampler, d: Distribution): () => number {
  switch (d.kind) {
    case 'exponential': {
      const mean = d.mean;
      return () => -mean * Math.log(1 - sampler.float());
    }
    case 'fixed': {
      const value = d.value;
      return () => value;
    }
    case 'gamma':
      return () => sampler.sample(d);
  }
}

/** Runs the queue until every arrival has been served; see the module comment. */
export function simulateContinuousQueue(input: ContinuousQueueInput): ContinuousQueueResult {
  const servers = requireWhole(input.servers, 'servers', 1);
  const customers = requireWhole(input.customers, 'customers', 1);
  const warmUp = requireWhole(input.warmUp ?? Math.floor(customers / 10), 'warmUp');
  if (input.classes.length === 0) {
    throw new PlanningInputError('classes', {
      en: 'At least one class of arrivals is needed',
      cy: 'Mae angen o leiaf un dosbarth o bobl yn cyrraedd',
    });
  }
  input.classes.forEach((c, i) =>
    requirePositive(c.arrivalRate, `classes.${String(i)}.arrivalRate`),
  );
  const classes = input.classes.length;
  const total = warmUp + customers;
  const sampler = new Sampler(input.seed);
  const drawGap = input.classes.map((c) =>
    drawer(sampler, c.interArrival ?? { kind: 'exponential', mean: 1 / c.arrivalRate }),
  );
  const drawService = input.classes.map((c) => drawer(sampler, c.service));
  const queue = new WaitingQueue(classes, 1024);

  const nextArrival = new Float64Array(classes);
  for (let c = 0; c < classes; c++) nextArrival[c] = drawGap[c]?.() ?? 0;
  // A server's busyUntil is Infinity while it is free; free servers are also on a stack.
  const busyUntil = new Float64Array(servers).fill(Number.POSITIVE_INFINITY);
  const freeStack = Int32Array.from({ length: servers }, (_, s) => servers - 1 - s);
  let free = servers;
  let arrivals = 0;
  let busyTime = 0;
  let lastDeparture = 0;
  const waitSum = new Float64Array(classes);
  const measured = new Float64Array(classes);
  let waited = 0;

  for (;;) {
    let arrivalAt = Number.POSITIVE_INFINITY;
    let arrivalClass = -1;
    if (arrivals < total) {
      for (let c = 0; c < classes; c++) {
        const t = nextArrival[c] ?? arrivalAt;
        if (t < arrivalAt) {
          arrivalAt = t;
          arrivalClass = c;
        }
      }
    }
    let departureAt = Number.POSITIVE_INFINITY;
    let server = -1;
    for (let s = 0; s < servers; s++) {
      const t = busyUntil[s] ?? departureAt;
      if (t < departureAt) {
        departureAt = t;
        server = s;
      }
    }
    if (arrivalClass < 0 && server < 0) break;
    let cls: number;
    let now: number;
    let wait = 0;
    let index: number;
    if (server >= 0 && departureAt <= arrivalAt) {
      // A departure: the server takes the next person in the queue's order, or falls free.
      now = departureAt;
      lastDeparture = now;
      cls = queue.takeOne();
      if (cls < 0) {
        busyUntil[server] = Number.POSITIVE_INFINITY;
        freeStack[free] = server;
        free += 1;
        continue;
      }
      index = queue.takenTag;
      wait = now - queue.takenTime;
    } else {
      // An arrival: served at once by a free server, else queued in its class.
      now = arrivalAt;
      cls = arrivalClass;
      index = arrivals;
      arrivals += 1;
      nextArrival[cls] = now + (drawGap[cls]?.() ?? 0);
      if (free === 0) {
        queue.push(cls, now, index, 1);
        continue;
      }
      free -= 1;
      server = freeStack[free] ?? 0;
    }
    const service = drawService[cls]?.() ?? 0;
    busyUntil[server] = now + service;
    busyTime += service;
    if (index >= warmUp) {
      waitSum[cls] = (waitSum[cls] ?? 0) + wait;
      measured[cls] = (measured[cls] ?? 0) + 1;
      if (wait > 0) waited += 1;
    }
  }

  const counted = measured.reduce((s, n) => s + n, 0);
  return {
    customers: counted,
    meanWaitInQueue: waitSum.reduce((s, w) => s + w, 0) / counted,
    probabilityOfWait: waited / counted,
    byClass: Array.from(measured, (n, c) => ({
      customers: n,
      meanWaitInQueue: n > 0 ? (waitSum[c] ?? 0) / n : 0,
    })),
    utilisation: lastDeparture > 0 ? busyTime / (servers * lastDeparture) : 0,
  };
}
