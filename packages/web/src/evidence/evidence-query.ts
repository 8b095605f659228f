// The evidence dashboard's filters live in the page address, so a view can be shared: the period
// (`from`, `to`, inclusive London dates), a practice, a pathway and an optional comparison period
// (`compareFrom`, `compareTo`). The presets (last full quarter, last 12 months, the period before,
// the same period a year earlier) are written into the address as their dates, so a link shows
// the same figures next month.
import {
  addCalendarDays,
  calendarDateToUtcMs,
  calendarDaysBetween,
  isCalendarDate,
  utcMsToCalendarDate,
} from '@everyday/core';

export const EVIDENCE_FILTER_NAMES = [
  'from',
  'to',
  'practiceId',
  'pathway',
  'compareFrom',
  'compareTo',
] as const;
export type EvidenceFilterName = (typeof EVIDENCE_FILTER_NAMES)[number];
export type EvidenceFilters = Record<EvidenceFilterName, string>;

export interface Period {
  readonly from: string;
  readonly to: string;
}

export const PERIOD_PRESETS = ['last-quarter', 'last-12-months'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export type PeriodChoice = PeriodPreset | 'custom';

export const COMPARE_PRESETS = ['previous', 'year-before'] as const;
export type ComparePreset = (typeof COMPARE_PRESETS)[number];
export type CompareChoice = 'none' | ComparePreset | 'custom';

function parts(date: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return [y, m, d];
}

function dateOf(year: number, month: number, day: number): string {
  return utcMsToCalendarDate(Date.UTC(year, month - 1, day));
}

/** The same day a number of years away; 29 February becomes 28 February. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = parts(date);
  const last = utcMsToCalendarDate(Date.UTC(y + years, m, 0));
  const wanted = dateOf(y + years, m, d);
  return wanted > last ? last : wanted;
}

/** The last full calendar quarter before today (1 July to 30 September, …). */
export function lastQuarter(today: string): Period {
  const [y, m] = parts(today);
  const startMonth = Math.floor((m - 1) / 3) * 3 + 1;
  const thisQuarter = dateOf(y, startMonth, 1);
  const to = addCalendarDays(thisQuarter, -1);
  const [ty, tm] = parts(to);
  return { from: dateOf(ty, tm - 2, 1), to };
}

/** The 12 months up to and including today. */
export function last12Months(today: string): Period {
  return { from: addCalendarDays(addYears(today, -1), 1), to: today };
}

export function presetPeriod(preset: PeriodPreset, today: string): Period {
  switch (preset) {
    case 'last-quarter':
      return lastQuarter(today);
    case 'last-12-months':
      return last12Months(today);
  }
}

/** How many whole calendar months a period is (1 July to 30 September: 3), or null. */
function wholeMonths(period: Period): number | null {
  const [fy, fm, fd] = parts(period.from);
  const next = addCalendarDays(period.to, 1);
  const [ny, nm, nd] = parts(next);
  if (fd !== 1 || nd !== 1) return null;
  const months = (ny - fy) * 12 + (nm - fm);
  return months > 0 ? months : null;
}

/**
 * The period to compare with: the one just before (as many whole months when the period is whole
 * months, a quarter before a quarter; else as many days), or the same dates a year earlier.
 */
export function comparePeriod(preset: ComparePreset, period: Period): Period {
  switch (preset) {
    case 'previous': {
      const months = wholeMonths(period);
      if (months !== null) {
        const [fy, fm] = parts(period.from);
        return { from: dateOf(fy, fm - months, 1), to: addCalendarDays(period.from, -1) };
      }
      const days = calendarDaysBetween(period.from, period.to) + 1;
      const to = addCalendarDays(period.from, -1);
      return { from: addCalendarDays(to, 1 - days), to };
    }
    case 'year-before':
      return { from: addYears(period.from, -1), to: addYears(period.to, -1) };
  }
}

const same = (a: Period, b: Period) => a.from === b.from && a.to === b.to;

/** Which preset a period is, if any. */
export function periodChoiceOf(period: Period, today: string): PeriodChoice {
  return PERIOD_PRESETS.find((p) => same(presetPeriod(p, today), period)) ?? 'custom';
}

/** Which comparison preset the filters' comparison is, if any. */
export function compareChoiceOf(filters: EvidenceFilters): CompareChoice {
  if (filters.compareFrom === '' && filters.compareTo === '') return 'none';
  const period = { from: filters.from, to: filters.to };
  const compare = { from: filters.compareFrom, to: filters.compareTo };
  return COMPARE_PRESETS.find((p) => same(comparePeriod(p, period), compare)) ?? 'custom';
}

/**
 * The filters in the address; without a period, the last 12 months. A value is kept as typed
 * (even a date that is not real) so the API can say what is wrong with it, beside its field.
 */
export function readEvidenceFilters(params: URLSearchParams, today: string): EvidenceFilters {
  const read = (name: EvidenceFilterName) => params.get(name)?.trim() ?? '';
  const filters = Object.fromEntries(
    EVIDENCE_FILTER_NAMES.map((name) => [name, read(name)]),
  ) as EvidenceFilters;
  if (filters.from === '' && filters.to === '') {
    const period = last12Months(today);
    filters.from = period.from;
    filters.to = period.to;
  }
  return filters;
}

/** The address's query (without `?`) for these filters. */
export function evidenceQuery(filters: EvidenceFilters): string {
  const params = new URLSearchParams();
  for (const name of EVIDENCE_FILTER_NAMES) {
    const value = filters[name].trim();
    if (value !== '') params.set(name, value);
  }
  return params.toString();
}

/** The API's query (without `?`) for the main period, or the comparison period. */
export function apiQuery(filters: EvidenceFilters, which: 'main' | 'compare'): string {
  const params = new URLSearchParams();
  params.set('from', which === 'main' ? filters.from : filters.compareFrom);
  params.set('to', which === 'main' ? filters.to : filters.compareTo);
  if (filters.practiceId !== '') params.set('practiceId', filters.practiceId);
  if (filters.pathway !== '') params.set('pathway', filters.pathway);
  return params.toString();
}

/** Whether the filters ask for a comparison period. */
export function hasComparison(filters: EvidenceFilters): boolean {
  return filters.compareFrom !== '' || filters.compareTo !== '';
}

/** The API's field names for the comparison fetch, renamed to the form's. */
export const COMPARE_FIELDS: Readonly<Record<string, EvidenceFilterName>> = {
  from: 'compareFrom',
  to: 'compareTo',
};

/** Whether a period is two real dates in order (the API's own rule, checked before asking). */
export function periodProblem(period: Period): 'from' | 'to' | 'order' | null {
  if (!isCalendarDate(period.from)) return 'from';
  if (!isCalendarDate(period.to)) return 'to';
  return calendarDateToUtcMs(period.from) > calendarDateToUtcMs(period.to) ? 'order' : null;
}
