/**
 * The waiting list as figures, for those who plan the service rather than see its people (issue 16
 * item 10: a lead sees waiting lists and waiting times as figures, no patient detail). Per pathway
 * and tier, and in all: how many are waiting, the median and longest completed weeks waited, and
 * how many have waited fewer than 18 weeks.
 *
 * Definitions:
 * - Waiting: requests accepted onto the list (status `waiting`) and not yet booked, as the waiting
 *   list page counts them; the wait runs from acceptance (else receipt) to today's London date.
 * - Weeks waited: completed weeks (0–6 days is week 0), as the waiting list page shows them.
 * - Median: the middle value of the weeks waited (the mean of the two middle values for an even
 *   count).
 * - Within 18 weeks: waited fewer than 18 completed weeks (under 126 days), the threshold of the
 *   NHS referral-to-treatment standard for incomplete pathways (NHS England, "Recording and
 *   reporting referral to treatment (RTT) waiting times for consultant-led elective care",
 *   2015: 92% of incomplete pathways within 18 weeks). Everyday's waits are for a first OT
 *   appointment, not consultant-led treatment: the threshold is borrowed, the standard is not
 *   claimed.
 * Under disclosure control (core access/disclosure-control.ts), counts are rounded or suppressed
 * and the median and longest wait are not shown for a group of 1 to 7 people.
 */
import { type CalendarDate } from '../shared/calendar-date.js';
import { PATHWAYS, TIERS, type Pathway, type Tier } from '../triage/triage-types.js';
import { weeksWaited, type WaitingListEntry } from './waiting-list.js';

export const WITHIN_WEEKS = 18;

export interface WaitingFigures {
  /** `null` for the total row. */
  readonly pathway: Pathway | null;
  readonly tier: Tier | null;
  readonly waiting: number;
  readonly withinEighteenWeeks: number;
  readonly medianWeeks: number | null;
  readonly longestWeeks: number | null;
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

function figuresOf(
  pathway: Pathway | null,
  tier: Tier | null,
  entries: readonly WaitingListEntry[],
  today: CalendarDate,
): WaitingFigures {
  const weeks = entries.map((e) => weeksWaited(e.waitingSince, today)).sort((a, b) => a - b);
  return {
    pathway,
    tier,
    waiting: weeks.length,
    withinEighteenWeeks: weeks.filter((w) => w < WITHIN_WEEKS).length,
    medianWeeks: median(weeks),
    longestWeeks: weeks.at(-1) ?? null,
  };
}

/** One row per pathway and tier with anyone waiting, in the list's order, then the total. */
export function waitingListFigures(
  entries: readonly WaitingListEntry[],
  today: CalendarDate,
): WaitingFigures[] {
  const rows: WaitingFigures[] = [];
  for (const pathway of PATHWAYS)
    for (const tier of TIERS) {
      const group = entries.filter((e) => e.pathway === pathway && e.tier === tier);
      if (group.length > 0) rows.push(figuresOf(pathway, tier, group, today));
    }
  rows.push(figuresOf(null, null, entries, today));
  return rows;
}

/**
 * The statistics a row may show once its counts have been through disclosure control: none for a
 * suppressed count (1 to 7 people), and the share within 18 weeks from the rounded counts.
 */
export function shownWaitingFigures(row: {
  readonly waiting: number | null;
  readonly withinEighteenWeeks: number | null;
  readonly medianWeeks: number | null;
  readonly longestWeeks: number | null;
}): {
  readonly medianWeeks: number | null;
  readonly longestWeeks: number | null;
  readonly withinEighteenWeeksShare: number | null;
} {
  if (row.waiting === null)
    return { medianWeeks: null, longestWeeks: null, withinEighteenWeeksShare: null };
  return {
    medianWeeks: row.medianWeeks,
    longestWeeks: row.longestWeeks,
    withinEighteenWeeksShare:
      row.withinEighteenWeeks === null || row.waiting === 0
        ? null
        : Math.round((1000 * row.withinEighteenWeeks) / row.waiting) / 1000,
  };
}
