/**
 * The projection's baseline read from the record (issue 13 item 4): the waiting-list simulation's
 * input for the service as it is — its rota with leave and bank holidays, its own demand by
 * pathway and urgency, attendance, episode lengths, withdrawals and the people waiting today —
 * and each assumption with where it came from. Below a threshold a measured rate is too noisy to
 * project from, and the demo's default (simulation-input.ts) is used instead, marked 'default'.
 * Pure; definitions in words in docs/planning-definitions.md.
 *
 * One capacity pool for the whole service (id 'service'): a clinic kept for one pathway adds its
 * slots to the pool like any other. Group clinics are left out: a GroupCourse is a course starting
 * every so many days, and the rota's weekly group clinics do not say when a course starts or how
 * many of its sessions make one, so the baseline sends nobody to a group (groupShare 0).
 */
import {
  addCalendarDays,
  calendarDaysBetween,
  isoWeekdayOf,
  type CalendarDate,
  type IsoWeekday,
} from '../shared/calendar-date.js';
import { PATHWAYS, URGENCIES, type Pathway, type Urgency } from '../triage/triage-types.js';
import { dailySlots, type ClinicPattern } from './daily-slots.js';
import { requireWhole } from './planning-error.js';
import type {
  PlanningFacts,
  ProjectionAssumption,
  ProjectionBaseline,
  RotaPatternFact,
} from './planning-facts.js';
import {
  DEFAULT_ATTENDANCE,
  DEFAULT_DAYS_BETWEEN_SESSIONS,
  DEFAULT_SESSION_WEIGHTS,
  DEFAULT_TARGET_WEEKS,
  DEFAULT_WEEKS,
  type InitialWaiting,
  type PathwayDemand,
} from './simulation-input.js';

/** Booked appointments below which the record's attendance rates are not used. */
export const MIN_APPOINTMENTS_FOR_ATTENDANCE = 30;
/** Closed episodes below which the record's sessions per episode are not used. */
export const MIN_EPISODES_FOR_SESSIONS = 20;
/** Sessions an episode is counted to at most: longer ones are counted as this many. */
export const MAX_SESSIONS_PROJECTED = 6;
/** The one capacity pool of the baseline. */
export const SERVICE_POOL_ID = 'service';

export interface ProjectionBaselineOptions {
  /** Weeks projected (52). */
  readonly weeks?: number;
  /** The wait within which people should be seen, in weeks (6). */
  readonly targetWeeks?: number;
}

function fromRecord(value: number, n: number): ProjectionAssumption {
  return { value, source: 'record', n };
}

function byDefault(value: number): ProjectionAssumption {
  return { value, source: 'default', n: 0 };
}

function meanOfWeights(weights: readonly number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  return total > 0 ? weights.reduce((s, w, i) => s + (i + 1) * w, 0) / total : 0;
}

/** A part slot is not a slot. */
function wholeSlots(template: RotaPatternFact): number {
  return Math.max(0, Math.floor(template.slotsPerClinic));
}

function weekdaysOf(template: RotaPatternFact): IsoWeekday[] {
  return [...new Set(template.weekdays)];
}

/**
 * Sessions per episode: the record's histogram (index 0 is one session) when it holds at least
 * MIN_EPISODES_FOR_SESSIONS episodes, those longer than MAX_SESSIONS_PROJECTED counted at it.
 */
function sessionWeightsOf(facts: PlanningFacts): {
  weights: readonly number[];
  assumption: ProjectionAssumption;
} {
  const episodes = facts.sessionsPerEpisode.reduce((s, c) => s + c, 0);
  if (episodes < MIN_EPISODES_FOR_SESSIONS) {
    return {
      weights: DEFAULT_SESSION_WEIGHTS,
      assumption: byDefault(meanOfWeights(DEFAULT_SESSION_WEIGHTS)),
    };
  }
  const weights = facts.sessionsPerEpisode.slice(0, MAX_SESSIONS_PROJECTED);
  const longer = facts.sessionsPerEpisode.slice(MAX_SESSIONS_PROJECTED).reduce((s, c) => s + c, 0);
  if (longer > 0)
    weights[MAX_SESSIONS_PROJECTED - 1] = (weights[MAX_SESSIONS_PROJECTED - 1] ?? 0) + longer;
  return { weights, assumption: fromRecord(meanOfWeights(weights), episodes) };
}

function attendanceOf(facts: PlanningFacts) {
  const a = facts.attendance;
  const appointments = a.attended + a.didNotAttend + a.lateCancelled;
  if (appointments < MIN_APPOINTMENTS_FOR_ATTENDANCE) {
    return {
      didNotAttend: byDefault(DEFAULT_ATTENDANCE.didNotAttend),
      lateCancellation: byDefault(DEFAULT_ATTENDANCE.lateCancellation),
      rebookAfterDidNotAttend: byDefault(DEFAULT_ATTENDANCE.rebookAfterDidNotAttend),
    };
  }
  return {
    didNotAttend: fromRecord(a.didNotAttend / appointments, appointments),
    lateCancellation: fromRecord(a.lateCancelled / appointments, appointments),
    rebookAfterDidNotAttend:
      a.didNotAttend > 0
        ? fromRecord(Math.min(1, a.didNotAttendRebooked / a.didNotAttend), a.didNotAttend)
        : byDefault(DEFAULT_ATTENDANCE.rebookAfterDidNotAttend),
  };
}

/**
 * Withdrawals a person-week: those who left the list without an appointment in the window,
 * divided by the weeks people spent on the list inside the window (each from the later of joining
 * and `from` to the earlier of leaving and today). Kept at most 1, as the simulation's weekly
 * chance must be; 0 (a default) when nobody was on the list.
 */
function withdrawalOf(facts: PlanningFacts): ProjectionAssumption {
  let personDays = 0;
  let people = 0;
  let withdrawn = 0;
  for (const e of facts.listEntries) {
    const on = e.joinedOn > facts.from ? e.joinedOn : facts.from;
    const off = e.leftOn !== null && e.leftOn < facts.today ? e.leftOn : facts.today;
    const days = calendarDaysBetween(on, off);
    if (days > 0) {
      personDays += days;
      people += 1;
    }
    if (
      e.leftBy === 'withdrawn' &&
      e.leftOn !== null &&
      facts.from <= e.leftOn &&
      e.leftOn <= facts.today
    ) {
      withdrawn += 1;
    }
  }
  if (personDays === 0) return byDefault(0);
  return fromRecord(Math.min(1, withdrawn / (personDays / 7)), people);
}

function runsOn(template: RotaPatternFact, date: CalendarDate): boolean {
  return (
    template.validFrom <= date && (template.validUntil === null || date <= template.validUntil)
  );
}

/**
 * The baseline projection of the service from its record. Day 0 is the first Monday strictly
 * after today (a week on when today is a Monday), so the projection runs in whole weeks from
 * the next one. Capacity: dailySlots over the projection's days, one pattern per one-to-one
 * rota template (its slots on each of its weekdays, between its dates, none on its clinician's
 * leave), England's bank holidays closed. Demand: each pathway's joins in the window by urgency
 * ÷ the window's weeks (calendarDaysBetween(from, today) ÷ 7, at least a day), Poisson. A pathway
 * with nobody joining but people still waiting is kept, with no demand, so they are on the list.
 */
export function projectionBaseline(
  facts: PlanningFacts,
  options: ProjectionBaselineOptions = {},
): ProjectionBaseline {
  const weeks = requireWhole(options.weeks ?? DEFAULT_WEEKS, 'weeks', 1);
  const targetWeeks = options.targetWeeks ?? DEFAULT_TARGET_WEEKS;
  const start = addCalendarDays(facts.today, 8 - isoWeekdayOf(facts.today));

  const oneToOne = facts.rota.filter((t) => !t.group);
  const patterns: ClinicPattern[] = oneToOne.map((t) => ({
    slotsByWeekday: Object.fromEntries(weekdaysOf(t).map((d) => [d, wholeSlots(t)])),
    from: t.validFrom,
    until: t.validUntil ?? undefined,
    away: t.away,
  }));
  const slotsPerDay = dailySlots({ start, days: weeks * 7, patterns, nation: 'england' });
  const running = oneToOne.filter((t) => runsOn(t, facts.today));
  const sessionsPerWeek = running.reduce((s, t) => s + t.sessionsPerWeek, 0);
  const runningSlots = running.reduce((s, t) => s + wholeSlots(t) * weekdaysOf(t).length, 0);

  const windowWeeks = Math.max(1, calendarDaysBetween(facts.from, facts.today)) / 7;
  const joins = facts.listEntries.filter(
    (e) => facts.from <= e.joinedOn && e.joinedOn <= facts.today,
  );
  const waiting = facts.listEntries.filter(
    (e) => e.joinedOn <= facts.today && (e.leftOn === null || e.leftOn > facts.today),
  );
  const sessions = sessionWeightsOf(facts);

  const pathways: PathwayDemand[] = [];
  const initialList: InitialWaiting[] = [];
  for (const pathway of PATHWAYS) {
    const joined = joins.filter((e) => e.pathway === pathway);
    const waitingHere = waiting.filter((e) => e.pathway === pathway);
    if (joined.length === 0 && waitingHere.length === 0) continue;
    const perWeek: Partial<Record<Urgency, number>> = {};
    for (const urgency of URGENCIES) {
      const n = joined.filter((e) => e.urgency === urgency).length;
      if (n > 0) perWeek[urgency] = n / windowWeeks;
    }
    pathways.push({ pathway, perWeek, sessionWeights: sessions.weights });
    initialList.push(...initialWaitingOf(pathway, waitingHere, start));
  }

  const attendance = attendanceOf(facts);
  const withdrawPerWeek = withdrawalOf(facts);
  const daysBetweenSessions =
    facts.daysBetweenSessions === null
      ? byDefault(DEFAULT_DAYS_BETWEEN_SESSIONS)
      : fromRecord(
          Math.max(1, Math.round(facts.daysBetweenSessions)),
          // The facts give the median only: n is the closed episodes with a second session.
          facts.sessionsPerEpisode.slice(1).reduce((s, c) => s + c, 0),
        );

  return {
    start,
    input: {
      weeks,
      targetWeeks,
      pools: [
        {
          id: SERVICE_POOL_ID,
          slotsPerDay,
          pathways,
          initialList,
          attendance: {
            didNotAttend: attendance.didNotAttend.value,
            lateCancellation: attendance.lateCancellation.value,
            rebookAfterDidNotAttend: attendance.rebookAfterDidNotAttend.value,
          },
          withdrawPerWeek: withdrawPerWeek.value,
          daysBetweenSessions: daysBetweenSessions.value,
        },
      ],
    },
    slotsPerWeek: slotsPerDay.reduce((s, n) => s + n, 0) / weeks,
    sessionsPerWeek,
    slotsPerSession: sessionsPerWeek > 0 ? runningSlots / sessionsPerWeek : 0,
    assumptions: {
      ...attendance,
      withdrawPerWeek,
      meanSessions: sessions.assumption,
      daysBetweenSessions,
      demandPerWeek: fromRecord(joins.length / windowWeeks, joins.length),
    },
  };
}

/** People waiting on one pathway, grouped by urgency and days waited at day 0, longest first. */
function initialWaitingOf(
  pathway: Pathway,
  waiting: readonly { readonly urgency: Urgency; readonly joinedOn: CalendarDate }[],
  start: CalendarDate,
): InitialWaiting[] {
  const groups: InitialWaiting[] = [];
  for (const urgency of URGENCIES) {
    const counts = new Map<number, number>();
    for (const e of waiting) {
      if (e.urgency !== urgency) continue;
      const days = calendarDaysBetween(e.joinedOn, start);
      counts.set(days, (counts.get(days) ?? 0) + 1);
    }
    [...counts.entries()]
      .sort((a, b) => b[0] - a[0])
      .forEach(([waitedDays, count]) => groups.push({ pathway, urgency, waitedDays, count }));
  }
  return groups;
}
