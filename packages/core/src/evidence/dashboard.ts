/**
 * The evidence dashboard (issue 12), composed from plain facts by core's evidence functions:
 * access and activity, outcomes per instrument, work, what the service avoided, experience,
 * equity breakdowns with the inequality gradient, and a weekly trend. Pure: the server reads the
 * facts from the records and adds the time of reading and the practices the caller may choose.
 * When the caller has no patient access (a lead or an admin) every count goes through the
 * small-number rule, rates come from the rounded counts, breakdown tables get secondary
 * suppression, and the person's free-text comments are left out.
 */
import { DISCLOSURE_RULE, mayShowStatisticOver } from '../access/disclosure-control.js';
import type {
  EvidenceDashboard,
  EvidenceQuery,
  Figure,
  TrendPoint,
} from '../contracts/evidence.js';
import type { DeprivationIndex } from '../front-door/equality.js';
import { OUTCOME_MEASURES } from '../record/record-view.js';
import {
  addCalendarDays,
  calendarDaysBetween,
  isoWeekdayOf,
  type CalendarDate,
} from '../shared/calendar-date.js';
import { breakdowns, inequalityOf } from './dashboard-breakdowns.js';
import { costFigures, gpAppointmentsAvoided } from './dashboard-costs.js';
import { dashboardDefinitions } from './dashboard-figures.js';
import { FigureMaker } from './dashboard-figure-maker.js';
import {
  improvedOnMainMeasure,
  outcomeFigures,
  outcomeRows,
  workAbilityBaselineSd,
} from './dashboard-outcomes.js';
import type {
  EpisodeFact,
  EvidenceFacts,
  FactGroups,
  RequestFact,
  RequestDecision,
} from './evidence-facts.js';
import { meanWithCi, median, percentile90, proportionWithinWeeks } from './intervals.js';
import { oneDeprivationIndex } from './rates.js';

export interface EvidenceDashboardOptions {
  /** Whether the caller may see these people's records (an OT); false applies disclosure control. */
  readonly patientAccess: boolean;
  /** Today's Europe/London date: the trend stops here. */
  readonly today: CalendarDate;
}

export type ComposedDashboard = Omit<EvidenceDashboard, 'readAt' | 'practices'>;

/** The period's ends and the lead's filters: what the sections are composed over. */
export type EvidencePeriodQuery = Pick<EvidenceQuery, 'from' | 'to' | 'practiceId' | 'pathway'>;

/** Whether a London date falls in the query's period (inclusive). */
export const inEvidencePeriod = (
  q: EvidencePeriodQuery,
  on: CalendarDate | null,
): on is CalendarDate => on !== null && on >= q.from && on <= q.to;

/** Whether a fact's groups pass the query's practice and pathway filters. */
export function matchesEvidenceFilters(q: EvidencePeriodQuery, g: FactGroups): boolean {
  return (
    (q.practiceId === undefined || g.practiceId === q.practiceId) &&
    (q.pathway === undefined || g.pathway === q.pathway)
  );
}

/** The index a deprivation breakdown uses: the only one, or the one most of the facts have. */
export function breakdownIndexOf(
  facts: readonly { readonly groups: FactGroups }[],
): DeprivationIndex | null {
  const all = facts.flatMap((f) => (f.groups.deprivation ? [f.groups.deprivation] : []));
  const one = oneDeprivationIndex(all);
  if (one.ok) return one.index;
  const imd = all.filter((d) => d.index === 'IMD2019').length;
  return imd * 2 >= all.length ? 'IMD2019' : 'WIMD2019';
}

const DECISION_KEYS: Readonly<Record<RequestDecision, string>> = {
  accepted: 'triage-accepted',
  signposted: 'triage-signposted',
  redirected: 'triage-redirected',
  declined: 'triage-declined',
  awaiting_info: 'triage-awaiting-info',
  untriaged: 'triage-untriaged',
};

function orderStatistic(
  make: FigureMaker,
  key: string,
  unit: 'days' | 'weeks',
  values: readonly number[],
  of: typeof median,
): Figure {
  const stat = of(values);
  const scale = unit === 'weeks' ? 7 : 1;
  return make.statistic(key, unit, values.length, stat ? { value: stat.value / scale } : null);
}

/** Contacts a week a full-time PCN OT averages (seed 002: "about 32 patient contacts"). */
export const CONTACTS_PER_OT_WEEK_BENCHMARK = 32;

/** Attended appointments in the period ÷ distinct (OT, London week) pairs with one attended. */
function contactsPerOtWeek(
  make: FigureMaker,
  q: EvidencePeriodQuery,
  facts: EvidenceFacts,
): Figure {
  const attended = facts.appointments.filter(
    (a) => a.status === 'attended' && inEvidencePeriod(q, a.on),
  );
  const otWeeks = new Set(
    attended.map((a) => `${a.otId} ${addCalendarDays(a.on, 1 - isoWeekdayOf(a.on))}`),
  ).size;
  return make.ratioOfShown(
    'contacts-per-ot-week',
    make.disclose(attended.length),
    otWeeks,
    CONTACTS_PER_OT_WEEK_BENCHMARK,
  );
}

function accessFigures(
  make: FigureMaker,
  q: EvidencePeriodQuery,
  facts: EvidenceFacts,
  received: readonly RequestFact[],
  discharged: readonly EpisodeFact[],
): Figure[] {
  const practices = facts.practices.filter(
    (p) => q.practiceId === undefined || p.id === q.practiceId,
  );
  const registered = practices.every((p) => p.listSize !== null)
    ? practices.reduce((s, p) => s + (p.listSize ?? 0), 0)
    : null;
  const triageDays = facts.requests
    .filter((r) => inEvidencePeriod(q, r.triagedOn))
    .map((r) => calendarDaysBetween(r.receivedOn, r.triagedOn ?? r.receivedOn));
  const waits = facts.requests
    .filter((r) => inEvidencePeriod(q, r.firstAppointmentOn))
    .map((r) => calendarDaysBetween(r.receivedOn, r.firstAppointmentOn ?? r.receivedOn));
  const kept = facts.appointments.filter(
    (a) => inEvidencePeriod(q, a.on) && (a.status === 'attended' || a.status === 'did_not_attend'),
  );
  const hidden = facts.contactPairs
    .filter((c) => inEvidencePeriod(q, c.second))
    .map((c) => calendarDaysBetween(c.first, c.second ?? c.first));
  const sessions = meanWithCi(discharged.map((e) => e.attendedContacts));
  const within = (weeks: number) => {
    const p = proportionWithinWeeks(waits, weeks);
    return make.proportion(`within-${String(weeks)}-weeks`, p?.numerator ?? 0, waits.length);
  };
  return [
    make.count('requests', received.length),
    make.per1000OfShown(
      'uptake-per-1000',
      make.disclose(new Set(received.map((r) => r.personId)).size),
      registered,
    ),
    ...(Object.keys(DECISION_KEYS) as RequestDecision[]).map((d) =>
      make.proportion(
        DECISION_KEYS[d],
        received.filter((r) => r.decision === d).length,
        received.length,
      ),
    ),
    orderStatistic(make, 'days-to-triage-median', 'days', triageDays, median),
    orderStatistic(make, 'days-to-triage-p90', 'days', triageDays, percentile90),
    orderStatistic(make, 'weeks-to-first-median', 'weeks', waits, median),
    orderStatistic(make, 'weeks-to-first-p90', 'weeks', waits, percentile90),
    within(2),
    within(6),
    within(18),
    make.proportion(
      'dna-rate',
      kept.filter((a) => a.status === 'did_not_attend').length,
      kept.length,
    ),
    make.count('episodes-discharged', discharged.length),
    make.statistic(
      'sessions-per-episode',
      'count',
      discharged.length,
      sessions ? { value: sessions.mean, lower: sessions.lower, upper: sessions.upper } : null,
    ),
    make.proportion(
      'single-contact-discharges',
      discharged.filter((e) => e.attendedContacts === 1).length,
      discharged.length,
    ),
    orderStatistic(make, 'hidden-wait-median', 'days', hidden, median),
    contactsPerOtWeek(make, q, facts),
  ];
}

function workFigures(make: FigureMaker, discharged: readonly EpisodeFact[]): Figure[] {
  const r = discharged.map((e) => e.record);
  const atStart = r.filter((x) => x.workAtStart !== null);
  const atEnd = r.filter((x) => x.workAtDischarge !== null);
  const working = r.filter(
    (x) =>
      (x.workAtStart === 'in_work' || x.workAtStart === 'sick_leave_fit_note') &&
      x.workAtDischarge !== null,
  );
  return [
    make.proportion(
      'work-off-sick-start',
      atStart.filter((x) => x.workAtStart === 'sick_leave_fit_note').length,
      atStart.length,
    ),
    make.proportion(
      'work-off-sick-discharge',
      atEnd.filter((x) => x.workAtDischarge === 'sick_leave_fit_note').length,
      atEnd.length,
    ),
    make.proportion(
      'work-returned-or-stayed',
      working.filter((x) => x.workAtDischarge === 'in_work').length,
      working.length,
    ),
    make.count(
      'health-work-reports',
      r.reduce((s, x) => s + x.healthWorkReports, 0),
    ),
  ];
}

function avoidedFigures(make: FigureMaker, discharged: readonly EpisodeFact[]): Figure[] {
  const r = discharged.map((e) => e.record);
  const n = r.length;
  return [
    make.proportion(
      'self-management',
      r.filter((x) => x.interventions.includes('self_management')).length,
      n,
    ),
    make.proportion(
      'gp-appointments-avoided',
      r.filter((x) => x.avoided?.gpAppointments).length,
      n,
    ),
    make.count('gp-appointments-avoided-count', gpAppointmentsAvoided(discharged)),
    make.proportion(
      'secondary-care-avoided',
      r.filter((x) => x.avoided?.secondaryCareReferral).length,
      n,
    ),
    make.proportion('medication-avoided', r.filter((x) => x.avoided?.medication).length, n),
    ...costFigures(make, discharged),
  ];
}

/** Mondays of the London weeks from the period's start to its end (or today, if sooner). */
function weeksOf(q: EvidenceQuery, today: CalendarDate): CalendarDate[] {
  const last = q.to < today ? q.to : today;
  const weeks: CalendarDate[] = [];
  for (
    let monday = addCalendarDays(q.from, 1 - isoWeekdayOf(q.from));
    monday <= last;
    monday = addCalendarDays(monday, 7)
  ) {
    weeks.push(monday);
  }
  return weeks;
}

/** The first day a request no longer waits (turned away, first seen, or closed), if any. */
function stoppedWaitingOn(r: RequestFact): CalendarDate | null {
  const turnedAway =
    r.decision === 'signposted' || r.decision === 'redirected' || r.decision === 'declined';
  const ends = [turnedAway ? r.triagedOn : null, r.firstAppointmentOn, r.closedOn];
  return ends.reduce<CalendarDate | null>(
    (first, on) => (on !== null && (first === null || on < first) ? on : first),
    null,
  );
}

/**
 * The weekly trend: each week's requests, first appointments and attended contacts, and the
 * waiting list on its last day (a request waits from the day it is received until the day it is
 * turned away, first seen or closed) with its longest wait in whole weeks. One pass over the
 * facts: each is put in its week by counting days from the first Monday.
 */
function trend(
  make: FigureMaker,
  q: EvidenceQuery,
  facts: EvidenceFacts,
  today: CalendarDate,
): TrendPoint[] {
  const mondays = weeksOf(q, today);
  const weeks = mondays.map((monday) => {
    const sunday = addCalendarDays(monday, 6);
    return {
      monday,
      start: monday < q.from ? q.from : monday,
      end: [sunday, q.to, today].reduce((a, b) => (b < a ? b : a)),
      requests: 0,
      firstAppointments: 0,
      attended: 0,
      waiting: 0,
      earliestWaiting: null as CalendarDate | null,
    };
  });
  const first = mondays[0];
  const weekOf = (on: CalendarDate | null) => {
    if (on === null || first === undefined) return undefined;
    const week = weeks[Math.floor(calendarDaysBetween(first, on) / 7)];
    return week && on >= week.start && on <= week.end ? week : undefined;
  };
  for (const r of facts.requests) {
    const received = weekOf(r.receivedOn);
    if (received) received.requests += 1;
    const seen = weekOf(r.firstAppointmentOn);
    if (seen) seen.firstAppointments += 1;
    const stopped = stoppedWaitingOn(r);
    for (const week of weeks) {
      if (stopped !== null && week.end >= stopped) break;
      if (r.receivedOn > week.end) continue;
      week.waiting += 1;
      if (week.earliestWaiting === null || r.receivedOn < week.earliestWaiting) {
        week.earliestWaiting = r.receivedOn;
      }
    }
  }
  for (const a of facts.appointments) {
    if (a.status !== 'attended') continue;
    const week = weekOf(a.on);
    if (week) week.attended += 1;
  }
  return weeks.map((w) => {
    const showLongest = !make.controlled || mayShowStatisticOver(w.waiting);
    return {
      week: w.monday,
      requests: make.disclose(w.requests),
      firstAppointments: make.disclose(w.firstAppointments),
      attended: make.disclose(w.attended),
      waiting: make.disclose(w.waiting),
      longestWaitWeeks:
        w.earliestWaiting !== null && showLongest
          ? Math.floor(calendarDaysBetween(w.earliestWaiting, w.end) / 7)
          : null,
    };
  });
}

/** The facts that pass the query's practice and pathway filters. */
function filtered(allFacts: EvidenceFacts, query: EvidencePeriodQuery): EvidenceFacts {
  const keep = <T extends { readonly groups: FactGroups }>(items: readonly T[]) =>
    items.filter((i) => matchesEvidenceFilters(query, i.groups));
  return {
    requests: keep(allFacts.requests),
    appointments: keep(allFacts.appointments),
    contactPairs: keep(allFacts.contactPairs),
    episodes: keep(allFacts.episodes),
    prems: keep(allFacts.prems),
    practices: allFacts.practices,
  };
}

/** The headline sections of one period, from facts already filtered. */
function sectionsOf(
  make: FigureMaker,
  query: EvidencePeriodQuery,
  facts: EvidenceFacts,
): ComposedDashboard['sections'] {
  const received = facts.requests.filter((r) => inEvidencePeriod(query, r.receivedOn));
  const discharged = facts.episodes.filter((e) => inEvidencePeriod(query, e.dischargedOn));
  const prems = facts.prems.filter((p) => inEvidencePeriod(query, p.on));
  return [
    { key: 'access', figures: accessFigures(make, query, facts, received, discharged) },
    { key: 'outcomes', figures: outcomeFigures(make, discharged) },
    { key: 'work', figures: workFigures(make, discharged) },
    { key: 'avoided', figures: avoidedFigures(make, discharged) },
    {
      key: 'experience',
      figures: [
        make.count('prems-answered', prems.length),
        make.proportion(
          'prem-positive',
          prems.filter((p) => p.experience === 'very_good' || p.experience === 'good').length,
          prems.filter((p) => p.experience !== null).length,
        ),
      ],
    },
  ];
}

/**
 * The dashboard for a period, practice and pathway from the facts (which the server has already
 * scoped to the caller's organisations; the query's filters are applied here again). With a
 * comparison period in the query, its headline sections are composed the same way from
 * `comparisonFacts` (the server's read of that period), or from `allFacts` when they cover both.
 */
export function evidenceDashboard(
  allFacts: EvidenceFacts,
  query: EvidenceQuery,
  options: EvidenceDashboardOptions,
  comparisonFacts?: EvidenceFacts,
): ComposedDashboard {
  const facts = filtered(allFacts, query);
  const make = new FigureMaker(!options.patientAccess);
  const received = facts.requests.filter((r) => inEvidencePeriod(query, r.receivedOn));
  const discharged = facts.episodes.filter((e) => inEvidencePeriod(query, e.dischargedOn));
  const prems = facts.prems.filter((p) => inEvidencePeriod(query, p.on));
  const index = breakdownIndexOf([...facts.requests, ...facts.appointments, ...facts.episodes]);
  const sd = workAbilityBaselineSd(discharged);
  const sections = sectionsOf(make, query, facts);
  const compared =
    query.compareFrom !== undefined && query.compareTo !== undefined
      ? { ...query, from: query.compareFrom, to: query.compareTo }
      : null;
  const comparison = compared && {
    from: compared.from,
    to: compared.to,
    sections: sectionsOf(make, compared, filtered(comparisonFacts ?? allFacts, compared)),
  };
  const outcomes = outcomeRows(make, discharged);
  const grouped = breakdowns(
    make,
    {
      requests: received,
      appointments: facts.appointments
        .filter(
          (a) =>
            inEvidencePeriod(query, a.on) &&
            (a.status === 'attended' || a.status === 'did_not_attend'),
        )
        .map((a) => ({ missed: a.status === 'did_not_attend', groups: a.groups })),
      improved: discharged.flatMap((e) => {
        const improved = improvedOnMainMeasure(e, sd);
        return improved === null ? [] : [{ improved, groups: e.groups }];
      }),
      practices: facts.practices.filter(
        (p) => query.practiceId === undefined || p.id === query.practiceId,
      ),
    },
    index,
  );
  const inequality = (['dna-rate', 'improved-main-measure'] as const).map((key) =>
    inequalityOf(make, key, grouped.quintiles[key]),
  );
  const points = trend(make, query, facts, options.today);
  const comments = options.patientAccess
    ? prems
        .flatMap((p) => (p.comment ? [{ on: p.on, text: p.comment }] : []))
        .sort((a, b) => a.on.localeCompare(b.on))
    : null;
  return {
    query: {
      from: query.from,
      to: query.to,
      practiceId: query.practiceId ?? null,
      pathway: query.pathway ?? null,
      ...(compared ? { compareFrom: compared.from, compareTo: compared.to } : {}),
    },
    sections,
    comparison,
    outcomes,
    breakdowns: grouped.breakdowns,
    inequality,
    trend: points,
    comments,
    definitions: dashboardDefinitions(OUTCOME_MEASURES),
    disclosure: make.controlled
      ? {
          rule: DISCLOSURE_RULE.name,
          summary: `${DISCLOSURE_RULE.summary} In each breakdown a further count is hidden where a hidden one could be worked back from the total; medians and means of fewer than 8 people are not shown; comments are for staff with patient access only. ${String(make.suppressed)} figures hidden.`,
          hidden: make.suppressed,
        }
      : null,
  };
}
