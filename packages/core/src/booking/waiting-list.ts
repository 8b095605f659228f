/**
 * The waiting list (issue 4 item 3): people waiting by pathway and tier, in order of urgency then
 * time waited, with weeks waited and the longest wait (the figure 003 Birmingham reports: longest
 * wait 161 → 47 weeks).
 */
import { calendarDaysBetween, isCalendarDate, type CalendarDate } from '../shared/calendar-date.js';
import { londonDateOf } from '../shared/london-time.js';
import {
  PATHWAYS,
  TIERS,
  URGENCIES,
  type Pathway,
  type Tier,
  type Urgency,
} from '../triage/triage-types.js';

/** When a wait began: a date ('YYYY-MM-DD'), or an instant (ISO 8601) read as its London date. */
export type WaitStart = string;

export interface WaitingListEntry {
  readonly id: string;
  readonly pathway: Pathway;
  readonly tier: Tier;
  readonly urgency: Urgency;
  /** When the wait began: a date, or an instant (read as its London date). */
  readonly waitingSince: WaitStart;
}

function sinceDate(since: WaitStart): CalendarDate {
  return isCalendarDate(since) ? since : londonDateOf(since);
}

function urgencyRank(urgency: Urgency): number {
  switch (urgency) {
    case 'crisis':
      return 0;
    case 'urgent':
      return 1;
    case 'routine':
      return 2;
  }
}

/** Days waited by `today` (London date); 0 when the wait starts later. */
export function daysWaited(since: WaitStart, today: CalendarDate): number {
  return Math.max(0, calendarDaysBetween(sinceDate(since), today));
}

/** Completed weeks waited by `today`: 0–6 days is week 0. */
export function weeksWaited(since: WaitStart, today: CalendarDate): number {
  return Math.floor(daysWaited(since, today) / 7);
}

/** The list in the order people should be seen: crisis, urgent, routine; then longest waiting first. */
export function orderWaitingList<T extends WaitingListEntry>(entries: readonly T[]): T[] {
  return entries
    .map((entry) => ({ entry, since: sinceDate(entry.waitingSince) }))
    .sort(
      (a, b) =>
        urgencyRank(a.entry.urgency) - urgencyRank(b.entry.urgency) ||
        (a.since < b.since ? -1 : a.since > b.since ? 1 : 0) ||
        (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
    )
    .map(({ entry }) => entry);
}

export interface WaitingListGroup {
  readonly pathway: Pathway;
  readonly tier: Tier;
  readonly count: number;
  readonly longestWaitWeeks: number;
  readonly byUrgency: Readonly<Record<Urgency, number>>;
}

export interface WaitingListSummary {
  /** Only the pathway and tier pairs with someone waiting, in PATHWAYS then TIERS order. */
  readonly groups: readonly WaitingListGroup[];
  readonly total: { readonly count: number; readonly longestWaitWeeks: number };
}

/** Counts and longest waits by pathway and tier, as of `today`. */
export function waitingListSummary(
  entries: readonly WaitingListEntry[],
  today: CalendarDate,
): WaitingListSummary {
  const groups: WaitingListGroup[] = [];
  let longest = 0;
  for (const pathway of PATHWAYS) {
    for (const tier of TIERS) {
      const waiting = entries.filter((e) => e.pathway === pathway && e.tier === tier);
      if (waiting.length === 0) continue;
      const weeks = Math.max(...waiting.map((e) => weeksWaited(e.waitingSince, today)));
      longest = Math.max(longest, weeks);
      const byUrgency = Object.fromEntries(
        URGENCIES.map((u) => [u, waiting.filter((e) => e.urgency === u).length]),
      ) as Record<Urgency, number>;
      groups.push({ pathway, tier, count: waiting.length, longestWaitWeeks: weeks, byUrgency });
    }
  }
  return { groups, total: { count: entries.length, longestWaitWeeks: longest } };
}
