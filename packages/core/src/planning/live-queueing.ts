/**
 * The live queueing figures of the planning page (issue 13 item 3: "each computed live per
 * pathway and tier from the service's own referrals and removals"), and demand against capacity
 * week by week. Pure: the server reads the facts (planning-facts.ts) from the record and today
 * comes in with them; definitions in words in docs/planning-definitions.md.
 *
 * The window is [facts.from, facts.today], both days included. Days are counted from `from`
 * (day 0), so a join on `today` is on day calendarDaysBetween(from, today), the period's end that
 * interArrivalStatistics is given.
 */
import {
  addCalendarDays,
  calendarDaysBetween,
  isoWeekdayOf,
  type CalendarDate,
} from '../shared/calendar-date.js';
import { PATHWAYS, TIERS, type Pathway, type Tier } from '../triage/triage-types.js';
import type {
  DemandCapacityWeek,
  ListEntryFact,
  LiveQueueing,
  LiveQueueingGroup,
  PlanningFacts,
} from './planning-facts.js';
import { DEFAULT_WAIT_FACTOR, interArrivalStatistics, queueingFigures } from './queueing.js';

export interface LiveQueueingOptions {
  /** The wait within which people should be seen, in weeks. */
  readonly targetWeeks: number;
  /** NHSRwaitinglist's factor (4 unless given). */
  readonly factor?: number;
}

function inWindow(facts: PlanningFacts, date: CalendarDate): boolean {
  return facts.from <= date && date <= facts.today;
}

/** On the list at the end of `today`: joined by then and not yet left. */
function waitingOn(entry: ListEntryFact, today: CalendarDate): boolean {
  return entry.joinedOn <= today && (entry.leftOn === null || entry.leftOn > today);
}

function groupFigures(
  facts: PlanningFacts,
  entries: readonly ListEntryFact[],
  pathway: Pathway | null,
  tier: Tier | null,
  options: { readonly targetWeeks: number; readonly factor: number },
): LiveQueueingGroup {
  const end = calendarDaysBetween(facts.from, facts.today);
  const joinDays = entries
    .filter((e) => inWindow(facts, e.joinedOn))
    .map((e) => calendarDaysBetween(facts.from, e.joinedOn));
  const left = (by: 'booked' | 'withdrawn') =>
    entries.flatMap((e) =>
      e.leftBy === by && e.leftOn !== null && inWindow(facts, e.leftOn)
        ? [calendarDaysBetween(facts.from, e.leftOn)]
        : [],
    );
  const bookingDays = left('booked');
  const withdrawn = left('withdrawn').length;
  const demand = interArrivalStatistics(joinDays, 0, end);
  const capacity = interArrivalStatistics(bookingDays, 0, end);
  const demandPerWeek = demand?.demandWeekly ?? 0;
  const capacityPerWeek = capacity?.demandWeekly ?? 0;
  const cvDemand = demand?.cv ?? null;
  const cvCapacity = capacity?.cv ?? null;

  const waits = entries
    .filter((e) => waitingOn(e, facts.today))
    .map((e) => Math.floor(calendarDaysBetween(e.joinedOn, facts.today) / 7));
  const meanWaitWeeks = waits.length === 0 ? null : waits.reduce((s, w) => s + w, 0) / waits.length;

  return {
    pathway,
    tier,
    joined: joinDays.length,
    booked: bookingDays.length,
    withdrawn,
    demandPerWeek,
    cvDemand,
    capacityPerWeek,
    cvCapacity,
    waiting: waits.length,
    meanWaitWeeks,
    figures:
      capacityPerWeek > 0
        ? queueingFigures({
            demand: demandPerWeek,
            capacity: capacityPerWeek,
            queueSize: waits.length,
            meanWait: meanWaitWeeks ?? 0,
            targetWait: options.targetWeeks,
            factor: options.factor,
            // A cv that cannot be computed is left to the package's default of 1.
            cvDemand: cvDemand ?? undefined,
            cvCapacity: cvCapacity ?? undefined,
          })
        : null,
  };
}

/**
 * The waiting list's figures from its own joins and removals, as NHSRwaitinglist computes them:
 * demand and its cv from the days people joined (wl_referral_stats), capacity and its cv from the
 * days people were booked off the list (wl_removal_stats; a withdrawal is not capacity), each over
 * the whole window; the people waiting today and their mean completed weeks waited
 * (booking/waiting-list.ts's weeksWaited); and wl_stats's figures from them, or null when nobody
 * was booked in the window. The whole list first, then each pathway and tier (PATHWAYS, then
 * TIERS order) with anyone joining in the window or waiting today.
 */
export function liveQueueing(facts: PlanningFacts, options: LiveQueueingOptions): LiveQueueing {
  const settings = {
    targetWeeks: options.targetWeeks,
    factor: options.factor ?? DEFAULT_WAIT_FACTOR,
  };
  const groups: LiveQueueingGroup[] = [
    groupFigures(facts, facts.listEntries, null, null, settings),
  ];
  for (const pathway of PATHWAYS) {
    for (const tier of TIERS) {
      const entries = facts.listEntries.filter((e) => e.pathway === pathway && e.tier === tier);
      const group = groupFigures(facts, entries, pathway, tier, settings);
      if (group.joined > 0 || group.waiting > 0) groups.push(group);
    }
  }
  return {
    from: facts.from,
    to: facts.today,
    targetWeeks: settings.targetWeeks,
    factor: settings.factor,
    groups,
  };
}

function mondayOf(date: CalendarDate): CalendarDate {
  return addCalendarDays(date, 1 - isoWeekdayOf(date));
}

/**
 * Demand against capacity week by week: each Monday-to-Sunday week from the one holding
 * `facts.from` to the one holding `today`, with the requests that joined the list, the first
 * appointments booked (people taken off it), and the rota's one-to-one slots and how many were
 * booked. Only days in the window count, so the first and last weeks may be part weeks (the facts
 * hold every join and removal only from `from` on, and nothing has happened after today).
 */
export function demandCapacityWeeks(facts: PlanningFacts): DemandCapacityWeek[] {
  const first = mondayOf(facts.from);
  const count = Math.floor(calendarDaysBetween(first, facts.today) / 7) + 1;
  const weeks = Array.from({ length: Math.max(0, count) }, (_, w) => ({
    weekStart: addCalendarDays(first, 7 * w),
    joined: 0,
    booked: 0,
    slots: 0,
    slotsBooked: 0,
  }));
  const weekOf = (date: CalendarDate) =>
    inWindow(facts, date) ? weeks[Math.floor(calendarDaysBetween(first, date) / 7)] : undefined;
  for (const entry of facts.listEntries) {
    const joinedWeek = weekOf(entry.joinedOn);
    if (joinedWeek) joinedWeek.joined += 1;
    if (entry.leftBy === 'booked' && entry.leftOn !== null) {
      const bookedWeek = weekOf(entry.leftOn);
      if (bookedWeek) bookedWeek.booked += 1;
    }
  }
  for (const day of facts.slotDays) {
    const week = weekOf(day.on);
    if (week) {
      week.slots += day.slots;
      week.slotsBooked += day.booked;
    }
  }
  return weeks;
}
