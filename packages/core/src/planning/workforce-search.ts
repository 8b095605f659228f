/**
 * The workforce search (issue 13 item 5): the fewest extra sessions a week that bring the share
 * of people seen within the target wait up to the lead's target. Each capacity is judged by a
 * projection the caller runs (`evaluate`, on worker threads in the server), so the search is
 * async only because that is; it has no timers and no clock.
 *
 * The caller's projections must count "within target" against the target's own wait: their
 * targetWeeks must equal target.withinWeeks (applyScenario's targetWeeks option does this); the
 * search refuses a projection that does not. The search assumes the share grows with capacity
 * (the evaluator should use one seed for every capacity, so runs differ only by the capacity).
 */
import type { WaitingListProjection } from './simulate-many.js';
import type { WorkforceNeeded, WorkforceTarget } from './planning-facts.js';
import {
  PlanningInputError,
  requirePositive,
  requireProbability,
  requireWhole,
} from './planning-error.js';
import { SESSIONS_PER_WTE } from './staffing-norm.js';

/** The final weeks of a projection the share is averaged over (the list having settled). */
export const SHARE_WEEKS = 26;
export const DEFAULT_MAX_EXTRA_SESSIONS = 40;

export interface WorkforceSearchOptions {
  /** The most extra sessions a week tried (40). */
  readonly maxExtraSessions?: number;
  /** Capacities tried are whole multiples of this many sessions a week (1). */
  readonly step?: number;
}

/**
 * The share of people seen within the projection's target: the median run's weekly share
 * (p50 of seenWithinTarget) averaged over the final {@link SHARE_WEEKS} weeks (all weeks of a
 * shorter projection), weeks nobody was seen left out; null when nobody was seen in any.
 * Rounded to 12 decimals, so a steady 0.9 is 0.9 and not the 0.8999… a floating-point sum gives.
 */
export function shareSeenWithinTarget(projection: WaitingListProjection): number | null {
  const weekly = projection.percentiles.seenWithinTarget.p50.slice(-SHARE_WEEKS);
  let sum = 0;
  let n = 0;
  for (const v of weekly) {
    if (v === null) continue;
    sum += v;
    n += 1;
  }
  return n > 0 ? Math.round((sum / n) * 1e12) / 1e12 : null;
}

/**
 * The fewest extra sessions a week (a multiple of `step`, at most `maxExtraSessions`) whose
 * projection meets the target: 0 is tried first; then 1, 2, 4, 8 … steps (the last capped at the
 * most) until one meets it; then the gap between the last that failed and the first that met is
 * halved until they are one step apart. A capacity whose projection saw nobody (share null)
 * fails. When even the most fails the answer is null, with the share at the most.
 */
export async function searchWorkforce(
  evaluate: (extraSessionsPerWeek: number) => Promise<WaitingListProjection>,
  target: WorkforceTarget,
  options: WorkforceSearchOptions = {},
): Promise<WorkforceNeeded> {
  const withinWeeks = requireWhole(target.withinWeeks, 'target.withinWeeks', 1);
  const wanted = requireProbability(requirePositive(target.share, 'target.share'), 'target.share');
  const step = requireWhole(options.step ?? 1, 'step', 1);
  const most = requireWhole(
    options.maxExtraSessions ?? DEFAULT_MAX_EXTRA_SESSIONS,
    'maxExtraSessions',
  );
  const maxSteps = Math.floor(most / step);

  const tried: { extraSessionsPerWeek: number; share: number | null }[] = [];
  /** The share at `steps` steps, and whether it meets the target. */
  const tryAt = async (steps: number) => {
    const extraSessionsPerWeek = steps * step;
    const projection = await evaluate(extraSessionsPerWeek);
    if (projection.targetWeeks !== withinWeeks) {
      throw new PlanningInputError('target.withinWeeks', {
        en: 'The projection must count waits against the target’s weeks',
        cy: 'Rhaid i’r rhagamcan gyfrif arosiadau yn erbyn wythnosau’r targed',
      });
    }
    const share = shareSeenWithinTarget(projection);
    tried.push({ extraSessionsPerWeek, share });
    return { share, met: share !== null && share >= wanted };
  };
  const answer = (steps: number | null, achievedShare: number | null): WorkforceNeeded => {
    const extra = steps === null ? null : steps * step;
    return {
      target,
      extraSessionsPerWeek: extra,
      extraWte: extra === null ? null : Math.round((extra / SESSIONS_PER_WTE) * 100) / 100,
      achievedShare,
      tried,
      maxTried: Math.max(...tried.map((t) => t.extraSessionsPerWeek)),
    };
  };

  const atZero = await tryAt(0);
  if (atZero.met) return answer(0, atZero.share);

  // Doubling: lo always fails; hi, once found, meets.
  let lo = 0;
  let hi: { steps: number; share: number | null } | null = null;
  let next = 1;
  while (hi === null && lo < maxSteps) {
    const steps = Math.min(next, maxSteps);
    const at = await tryAt(steps);
    if (at.met) hi = { steps, share: at.share };
    else {
      lo = steps;
      next = steps * 2;
    }
  }
  if (hi === null) return answer(null, tried[tried.length - 1]?.share ?? null);

  // Bisection between the last failing and the first meeting.
  while (hi.steps - lo > 1) {
    const mid = Math.floor((lo + hi.steps) / 2);
    const at = await tryAt(mid);
    if (at.met) hi = { steps: mid, share: at.share };
    else lo = mid;
  }
  return answer(hi.steps, hi.share);
}
