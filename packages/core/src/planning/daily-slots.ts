/**
 * The projection's capacity, one-to-one slots day by day, from weekly clinic patterns (issue 13
 * item 4: "capacity from the rota with leave and bank holidays"): each pattern gives its slots on
 * each weekday between its dates, none on the days its clinician is away, and no clinic runs on
 * a bank holiday (shared/bank-holidays.ts) or a day the service is closed. The server can
 * compute the same from the real slots its clinic templates generate; this is the planning form,
 * for a scenario that adds or removes sessions.
 */
import {
  addCalendarDays,
  isCalendarDate,
  isoWeekdayOf,
  type CalendarDate,
  type IsoWeekday,
} from '../shared/calendar-date.js';
import { isBankHoliday, type Nation } from '../shared/bank-holidays.js';
import { PlanningInputError, requireWhole } from './planning-error.js';

/** One clinician's (or one clinic's) weekly pattern of one-to-one slots. */
export interface ClinicPattern {
  /** Slots on each ISO weekday (1 Monday … 7 Sunday); a weekday left out has none. */
  readonly slotsByWeekday: Partial<Readonly<Record<IsoWeekday, number>>>;
  /** First day the pattern runs (from the start unless given). */
  readonly from?: CalendarDate;
  /** Last day it runs (to the end unless given). */
  readonly until?: CalendarDate;
  /** Periods away (leave, training), first and last day included. */
  readonly away?: readonly { readonly from: CalendarDate; readonly to: CalendarDate }[];
}

export interface DailySlotsInput {
  /** Day 0 of the projection. */
  readonly start: CalendarDate;
  readonly days: number;
  readonly patterns: readonly ClinicPattern[];
  /** Whose bank holidays close the clinics ('england'); null for none. */
  readonly nation?: Nation | null;
  /** Days the whole service is closed. */
  readonly closed?: readonly CalendarDate[];
}

function requireDate(value: string, field: string): CalendarDate {
  if (!isCalendarDate(value)) {
    throw new PlanningInputError(field, {
      en: 'This must be a date, YYYY-MM-DD',
      cy: 'Rhaid i hwn fod yn ddyddiad, BBBB-MM-DD',
    });
  }
  return value;
}

/** Slots on each day from `start`, for `days` days: the sum of the patterns that run that day. */
export function dailySlots(input: DailySlotsInput): number[] {
  requireDate(input.start, 'start');
  requireWhole(input.days, 'days');
  const nation = input.nation === undefined ? 'england' : input.nation;
  const closed = new Set(input.closed ?? []);
  input.patterns.forEach((p, i) => {
    for (const [day, slots] of Object.entries(p.slotsByWeekday)) {
      requireWhole(slots, `patterns.${String(i)}.slotsByWeekday.${day}`);
    }
    if (p.from !== undefined) requireDate(p.from, `patterns.${String(i)}.from`);
    if (p.until !== undefined) requireDate(p.until, `patterns.${String(i)}.until`);
    (p.away ?? []).forEach((a, j) => {
      requireDate(a.from, `patterns.${String(i)}.away.${String(j)}.from`);
      requireDate(a.to, `patterns.${String(i)}.away.${String(j)}.to`);
    });
  });
  const slots: number[] = [];
  for (let d = 0; d < input.days; d++) {
    const date = addCalendarDays(input.start, d);
    if (closed.has(date) || (nation !== null && isBankHoliday(nation, date))) {
      slots.push(0);
      continue;
    }
    const weekday = isoWeekdayOf(date);
    let total = 0;
    for (const p of input.patterns) {
      if (p.from !== undefined && date < p.from) continue;
      if (p.until !== undefined && date > p.until) continue;
      if ((p.away ?? []).some((a) => a.from <= date && date <= a.to)) continue;
      total += p.slotsByWeekday[weekday] ?? 0;
    }
    slots.push(total);
  }
  return slots;
}

/**
 * Slots a week spread over weekdays as evenly as whole slots allow, the remainder from the first
 * weekday listed: 22 over Monday–Friday → 5, 5, 4, 4, 4.
 */
export function slotsByWeekdayFromWeekly(
  slotsPerWeek: number,
  weekdays: readonly IsoWeekday[] = [1, 2, 3, 4, 5],
): Partial<Record<IsoWeekday, number>> {
  requireWhole(slotsPerWeek, 'slotsPerWeek');
  const days = [...new Set(weekdays)];
  if (days.length === 0) {
    throw new PlanningInputError('weekdays', {
      en: 'At least one weekday is needed',
      cy: 'Mae angen o leiaf un diwrnod o’r wythnos',
    });
  }
  const each = Math.floor(slotsPerWeek / days.length);
  const extra = slotsPerWeek - each * days.length;
  return Object.fromEntries(days.map((day, i) => [day, each + (i < extra ? 1 : 0)]));
}
