/**
 * A scenario applied to the projection's baseline (issue 13 item 5): the baseline's simulation
 * input with the scenario's changes made, for the waiting-list projection to run. Pure; the
 * baseline is never changed. The rules, in docs/planning-definitions.md ("Scenarios and the
 * workforce search"):
 *
 * - sessions (and a new OT's, and the workforce search's extra sessions) become one-to-one slots
 *   a week at the baseline's slots per session, from the change's week, spread over the days that
 *   already have slots that week in proportion to their slots (a week with none: its Monday to
 *   Friday that are not bank holidays), by largest remainders so each week's total is exact; a
 *   removal takes slots in the same proportion and never leaves a day below 0;
 * - the model has one shared list, so sessions kept for a practice or a pathway are modelled as
 *   the service's shared capacity (practiceId and pathway are carried for the plan only);
 * - demand scales each pathway's referrals; the tiered model sends a share of routine referrals
 *   to self-help (they leave the list) and a share to groups, with a group course every so many
 *   weeks; a did-not-attend reduction scales the did-not-attend rate.
 */
import { addCalendarDays, isCalendarDate, isoWeekdayOf } from '../shared/calendar-date.js';
import { isBankHoliday } from '../shared/bank-holidays.js';
import type { ProjectionBaseline, Scenario } from './planning-facts.js';
import {
  PlanningInputError,
  requireNonNegative,
  requirePositive,
  requireProbability,
  requireWhole,
} from './planning-error.js';
import {
  DEFAULT_ATTENDANCE,
  type CapacityPool,
  type GroupCourse,
  type PathwayDemand,
  type WaitingListSimulationInput,
} from './simulation-input.js';
import { SESSIONS_PER_WTE } from './staffing-norm.js';

export interface ScenarioOptions {
  /** The wait within which people should be seen, in weeks (the baseline's unless given). */
  readonly targetWeeks?: number;
  /** Sessions a week added from week 0 on top of the scenario (the workforce search's capacity). */
  readonly extraSessionsPerWeek?: number;
}

export interface AppliedScenario {
  readonly input: WaitingListSimulationInput;
  /**
   * The largest chance that a new OT's post stays vacant, over the scenario's new OTs; null when
   * it has none. The input assumes every post is filled: the baseline shows the vacant case.
   */
  readonly vacancyRisk: number | null;
}

/** Sessions a week from a week of the projection on. */
interface SessionStep {
  readonly fromWeek: number;
  readonly sessionsPerWeek: number;
}

function requireFinite(value: number, field: string): number {
  if (!Number.isFinite(value)) {
    throw new PlanningInputError(field, {
      en: 'This must be a number',
      cy: 'Rhaid i hwn fod yn rhif',
    });
  }
  return value;
}

/**
 * `total` whole units shared in proportion to `weights` (≥ 0, sum > 0) by largest remainders:
 * each gets the whole part of its quota, and what is left goes one each to the largest fractional
 * parts, the earlier first on a tie. The parts sum to `total`.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const quotas = weights.map((w) => (total * w) / sum);
  const parts = quotas.map((q) => Math.floor(q));
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = quotas
    .map((q, i) => ({ i, frac: q - Math.floor(q) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

/** Sessions a week in force in week `week`, over the steps. */
function sessionsInWeek(steps: readonly SessionStep[], week: number): number {
  return steps.reduce((s, step) => (step.fromWeek <= week ? s + step.sessionsPerWeek : s), 0);
}

/**
 * The days of a week to open new slots on when it has none: its Monday to Friday that are not
 * bank holidays (England and Wales share one list), or, failing those, all its days.
 */
function fallbackWeights(start: string, first: number, length: number): number[] {
  const weights = Array.from({ length }, (_, k) => {
    const date = addCalendarDays(start, first + k);
    return isoWeekdayOf(date) <= 5 && !isBankHoliday('england', date) ? 1 : 0;
  });
  return weights.some((w) => w > 0) ? weights : weights.map(() => 1);
}

/**
 * The baseline's slots with the steps' sessions added (or removed). Each week's change in slots
 * is the running total of sessions × slots per session, rounded, less the running total to the
 * week before: whole slots each week whose sum never drifts from the exact figure by half a slot.
 */
function slotsWithSessions(
  baseline: readonly number[],
  start: string,
  steps: readonly SessionStep[],
  slotsPerSession: number,
): number[] {
  const slots = [...baseline];
  let exact = 0;
  let given = 0;
  for (let first = 0; first < slots.length; first += 7) {
    exact += sessionsInWeek(steps, first / 7) * slotsPerSession;
    // Round away floating-point dust (2.4999999…) before rounding to whole slots.
    const rounded = Math.round(Math.round(exact * 1e6) / 1e6);
    const change = rounded - given;
    given = rounded;
    if (change === 0) continue;
    const week = slots.slice(first, first + 7);
    const open = week.reduce((s, n) => s + n, 0);
    if (change > 0) {
      const weights = open > 0 ? week : fallbackWeights(start, first, week.length);
      largestRemainder(change, weights).forEach((n, k) => (slots[first + k] = (week[k] ?? 0) + n));
    } else if (open > 0) {
      // A removal in proportion to each day's slots can never take more than the day has.
      largestRemainder(Math.min(-change, open), week).forEach(
        (n, k) => (slots[first + k] = (week[k] ?? 0) - n),
      );
    }
  }
  return slots;
}

function scalePerWeek(demand: PathwayDemand, factor: number): PathwayDemand['perWeek'] {
  return Object.fromEntries(
    Object.entries(demand.perWeek).map(([urgency, n]) => [urgency, n * factor]),
  );
}

/**
 * The baseline's simulation input with the scenario's changes made (see the module's rules), and
 * the chance a new OT's post stays vacant. Throws PlanningInputError on a change that makes no
 * sense, naming its field (`changes.2.percent`).
 */
export function applyScenario(
  baseline: ProjectionBaseline,
  scenario: Pick<Scenario, 'changes'>,
  options: ScenarioOptions = {},
): AppliedScenario {
  if (!isCalendarDate(baseline.start)) {
    throw new PlanningInputError('start', {
      en: 'This must be a date, YYYY-MM-DD',
      cy: 'Rhaid i hwn fod yn ddyddiad, BBBB-MM-DD',
    });
  }
  const [pool, ...others] = baseline.input.pools;
  if (pool === undefined || others.length > 0) {
    throw new PlanningInputError('input.pools', {
      en: 'A scenario changes a baseline of one list (one pool)',
      cy: 'Mae senario yn newid llinell sylfaen o un rhestr (un gronfa)',
    });
  }
  const inScope = (demand: PathwayDemand, pathway: string | null) =>
    pathway === null || demand.pathway === pathway;
  let pathways: readonly PathwayDemand[] = pool.pathways;
  const groups: GroupCourse[] = [...(pool.groups ?? [])];
  let didNotAttend = pool.attendance?.didNotAttend ?? DEFAULT_ATTENDANCE.didNotAttend;
  let dnaChanged = false;
  const steps: SessionStep[] = [];
  let vacancyRisk: number | null = null;

  for (const [i, change] of scenario.changes.entries()) {
    const at = `changes.${String(i)}`;
    switch (change.kind) {
      case 'sessions':
        steps.push({
          fromWeek: requireWhole(change.fromWeek, `${at}.fromWeek`),
          sessionsPerWeek: requireFinite(change.sessionsPerWeek, `${at}.sessionsPerWeek`),
        });
        break;
      case 'new_ot': {
        const risk = requireProbability(change.vacancyRisk, `${at}.vacancyRisk`);
        steps.push({
          fromWeek: requireWhole(change.leadTimeWeeks, `${at}.leadTimeWeeks`),
          sessionsPerWeek: requirePositive(change.wte, `${at}.wte`) * SESSIONS_PER_WTE,
        });
        vacancyRisk = Math.max(vacancyRisk ?? 0, risk);
        break;
      }
      case 'demand': {
        const percent = requireFinite(change.percent, `${at}.percent`);
        if (percent < -100) {
          throw new PlanningInputError(`${at}.percent`, {
            en: 'Demand cannot fall by more than 100%',
            cy: 'Ni all y galw ostwng mwy na 100%',
          });
        }
        const factor = 1 + percent / 100;
        pathways = pathways.map((d) =>
          inScope(d, change.pathway) ? { ...d, perWeek: scalePerWeek(d, factor) } : d,
        );
        break;
      }
      case 'tiered': {
        const groupShare = requireProbability(change.groupShare, `${at}.groupShare`);
        const selfHelpShare = requireProbability(change.selfHelpShare, `${at}.selfHelpShare`);
        if (groupShare + selfHelpShare > 1 + 1e-9) {
          throw new PlanningInputError(`${at}.selfHelpShare`, {
            en: 'The group and self-help shares together cannot be more than all referrals',
            cy: 'Ni all y cyfrannau grŵp a hunangymorth gyda’i gilydd fod yn fwy na’r holl atgyfeiriadau',
          });
        }
        const places = requireWhole(change.groupPlaces, `${at}.groupPlaces`, 1);
        const everyWeeks = requireWhole(change.groupEveryWeeks, `${at}.groupEveryWeeks`, 1);
        // Both shares are of all routine referrals: of those left after self-help, the group's
        // share is groupShare ÷ (1 − selfHelpShare).
        const remaining = 1 - selfHelpShare;
        const share = remaining > 0 ? Math.min(1, groupShare / remaining) : 0;
        pathways = pathways.map((d) => {
          if (!inScope(d, change.pathway)) return d;
          const routine = d.perWeek.routine;
          return {
            ...d,
            perWeek:
              routine === undefined ? d.perWeek : { ...d.perWeek, routine: routine * remaining },
            groupShare: share,
          };
        });
        // The first course once a full interval's referrals have gathered, then every interval.
        groups.push({ firstDay: everyWeeks * 7, everyDays: everyWeeks * 7, places });
        break;
      }
      case 'dna_reduction':
        didNotAttend *= 1 - requireProbability(change.relativeReduction, `${at}.relativeReduction`);
        dnaChanged = true;
        break;
    }
  }
  if (options.extraSessionsPerWeek !== undefined) {
    steps.push({
      fromWeek: 0,
      sessionsPerWeek: requireNonNegative(options.extraSessionsPerWeek, 'extraSessionsPerWeek'),
    });
  }
  const changesSlots = steps.some((s) => s.sessionsPerWeek !== 0);
  if (
    changesSlots &&
    !(Number.isFinite(baseline.slotsPerSession) && baseline.slotsPerSession > 0)
  ) {
    // The baseline counts 0 slots a session when no one-to-one clinic runs today.
    throw new PlanningInputError('slotsPerSession', {
      en: 'Sessions can be added or removed once the rota has a one-to-one clinic running',
      cy: 'Gellir ychwanegu neu ddileu sesiynau unwaith y bydd clinig un-i-un yn rhedeg ar y rota',
    });
  }
  const slotsPerDay = changesSlots
    ? slotsWithSessions(pool.slotsPerDay, baseline.start, steps, baseline.slotsPerSession)
    : [...pool.slotsPerDay];

  const changed: CapacityPool = {
    ...pool,
    slotsPerDay,
    pathways,
    ...(groups.length > 0 ? { groups } : {}),
    ...(dnaChanged ? { attendance: { ...pool.attendance, didNotAttend } } : {}),
  };
  const targetWeeks =
    options.targetWeeks === undefined
      ? baseline.input.targetWeeks
      : requireNonNegative(options.targetWeeks, 'targetWeeks');
  return {
    input: {
      ...baseline.input,
      ...(targetWeeks === undefined ? {} : { targetWeeks }),
      pools: [changed],
    },
    vacancyRisk,
  };
}
