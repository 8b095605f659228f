// The planning page's numbers as text and its charts' series, pure: counts the small-number rule
// held back as "fewer than 8", the queueing groups' names, the projection's assumptions in a
// fixed order with their values in words, the weekly points of the charts, and what the
// comparison's summary table says of each projection (week 52, the final 26 weeks' share seen
// within target, the workforce needed).
import {
  DISCLOSURE_ROUNDING_BASE,
  SHARE_WEEKS,
  SMALL_NUMBER_THRESHOLD,
  addCalendarDays,
  shareSeenWithinTarget,
  type LiveQueueingGroupBody,
  type PlanningOverviewBody,
  type ProjectionResponse,
  type Pathway,
  type ProjectionResultBody,
  type ScenarioChangeBody,
} from '@everyday/core';
import type { TFunction } from 'i18next';
import { formatShortDay, type Locale } from '../dates/format-date.js';

/** Counts under this are held back by the small-number rule (shown as "fewer than 8"). */
export const SMALL_NUMBER_LIMIT = SMALL_NUMBER_THRESHOLD;
/** Other counts under the rule are rounded to a multiple of this. */
export const ROUNDING_BASE = DISCLOSURE_ROUNDING_BASE;

/** A number with at most `digits` decimals, in the page's language ("1,234.5"). */
export function decimalText(value: number, locale: Locale, digits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A share 0–1 as a percentage ("11.4%"). */
export function percentText(share: number, locale: Locale, digits = 1): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(share);
}

/** A count as shown: the number, or "fewer than 8" where the small-number rule held it back. */
export function countText(value: number | null, locale: Locale, t: TFunction): string {
  return value === null
    ? t('planning.page.fewerThan', { n: SMALL_NUMBER_LIMIT })
    : decimalText(value, locale, 0);
}

/** A rate or mean as shown, or "fewer than 8" when it was held back with its counts. */
export function rateText(value: number | null, locale: Locale, t: TFunction, digits = 1): string {
  return value === null
    ? t('planning.page.fewerThan', { n: SMALL_NUMBER_LIMIT })
    : decimalText(value, locale, digits);
}

/** "The whole list", or the pathway and tier of a queueing group ("Memory and cognition, Targeted"). */
export function groupName(
  group: Pick<LiveQueueingGroupBody, 'pathway' | 'tier'>,
  t: TFunction,
): string {
  if (group.pathway === null && group.tier === null) return t('planning.queueing.wholeList');
  const pathway =
    group.pathway === null
      ? t('planning.queueing.anyPathway')
      : t(`triage.pathway.${group.pathway}`);
  const tier =
    group.tier === null ? t('planning.queueing.anyTier') : t(`triage.tier.${group.tier}`);
  return t('planning.queueing.group', { pathway, tier });
}

export interface DemandCapacityPoint {
  readonly label: string;
  readonly joined: number | null;
  readonly booked: number | null;
  readonly slots: number;
}

/** The demand and capacity chart's points: a held-back week is a gap, never a zero. */
export function demandCapacityPoints(
  weeks: PlanningOverviewBody['weeks'],
  locale: Locale,
): DemandCapacityPoint[] {
  return weeks.map((w) => ({
    label: formatShortDay(w.weekStart, locale),
    joined: w.joined,
    booked: w.booked,
    slots: w.slots,
  }));
}

/** Totals over the weeks for the chart's one-line summary; null when a week was held back. */
export function demandCapacityTotals(weeks: PlanningOverviewBody['weeks']): {
  joined: number | null;
  booked: number | null;
  slots: number;
} {
  const sum = (values: readonly (number | null)[]): number | null =>
    values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0);
  return {
    joined: sum(weeks.map((w) => w.joined)),
    booked: sum(weeks.map((w) => w.booked)),
    slots: weeks.reduce((s, w) => s + w.slots, 0),
  };
}

export const ASSUMPTION_KEYS = [
  'demandPerWeek',
  'didNotAttend',
  'lateCancellation',
  'rebookAfterDidNotAttend',
  'withdrawPerWeek',
  'meanSessions',
  'daysBetweenSessions',
] as const;
export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number];
type Assumption = PlanningOverviewBody['baseline']['assumptions'][AssumptionKey];

/** Each assumption of the projection, in the order the page lists them. */
export function assumptionEntries(
  baseline: PlanningOverviewBody['baseline'],
): { key: AssumptionKey; assumption: Assumption }[] {
  return ASSUMPTION_KEYS.map((key) => ({ key, assumption: baseline.assumptions[key] }));
}

/** An assumption's value in words: a share as a percentage, a rate a week, sessions, days. */
export function assumptionValueText(
  key: AssumptionKey,
  value: number,
  locale: Locale,
  t: TFunction,
): string {
  switch (key) {
    case 'didNotAttend':
    case 'lateCancellation':
    case 'rebookAfterDidNotAttend':
      return percentText(value, locale);
    case 'withdrawPerWeek':
      return t('planning.assumptions.perWeek', { value: percentText(value, locale, 2) });
    case 'demandPerWeek':
      return t('planning.assumptions.perWeek', { value: decimalText(value, locale) });
    case 'meanSessions':
      return decimalText(value, locale);
    case 'daysBetweenSessions':
      return t('planning.assumptions.days', { count: value, value: decimalText(value, locale) });
  }
}

/** Where an assumption came from: "From the record (n 412)" or "A demo default". */
export function assumptionSourceText(assumption: Assumption, locale: Locale, t: TFunction): string {
  switch (assumption.source) {
    case 'record':
      return t('planning.assumptions.fromRecord', { n: decimalText(assumption.n, locale, 0) });
    case 'default':
      return t('planning.assumptions.demoDefault');
  }
}

/** "of the baseline" or "of “Two more sessions”", for the runner's sentences. */
export function projectionOf(
  projection: Pick<ProjectionResponse, 'scenarioId' | 'scenarioName'>,
  t: TFunction,
): string {
  if (projection.scenarioId === null) return t('planning.runner.of.baseline');
  return t('planning.runner.of.scenario', {
    name: projection.scenarioName ?? t('planning.compare.unnamedScenario'),
  });
}

/** A projection's name on the page: its scenario's, or "Baseline". */
export function projectionName(
  projection: Pick<ProjectionResponse, 'scenarioId' | 'scenarioName'>,
  t: TFunction,
): string {
  if (projection.scenarioId === null) return t('planning.compare.baseline');
  return projection.scenarioName ?? t('planning.compare.unnamedScenario');
}

/** A figure's 10th, 50th and 90th percentile in one week. */
export interface WeekBand {
  readonly p10: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
}

/** One series' percentiles in week `index` (0 is the first week). */
export function weekBand(
  band: ProjectionResultBody['percentiles']['listSize'],
  index: number,
): WeekBand {
  return {
    p10: band.p10[index] ?? null,
    p50: band.p50[index] ?? null,
    p90: band.p90[index] ?? null,
  };
}

export interface ProjectionSummary {
  /** The projection's last week (week 52 of a year's projection), 1-based. */
  readonly week: number;
  readonly listSize: WeekBand;
  readonly longestWaitWeeks: WeekBand;
  /** The median run's share seen within target over the final 26 weeks (core's own definition). */
  readonly shareSeenWithinTarget: number | null;
  readonly shareWeeks: number;
  readonly workforce: ProjectionResultBody['workforce'];
}

/** What the comparison's summary table says of one finished projection. */
export function projectionSummary(result: ProjectionResultBody): ProjectionSummary {
  const last = result.weeks - 1;
  return {
    week: result.weeks,
    listSize: weekBand(result.percentiles.listSize, last),
    longestWaitWeeks: weekBand(result.percentiles.longestWaitWeeks, last),
    shareSeenWithinTarget: shareSeenWithinTarget(result),
    shareWeeks: Math.min(SHARE_WEEKS, result.weeks),
    workforce: result.workforce,
  };
}

/** One week of the comparison chart: for projection i, `median<i>` and `band<i>` ([p10, p90]). */
export type ComparisonPoint = { label: string } & Record<
  string,
  string | number | [number, number] | null
>;

/**
 * The comparison chart's points: for each week, each projection's median list size and its
 * 10th–90th band; a week with no value is a gap. Weeks are labelled from the first projection's
 * start date.
 */
export function comparisonPoints(
  results: readonly ProjectionResultBody[],
  locale: Locale,
): ComparisonPoint[] {
  const first = results[0];
  if (first === undefined) return [];
  const weeks = Math.max(...results.map((r) => r.weeks));
  return Array.from({ length: weeks }, (_, week) => {
    const point: ComparisonPoint = {
      label: formatShortDay(weekEnding(first.start, week), locale),
    };
    results.forEach((result, i) => {
      const band = weekBand(result.percentiles.listSize, week);
      point[`median${String(i)}`] = band.p50;
      point[`band${String(i)}`] =
        band.p10 === null || band.p90 === null ? null : [band.p10, band.p90];
    });
    return point;
  });
}

/** The end of week `index` of a projection starting `start` (its Sunday). */
export function weekEnding(start: string, index: number): string {
  return addCalendarDays(start, 7 * index + 6);
}

/**
 * Progress in coarse steps for screen readers: 0, 25, 50, 75 or 100 percent, so the live region
 * speaks four times over a projection rather than at every poll.
 */
export function progressStep(progress: number): number {
  const clamped = Math.min(1, Math.max(0, progress));
  return Math.floor(clamped * 4) * 25;
}

/** A change in sessions or demand with its sign: "+2", "−1.5", "+10%". */
export function signedText(value: number, locale: Locale, unit: '' | '%' = ''): string {
  const n = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(value);
  return `${n}${unit}`;
}

/** One change of a scenario in words, for the list of saved scenarios. */
export function changeText(
  change: ScenarioChangeBody,
  locale: Locale,
  t: TFunction,
  practiceName: (id: string) => string | undefined,
): string {
  const practice = (id: string | null) =>
    id === null
      ? t('planning.changes.anyPracticeInText')
      : (practiceName(id) ?? t('planning.changes.unknownPractice'));
  const pathway = (p: Pathway | null) =>
    p === null ? t('planning.changes.anyPathwayInText') : t(`triage.pathway.${p}`);
  const weeks = (count: number) =>
    t('planning.page.weeks', { count, value: decimalText(count, locale, 0) });
  switch (change.kind) {
    case 'sessions':
      return t('planning.changes.sessions', {
        change: signedText(change.sessionsPerWeek, locale),
        from:
          change.fromWeek === 0
            ? t('planning.changes.fromStart')
            : t('planning.changes.after', { weeks: weeks(change.fromWeek) }),
        practice: practice(change.practiceId),
        pathway: pathway(change.pathway),
      });
    case 'new_ot':
      return t('planning.changes.newOt', {
        wte: decimalText(change.wte, locale, 2),
        lead: weeks(change.leadTimeWeeks),
        risk: percentText(change.vacancyRisk, locale),
        practice: practice(change.practiceId),
      });
    case 'demand':
      return t('planning.changes.demand', {
        change: signedText(change.percent, locale, '%'),
        pathway: pathway(change.pathway),
      });
    case 'tiered':
      return t('planning.changes.tiered', {
        group: percentText(change.groupShare, locale),
        selfHelp: percentText(change.selfHelpShare, locale),
        places: decimalText(change.groupPlaces, locale, 0),
        every: weeks(change.groupEveryWeeks),
        pathway: pathway(change.pathway),
      });
    case 'dna_reduction':
      return t('planning.changes.dnaReduction', {
        share: percentText(change.relativeReduction, locale),
      });
  }
}

/** A workforce target in words: "90% seen within 6 weeks", or "No target". */
export function targetText(
  target: { withinWeeks: number; share: number } | null,
  locale: Locale,
  t: TFunction,
): string {
  if (target === null) return t('planning.scenarios.noTarget');
  return t('planning.scenarios.target', {
    share: percentText(target.share, locale),
    weeks: t('planning.page.weeks', {
      count: target.withinWeeks,
      value: decimalText(target.withinWeeks, locale, 0),
    }),
  });
}
