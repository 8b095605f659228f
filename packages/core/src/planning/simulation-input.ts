/**
 * What the waiting-list projection is given (issue 13 item 4), its defaults, and the checked,
 * compiled form the engine runs. Day 0 is the first day of the projection; days are whole
 * numbers and a week is days 7w…7w + 6. The defaults are the demo service's assumptions
 * (demo/service-parameters.ts, each with its source there), never evidence about a service: a
 * projection of a real service gives its own figures from its record.
 */
import { DEFAULT_PARAMETERS } from '../demo/service-parameters.js';
import { URGENCIES, type Urgency } from '../triage/triage-types.js';
import {
  PlanningInputError,
  requireNonNegative,
  requireProbability,
  requireWhole,
} from './planning-error.js';
import type { Distribution } from './sampler.js';

/** How referrals arrive. */
export type ArrivalProcess =
  /** Poisson: a Poisson count each day (exponential gaps). */
  | { readonly kind: 'poisson' }
  /**
   * A renewal process whose gaps are gamma with this coefficient of variation (NHSRwaitinglist's
   * cv_demand): 1 is Poisson-like, 0 evenly spaced, above 1 bunched.
   */
  | { readonly kind: 'renewal'; readonly cv: number };

/** One pathway's demand and the shape of its episodes. */
export interface PathwayDemand {
  readonly pathway: string;
  /** Referrals a week, by urgency (an urgency left out has none). */
  readonly perWeek: Partial<Readonly<Record<Urgency, number>>>;
  /** Poisson unless given. */
  readonly arrivals?: ArrivalProcess;
  /** Share of routine referrals who wait for a group rather than one-to-one (0). */
  readonly groupShare?: number;
  /**
   * Relative weights of an episode taking 1, 2, … N one-to-one sessions (need not sum to 1); the
   * demo's by default (sessionWeightsFromMean(3, 6)).
   */
  readonly sessionWeights?: readonly number[];
}

/** What happens to a booked appointment. */
export interface Attendance {
  /** The person does not come (the slot is lost). */
  readonly didNotAttend: number;
  /** Cancelled too late to give the slot to someone else, by the person or the service; rebooked. */
  readonly lateCancellation: number;
  /** After a missed appointment the person is booked again (else discharged). */
  readonly rebookAfterDidNotAttend: number;
}

/** A group course that starts every `everyDays` days from `firstDay`, with `places`. */
export interface GroupCourse {
  readonly firstDay: number;
  readonly everyDays: number;
  readonly places: number;
}

/** People already waiting on day 0. */
export interface InitialWaiting {
  readonly pathway: string;
  readonly urgency: Urgency;
  /** Days already waited on day 0. */
  readonly waitedDays: number;
  readonly count: number;
  /** Waiting for a group rather than one-to-one. */
  readonly group?: boolean;
}

/** One list served by one set of clinics: a PCN's OTs, a practice's, or a pathway's. */
export interface CapacityPool {
  readonly id: string;
  /** One-to-one slots on each day from day 0 (0 on a closed day); at least weeks × 7 days. */
  readonly slotsPerDay: readonly number[];
  readonly pathways: readonly PathwayDemand[];
  readonly groups?: readonly GroupCourse[];
  readonly initialList?: readonly InitialWaiting[];
  /** The demo's by default (did not attend 0.09, late cancellation 0.05 + 0.02, rebook 0.7). */
  readonly attendance?: Partial<Attendance>;
  /** Probability that a person still waiting withdraws in a week (reneging); 0 by default. */
  readonly withdrawPerWeek?: number;
  /** Days from one session of an episode to the next (10, the middle of the demo's 5–16). */
  readonly daysBetweenSessions?: number;
}

export interface WaitingListSimulationInput {
  /** Weeks projected (52). */
  readonly weeks?: number;
  /** The wait within which people should be seen, in weeks (6). */
  readonly targetWeeks?: number;
  readonly pools: readonly CapacityPool[];
}

export const DEFAULT_WEEKS = 52;
export const DEFAULT_TARGET_WEEKS = 6;
export const DEFAULT_DAYS_BETWEEN_SESSIONS = 10;
export const DEFAULT_ATTENDANCE: Attendance = {
  didNotAttend: DEFAULT_PARAMETERS.attendance.didNotAttend.value,
  lateCancellation:
    DEFAULT_PARAMETERS.attendance.cancelledByPerson.value +
    DEFAULT_PARAMETERS.attendance.cancelledByService.value,
  rebookAfterDidNotAttend: DEFAULT_PARAMETERS.attendance.rebookAfterMiss.value,
};

/**
 * Weights of 1…limit sessions when an episode takes 1 + Poisson(mean − 1) sessions, those above
 * the limit held at it: the demo simulator's rule (demo/simulator.ts).
 */
export function sessionWeightsFromMean(mean: number, limit: number): number[] {
  requireWhole(limit, 'limit', 1);
  const lambda = requireNonNegative(mean - 1, 'mean');
  const weights: number[] = [];
  let p = Math.exp(-lambda);
  let below = 0;
  for (let s = 1; s < limit; s++) {
    weights.push(p);
    below += p;
    p *= lambda / s;
  }
  weights.push(Math.max(0, 1 - below));
  return weights;
}

export const DEFAULT_SESSION_WEIGHTS: readonly number[] = sessionWeightsFromMean(
  DEFAULT_PARAMETERS.sessions.mean.value,
  DEFAULT_PARAMETERS.sessions.limit.value,
);

/** The class of an urgency in the queue: crisis 0, urgent 1, routine 2 (waiting-list.ts's order). */
export function priorityClass(urgency: Urgency): number {
  switch (urgency) {
    case 'crisis':
      return 0;
    case 'urgent':
      return 1;
    case 'routine':
      return 2;
  }
}
export const ROUTINE_CLASS = 2;
export const PRIORITY_CLASSES = URGENCIES.length;

/** One arrival stream of a pool, compiled: a pathway's referrals of one urgency. */
export interface CompiledStream {
  readonly cls: number;
  /** The pathway's index in the pool. */
  readonly tag: number;
  readonly perDay: number;
  /** Gaps for a renewal stream; null for Poisson counts. */
  readonly gap: Distribution | null;
  readonly groupShare: number;
}

export interface CompiledPool {
  readonly id: string;
  readonly pathways: readonly string[];
  readonly slots: Float64Array;
  readonly streams: readonly CompiledStream[];
  /** Sessions an episode can have at most, over the pool's pathways. */
  readonly maxSessions: number;
  /**
   * continuation[p·maxSessions + k]: probability that a person of pathway p who attended session
   * k + 1 has another, P(S ≥ k + 2 | S ≥ k + 1); 0 at the last.
   */
  readonly continuation: Float64Array;
  readonly groups: readonly GroupCourse[];
  /** Day-0 list, oldest first: class, day the wait began, pathway, count, group. */
  readonly initial: readonly {
    cls: number;
    time: number;
    tag: number;
    count: number;
    group: boolean;
  }[];
  readonly attendance: Attendance;
  readonly withdrawPerWeek: number;
  readonly daysBetweenSessions: number;
}

export interface CompiledInput {
  readonly weeks: number;
  readonly days: number;
  readonly targetWeeks: number;
  readonly targetDays: number;
  readonly pools: readonly CompiledPool[];
}

function continuationOf(weights: readonly number[], maxSessions: number, field: string): number[] {
  weights.forEach((w, i) => requireNonNegative(w, `${field}.${String(i)}`));
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0) || weights.length === 0) {
    throw new PlanningInputError(field, {
      en: 'At least one number of sessions needs a weight above 0',
      cy: 'Mae angen pwysau mwy na 0 ar o leiaf un nifer o sesiynau',
    });
  }
  // tail[k] = P(S ≥ k + 1) for k = 0…maxSessions − 1.
  const tail: number[] = [];
  let rest = total;
  for (let k = 0; k < maxSessions; k++) {
    tail.push(Math.max(0, rest) / total);
    rest -= weights[k] ?? 0;
  }
  return tail.map((t, k) => {
    const next = tail[k + 1] ?? 0;
    return t > 0 ? Math.min(1, next / t) : 0;
  });
}

function compilePool(pool: CapacityPool, days: number, field: string): CompiledPool {
  if (pool.slotsPerDay.length < days) {
    throw new PlanningInputError(`${field}.slotsPerDay`, {
      en: `Slots are needed for each of the ${String(days)} days projected`,
      cy: `Mae angen slotiau ar gyfer pob un o’r ${String(days)} diwrnod a ragwelir`,
    });
  }
  pool.slotsPerDay.forEach((s, i) => requireWhole(s, `${field}.slotsPerDay.${String(i)}`));
  const pathways = pool.pathways.map((p) => p.pathway);
  const weights = pool.pathways.map((p) => p.sessionWeights ?? DEFAULT_SESSION_WEIGHTS);
  const maxSessions = Math.max(1, ...weights.map((w) => w.length));
  const continuation = new Float64Array(pathways.length * maxSessions);
  weights.forEach((w, p) => {
    continuationOf(w, maxSessions, `${field}.pathways.${String(p)}.sessionWeights`).forEach(
      (c, k) => (continuation[p * maxSessions + k] = c),
    );
  });
  const streams: CompiledStream[] = [];
  pool.pathways.forEach((demand, tag) => {
    const at = `${field}.pathways.${String(tag)}`;
    const groupShare = requireProbability(demand.groupShare ?? 0, `${at}.groupShare`);
    for (const urgency of URGENCIES) {
      const perWeek = requireNonNegative(demand.perWeek[urgency] ?? 0, `${at}.perWeek.${urgency}`);
      if (perWeek === 0) continue;
      const arrivals = demand.arrivals ?? { kind: 'poisson' };
      let gap: Distribution | null = null;
      switch (arrivals.kind) {
        case 'poisson':
          break;
        case 'renewal':
          gap = {
            kind: 'gamma',
            mean: 7 / perWeek,
            cv: requireNonNegative(arrivals.cv, `${at}.arrivals.cv`),
          };
          break;
      }
      const cls = priorityClass(urgency);
      streams.push({
        cls,
        tag,
        perDay: perWeek / 7,
        gap,
        groupShare: cls === ROUTINE_CLASS ? groupShare : 0,
      });
    }
  });
  const groups = (pool.groups ?? []).map((g, i) => ({
    firstDay: requireWhole(g.firstDay, `${field}.groups.${String(i)}.firstDay`),
    everyDays: requireWhole(g.everyDays, `${field}.groups.${String(i)}.everyDays`, 1),
    places: requireWhole(g.places, `${field}.groups.${String(i)}.places`),
  }));
  const initial = (pool.initialList ?? []).map((w, i) => {
    const at = `${field}.initialList.${String(i)}`;
    const tag = pathways.indexOf(w.pathway);
    if (tag < 0) {
      throw new PlanningInputError(`${at}.pathway`, {
        en: 'People waiting must be on one of the pool’s pathways',
        cy: 'Rhaid i’r bobl sy’n aros fod ar un o lwybrau’r gronfa',
      });
    }
    return {
      cls: priorityClass(w.urgency),
      time: -requireWhole(w.waitedDays, `${at}.waitedDays`),
      tag,
      count: requireWhole(w.count, `${at}.count`),
      group: w.group ?? false,
    };
  });
  initial.sort((a, b) => a.time - b.time);
  const attendance = { ...DEFAULT_ATTENDANCE, ...pool.attendance };
  requireProbability(attendance.didNotAttend, `${field}.attendance.didNotAttend`);
  requireProbability(attendance.lateCancellation, `${field}.attendance.lateCancellation`);
  requireProbability(
    attendance.rebookAfterDidNotAttend,
    `${field}.attendance.rebookAfterDidNotAttend`,
  );
  return {
    id: pool.id,
    pathways,
    slots: Float64Array.from(pool.slotsPerDay.slice(0, days)),
    streams,
    maxSessions,
    continuation,
    groups,
    initial,
    attendance,
    withdrawPerWeek: requireProbability(pool.withdrawPerWeek ?? 0, `${field}.withdrawPerWeek`),
    daysBetweenSessions: requireWhole(
      pool.daysBetweenSessions ?? DEFAULT_DAYS_BETWEEN_SESSIONS,
      `${field}.daysBetweenSessions`,
      1,
    ),
  };
}

/** Checks the input and compiles it for the engine; throws PlanningInputError on the first fault. */
export function compileSimulationInput(input: WaitingListSimulationInput): CompiledInput {
  const weeks = requireWhole(input.weeks ?? DEFAULT_WEEKS, 'weeks', 1);
  const targetWeeks = requireNonNegative(input.targetWeeks ?? DEFAULT_TARGET_WEEKS, 'targetWeeks');
  const days = weeks * 7;
  return {
    weeks,
    days,
    targetWeeks,
    targetDays: targetWeeks * 7,
    pools: input.pools.map((p, i) => compilePool(p, days, `pools.${String(i)}`)),
  };
}
