/**
 * Queueing figures for a waiting list (issue 13 item 3), pure and cited; definitions in words in
 * docs/planning-definitions.md.
 *
 * The waiting-list figures follow the NHS-R community's R package NHSRwaitinglist
 * (github.com/nhs-r-community/NHSRwaitinglist, R/calc_*.R) as its code computes them and its
 * testthat files check them (tests/testthat/test-calc_*.R). Where the package's prose disagrees
 * with its code (calc_target_capacity's description has no halving of cv² + cv², and
 * calc_target_queue_size's says "/ 4" whatever the factor), the code and its test values win.
 * Units are the caller's, kept consistent: demand and capacity per week with waits in weeks.
 *
 * The closed forms for mean wait in queue (M/M/1, M/M/c with Erlang C, M/G/1 by
 * Pollaczek–Khinchine, and non-preemptive priority by Cobham) are the textbook ones (Gross D,
 * Shortle JF, Thompson JM, Harris CM. Fundamentals of Queueing Theory, 4th ed. Wiley 2008,
 * §2.2, §2.3, §5.1, §3.4); they are what the simulation is validated against. A queue whose load
 * is 1 or more never settles, so its wait is Infinity.
 */
import {
  PlanningInputError,
  requireNonNegative,
  requirePositive,
  requireWhole,
} from './planning-error.js';

/** The factor NHSRwaitinglist divides a target by to get the mean wait to aim for (its default). */
export const DEFAULT_WAIT_FACTOR = 4;

/**
 * Queue load = demand / capacity (NHSRwaitinglist calc_queue_load): arrivals for every removal;
 * 1 or more and the list grows. 30 a week against 27 → 1.111.
 */
export function queueLoad(demand: number, capacity: number): number {
  requireNonNegative(demand, 'demand');
  requirePositive(capacity, 'capacity');
  return demand / capacity;
}

/**
 * Target mean wait = target wait / factor (NHSRwaitinglist calc_target_mean_wait, factor 4 by
 * default): the mean a list must keep for nearly everyone to be seen within the target (a
 * quarter of it for about 1.8% over, a sixth for about 0.2%). 52 weeks, factor 4 → 13 weeks.
 */
export function targetMeanWait(targetWait: number, factor = DEFAULT_WAIT_FACTOR): number {
  requirePositive(targetWait, 'targetWait');
  requirePositive(factor, 'factor');
  return targetWait / factor;
}

/**
 * Target queue size = demand × target wait / factor (NHSRwaitinglist calc_target_queue_size; by
 * Little's law, demand × target mean wait): the list size that keeps the target mean wait.
 * 30 a week, 52 weeks, factor 4 → 390.
 */
export function targetQueueSize(
  demand: number,
  targetWait: number,
  factor = DEFAULT_WAIT_FACTOR,
): number {
  requireNonNegative(demand, 'demand');
  return demand * targetMeanWait(targetWait, factor);
}

/**
 * Relief capacity = demand + (queue size − target queue size) / weeks to target
 * (NHSRwaitinglist calc_relief_capacity, 26 weeks by default): the removals a week that bring a
 * list down to its target size in that time. 30 a week, 1,200 waiting, target 390, 26 weeks →
 * 61.153846. (The package's optional inflation of demand from num_referrals and cv_demand, off
 * by default there, is not carried.)
 */
export function reliefCapacity(
  demand: number,
  queueSize: number,
  targetQueue: number,
  weeksToTarget = 26,
): number {
  requireNonNegative(demand, 'demand');
  requireNonNegative(queueSize, 'queueSize');
  requireNonNegative(targetQueue, 'targetQueueSize');
  requirePositive(weeksToTarget, 'weeksToTarget');
  return demand + (queueSize - targetQueue) / weeksToTarget;
}

/**
 * Target capacity = demand + ((cv_demand² + cv_capacity²) / 2) × (factor / target wait)
 * (NHSRwaitinglist calc_target_capacity, Kingman's approximation as the package codes it; factor
 * 4 and both coefficients of variation 1 by default): the removals a week that keep the target
 * mean wait given how variable arrivals and removals are. cv_demand is the coefficient of
 * variation of the time between arrivals, cv_capacity that of the time between removals
 * (interArrivalStatistics gives both). 30 a week, 52 weeks, factor 3, cvs 1.1 and 1.2 → 30.076442.
 */
export function targetCapacity(
  demand: number,
  targetWait: number,
  factor = DEFAULT_WAIT_FACTOR,
  cvDemand = 1,
  cvCapacity = 1,
): number {
  requireNonNegative(demand, 'demand');
  requirePositive(targetWait, 'targetWait');
  requirePositive(factor, 'factor');
  requireNonNegative(cvDemand, 'cvDemand');
  requireNonNegative(cvCapacity, 'cvCapacity');
  return demand + ((cvDemand ** 2 + cvCapacity ** 2) / 2) * (factor / targetWait);
}

/**
 * Waiting-list pressure = 2 × mean wait / target wait (NHSRwaitinglist
 * calc_waiting_list_pressure): above 1 the list will most likely miss its target, and lists with
 * different targets can be compared. Mean wait 63, target 52 → 2.423.
 */
export function waitingListPressure(meanWait: number, targetWait: number): number {
  requireNonNegative(meanWait, 'meanWait');
  requirePositive(targetWait, 'targetWait');
  return (2 * meanWait) / targetWait;
}

/**
 * Coefficient of variation = sample standard deviation (divisor n − 1, R's sd) / mean: how
 * variable a series is, e.g. weekly referral counts. null for fewer than two values or a mean
 * of 0.
 */
export function coefficientOfVariation(values: readonly number[]): number | null {
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) {
      throw new PlanningInputError(`values.${String(i)}`, {
        en: 'This must be a number',
        cy: 'Rhaid i hwn fod yn rhif',
      });
    }
  });
  const n = values.length;
  if (n < 2) return null;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  if (mean === 0) return null;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  return sd / mean;
}

/**
 * Counts per week of events on day numbers (day 0 is the first day of week 0): the weekly
 * demand series. Days outside the `weeks` weeks from `firstDay` are left out.
 */
export function weeklyCounts(days: readonly number[], firstDay: number, weeks: number): number[] {
  requireWhole(weeks, 'weeks');
  const counts = new Array<number>(weeks).fill(0);
  for (const day of days) {
    const week = Math.floor((day - firstDay) / 7);
    if (week >= 0 && week < weeks) counts[week] = (counts[week] ?? 0) + 1;
  }
  return counts;
}

export interface InterArrivalStatistics {
  /** Arrivals a day: 1 / mean time between arrivals. */
  readonly demandDaily: number;
  /** Arrivals a week: 7 × demandDaily. */
  readonly demandWeekly: number;
  /** Coefficient of variation of the times between arrivals; null when it cannot be computed. */
  readonly cv: number | null;
  /** Number of gaps, the period's start and end included (the package's demand.count). */
  readonly count: number;
}

/**
 * Demand and its variability from arrival days, as NHSRwaitinglist wl_referral_stats computes
 * them: the days within [start, end] (sorted; start and end default to the first and last), with
 * start put before them and end after, give the gaps between arrivals; demand is 1 / mean gap
 * and cv is sd(gaps) / mean(gaps). The same applied to removal days gives cv_capacity
 * (wl_removal_stats). Referrals on 1, 4, 10 and 16 January → gaps 0, 3, 6, 6, 0: mean 3, sd 3,
 * cv 1, demand 7/3 a week. null when no arrival falls in the period or the gaps are all 0.
 */
export function interArrivalStatistics(
  days: readonly number[],
  start?: number,
  end?: number,
): InterArrivalStatistics | null {
  const sorted = [...days].sort((a, b) => a - b);
  const first = start ?? sorted[0];
  const last = end ?? sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return null;
  const inside = sorted.filter((d) => d >= first && d <= last);
  if (inside.length === 0) return null;
  const points = [first, ...inside, last];
  const gaps = points.slice(1).map((d, i) => d - (points[i] ?? d));
  const mean = gaps.reduce((s, g) => s + g, 0) / gaps.length;
  if (!(mean > 0)) return null;
  const sd =
    gaps.length > 1
      ? Math.sqrt(gaps.reduce((s, g) => s + (g - mean) ** 2, 0) / (gaps.length - 1))
      : null;
  return {
    demandDaily: 1 / mean,
    demandWeekly: 7 / mean,
    cv: sd === null ? null : sd / mean,
    count: gaps.length,
  };
}

export interface QueueingFiguresInput {
  /** Additions a week. */
  readonly demand: number;
  /** Removals a week. */
  readonly capacity: number;
  /** People waiting now. */
  readonly queueSize: number;
  /** Mean time the people waiting now have waited, in weeks. */
  readonly meanWait: number;
  /** The wait within which people should be seen, in weeks. */
  readonly targetWait: number;
  readonly factor?: number;
  readonly cvDemand?: number;
  readonly cvCapacity?: number;
  /** Weeks in which relief capacity should bring the list to its target size (26). */
  readonly weeksToTarget?: number;
}

export interface QueueingFigures {
  readonly load: number;
  /** load ≥ 1: the list grows. */
  readonly loadTooBig: boolean;
  readonly targetMeanWait: number;
  readonly targetQueueSize: number;
  /** queue size > 2 × target queue size: relief capacity is needed before target capacity. */
  readonly queueTooBig: boolean;
  /** Only when the queue is not too big (as the package's wl_stats). */
  readonly targetCapacity: number | null;
  /** Only when the queue is too big (as the package's wl_stats). */
  readonly reliefCapacity: number | null;
  readonly pressure: number;
}

/**
 * The figures of a waiting list together, as NHSRwaitinglist wl_stats combines them: load, target
 * mean wait and queue size, target capacity while the list is at most twice its target size,
 * relief capacity once it is bigger, and pressure.
 */
export function queueingFigures(input: QueueingFiguresInput): QueueingFigures {
  const factor = input.factor ?? DEFAULT_WAIT_FACTOR;
  const load = queueLoad(input.demand, input.capacity);
  const target = targetQueueSize(input.demand, input.targetWait, factor);
  const queueTooBig = input.queueSize > 2 * target;
  return {
    load,
    loadTooBig: load >= 1,
    targetMeanWait: targetMeanWait(input.targetWait, factor),
    targetQueueSize: target,
    queueTooBig,
    targetCapacity: queueTooBig
      ? null
      : targetCapacity(
          input.demand,
          input.targetWait,
          factor,
          input.cvDemand ?? 1,
          input.cvCapacity ?? 1,
        ),
    reliefCapacity: queueTooBig
      ? reliefCapacity(input.demand, input.queueSize, target, input.weeksToTarget ?? 26)
      : null,
    pressure: waitingListPressure(input.meanWait, input.targetWait),
  };
}

/**
 * Mean wait in queue of an M/M/1 queue, Wq = ρ / (μ − λ) with ρ = λ / μ (Gross et al. 2008 §2.2):
 * λ = 0.8, μ = 1 → 4. Infinity when λ ≥ μ.
 */
export function mm1WaitInQueue(arrivalRate: number, serviceRate: number): number {
  requireNonNegative(arrivalRate, 'arrivalRate');
  requirePositive(serviceRate, 'serviceRate');
  if (arrivalRate >= serviceRate) return Number.POSITIVE_INFINITY;
  return arrivalRate / serviceRate / (serviceRate - arrivalRate);
}

/**
 * Erlang C: the probability that an arrival waits in an M/M/c queue with offered load a = λ / μ
 * (Gross et al. 2008 §2.3), computed through the Erlang B recursion B(k) = a·B(k−1) / (k + a·B(k−1))
 * and C = c·B(c) / (c − a(1 − B(c))), which stays stable for many servers. 1 when a ≥ c.
 */
export function erlangC(servers: number, offeredLoad: number): number {
  requireWhole(servers, 'servers', 1);
  requireNonNegative(offeredLoad, 'offeredLoad');
  if (offeredLoad >= servers) return 1;
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  return (servers * b) / (servers - offeredLoad * (1 - b));
}

/**
 * Mean wait in queue of an M/M/c queue, Wq = C(c, a) / (cμ − λ) (Gross et al. 2008 §2.3).
 * λ = 10, μ = 12, c = 2 → 0.0175 (P(wait) 0.245). Infinity when λ ≥ cμ.
 */
export function mmcWaitInQueue(arrivalRate: number, serviceRate: number, servers: number): number {
  requireNonNegative(arrivalRate, 'arrivalRate');
  requirePositive(serviceRate, 'serviceRate');
  requireWhole(servers, 'servers', 1);
  if (arrivalRate >= servers * serviceRate) return Number.POSITIVE_INFINITY;
  return erlangC(servers, arrivalRate / serviceRate) / (servers * serviceRate - arrivalRate);
}

export interface ServiceMoments {
  readonly arrivalRate: number;
  /** E[S], the mean service time. */
  readonly meanService: number;
  /** E[S²]: 2/μ² for exponential service, 1/μ² for fixed. */
  readonly secondMoment: number;
}

/**
 * Mean wait in queue of an M/G/1 queue by the Pollaczek–Khinchine formula,
 * Wq = λ·E[S²] / (2(1 − ρ)) (Gross et al. 2008 §5.1.1): fixed service (M/D/1) halves the M/M/1
 * wait. Infinity when ρ ≥ 1.
 */
export function mg1WaitInQueue(moments: ServiceMoments): number {
  return mg1PriorityWaitsInQueue([moments])[0] ?? Number.POSITIVE_INFINITY;
}

/**
 * Mean wait in queue of each class of a single-server queue with Poisson arrivals and
 * non-preemptive priority, classes highest first (Cobham A. Priority assignment in waiting line
 * problems. J Oper Res Soc Am 1954;2:70–76; Gross et al. 2008 §3.4.1):
 * Wq_k = W0 / ((1 − σ_{k−1})(1 − σ_k)), with W0 = Σ λ_i E[S_i²] / 2 and σ_k = Σ_{i≤k} λ_i E[S_i].
 * Infinity for every class from the one at which σ reaches 1.
 */
export function mg1PriorityWaitsInQueue(classes: readonly ServiceMoments[]): number[] {
  classes.forEach((c, i) => {
    requireNonNegative(c.arrivalRate, `classes.${String(i)}.arrivalRate`);
    requireNonNegative(c.meanService, `classes.${String(i)}.meanService`);
    requireNonNegative(c.secondMoment, `classes.${String(i)}.secondMoment`);
  });
  const w0 = classes.reduce((s, c) => s + (c.arrivalRate * c.secondMoment) / 2, 0);
  let sigmaBefore = 0;
  return classes.map((c) => {
    const sigma = sigmaBefore + c.arrivalRate * c.meanService;
    const wait = sigma >= 1 ? Number.POSITIVE_INFINITY : w0 / ((1 - sigmaBefore) * (1 - sigma));
    sigmaBefore = sigma;
    return wait;
  });
}
