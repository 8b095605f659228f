/**
 * The staff register's rules (issue 13 item 1): who is on the register, what each is owed and
 * when — supervision (monthly by default, seed 002: "OTs should have access to monthly
 * supervision"), HCPC renewal — and the sessions a week each delivers at each practice, counted
 * from their clinic templates (the rota itself), never typed in twice. Pure: today comes in.
 */
import { HCPC_NUMBER_PATTERN, hcpcPrefixFor } from '../documents/health-work-report.js';
import {
  addCalendarDays,
  calendarDaysBetween,
  isCalendarDate,
  isoWeekdayOf,
  minutesOfDay,
  type CalendarDate,
} from '../shared/calendar-date.js';
import { isBankHoliday } from '../shared/bank-holidays.js';
import { isValidNhsNumber } from '../shared/nhs-number.js';

export const STAFF_PROFESSIONS = [
  'occupational_therapist',
  'physiotherapist',
  'podiatrist',
  'support_worker',
  'other',
] as const;
export type StaffProfession = (typeof STAFF_PROFESSIONS)[number];

/** Agenda for Change pay bands. */
export const AFC_BANDS = ['3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'] as const;
export type AfcBand = (typeof AFC_BANDS)[number];

/** Seed 002: monthly supervision. A profile may set another interval, 1 to 12 months. */
export const DEFAULT_SUPERVISION_INTERVAL_MONTHS = 1;
/** How long before supervision falls due the lead's view lists it as due soon. */
export const SUPERVISION_DUE_SOON_DAYS = 7;
/** How long before an HCPC renewal date the register flags it. */
export const HCPC_RENEWAL_WARNING_DAYS = 60;
/**
 * A session is a half-day clinic of four hours (the NHS job-planning unit, a programmed
 * activity); a template's weekly sessions are its clinic hours a week divided by four.
 */
export const SESSION_MINUTES = 240;

export const SUPERVISION_KINDS = ['individual', 'group', 'peer'] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];

/** What a supervision discussed, at the level a lead needs: headings, never people. */
export const SUPERVISION_TOPICS = [
  'caseload',
  'clinical_practice',
  'risk_and_safeguarding',
  'wellbeing_and_workload',
  'professional_development',
  'service_development',
  'hcpc_standards',
] as const;
export type SupervisionTopic = (typeof SUPERVISION_TOPICS)[number];

export const CPD_ACTIVITIES = [
  'course',
  'e_learning',
  'conference',
  'peer_learning',
  'reading',
  'reflective_practice',
  'other',
] as const;
export type CpdActivity = (typeof CPD_ACTIVITIES)[number];

/** Professions the HCPC registers (a support worker is not registered). */
export function hcpcRegistered(profession: StaffProfession): boolean {
  switch (profession) {
    case 'occupational_therapist':
    case 'physiotherapist':
    case 'podiatrist':
      return true;
    case 'support_worker':
    case 'other':
      return false;
  }
}

/** `months` calendar months after `date`, kept to the last day of a shorter month (31 Jan + 1 = 28/29 Feb). */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type SupervisionStatus = 'up_to_date' | 'due_soon' | 'overdue' | 'never_recorded';

export interface SupervisionStanding {
  readonly status: SupervisionStatus;
  /** The last supervision held, or null. */
  readonly lastOn: CalendarDate | null;
  /** When the next is due (the interval after the last, or after the start date), or null. */
  readonly dueOn: CalendarDate | null;
  /** Days past the due date (0 unless overdue). */
  readonly daysOverdue: number;
}

/**
 * Where someone stands for supervision on `today`: overdue when the last was more than the
 * interval ago (today is after the date the interval ends); with none recorded, the interval runs
 * from their start date; with neither, never recorded.
 */
export function supervisionStanding(input: {
  readonly today: CalendarDate;
  readonly lastOn: CalendarDate | null;
  readonly startedOn: CalendarDate | null;
  readonly intervalMonths?: number;
  readonly dueSoonDays?: number;
}): SupervisionStanding {
  const interval = input.intervalMonths ?? DEFAULT_SUPERVISION_INTERVAL_MONTHS;
  const from = input.lastOn ?? input.startedOn;
  if (from === null) return { status: 'never_recorded', lastOn: null, dueOn: null, daysOverdue: 0 };
  const dueOn = addCalendarMonths(from, interval);
  const late = calendarDaysBetween(dueOn, input.today);
  const status: SupervisionStatus =
    late > 0
      ? 'overdue'
      : -late <= (input.dueSoonDays ?? SUPERVISION_DUE_SOON_DAYS)
        ? 'due_soon'
        : 'up_to_date';
  return { status, lastOn: input.lastOn, dueOn, daysOverdue: Math.max(0, late) };
}

export type HcpcStatus = 'not_required' | 'not_recorded' | 'current' | 'renewal_due' | 'lapsed';

export interface HcpcStanding {
  readonly status: HcpcStatus;
  readonly renewalOn: CalendarDate | null;
  /** Days from today to the renewal date (negative once lapsed), or null. */
  readonly daysLeft: number | null;
}

/**
 * HCPC registration on `today`: lapsed once the renewal date has passed, renewal due within the
 * warning days (60 by default) up to and on the date itself.
 */
export function hcpcStanding(input: {
  readonly today: CalendarDate;
  readonly profession: StaffProfession | null;
  readonly hcpcNumber: string | null;
  readonly renewalOn: CalendarDate | null;
  readonly warningDays?: number;
}): HcpcStanding {
  const { renewalOn } = input;
  if (input.hcpcNumber === null || renewalOn === null) {
    const required = input.profession === null || hcpcRegistered(input.profession);
    return { status: required ? 'not_recorded' : 'not_required', renewalOn, daysLeft: null };
  }
  const daysLeft = calendarDaysBetween(input.today, renewalOn);
  const status: HcpcStatus =
    daysLeft < 0
      ? 'lapsed'
      : daysLeft <= (input.warningDays ?? HCPC_RENEWAL_WARNING_DAYS)
        ? 'renewal_due'
        : 'current';
  return { status, renewalOn, daysLeft };
}

/** A clinic template as the register counts it: where, which days, what hours, when valid. */
export interface RotaTemplate {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly weekdays: readonly number[];
  readonly startTime: string;
  readonly endTime: string;
  readonly validFrom: CalendarDate;
  readonly validUntil: CalendarDate | null;
  readonly active: boolean;
}

export interface PracticeSessions {
  readonly organisationId: string;
  readonly organisationName: string;
  /** Clinic hours a week. */
  readonly hours: number;
  /** Hours a week over {@link SESSION_MINUTES}, to two decimals. */
  readonly sessions: number;
  /** How many templates run there this week. */
  readonly clinics: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Whether a template runs on `on`: active, and `on` within its valid dates. */
export function templateRunsOn(template: RotaTemplate, on: CalendarDate): boolean {
  return (
    template.active &&
    template.validFrom <= on &&
    (template.validUntil === null || template.validUntil >= on)
  );
}

/**
 * Sessions a week at each practice (the organisation of each template's site) from the templates
 * that run on `on`: each template's minutes a day × its weekdays, over four hours. One-off day
 * changes and leave do not change the weekly pattern; leave is shown beside it.
 */
export function sessionsPerWeekByPractice(
  templates: readonly RotaTemplate[],
  on: CalendarDate,
): PracticeSessions[] {
  const totals = new Map<string, { name: string; minutes: number; clinics: number }>();
  for (const t of templates) {
    if (!templateRunsOn(t, on)) continue;
    const perDay = minutesOfDay(t.endTime) - minutesOfDay(t.startTime);
    const days = new Set(t.weekdays).size;
    const total = totals.get(t.organisationId) ?? {
      name: t.organisationName,
      minutes: 0,
      clinics: 0,
    };
    total.minutes += perDay * days;
    total.clinics += 1;
    totals.set(t.organisationId, total);
  }
  return [...totals]
    .map(([organisationId, t]) => ({
      organisationId,
      organisationName: t.name,
      hours: round2(t.minutes / 60),
      sessions: round2(t.minutes / SESSION_MINUTES),
      clinics: t.clinics,
    }))
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName));
}

export interface StaffLeavePeriod {
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
}

export interface LeaveStanding {
  /** The leave today falls in, or null. */
  readonly current: StaffLeavePeriod | null;
  /** Leave starting after today, soonest first. */
  readonly upcoming: StaffLeavePeriod[];
  /** Working days (Monday to Friday, not bank holidays) of leave from today to `until`. */
  readonly workingDaysAhead: number;
}

/** Working days of a leave period between `from` and `to` inclusive: Monday–Friday, no bank holidays. */
export function leaveWorkingDays(
  period: StaffLeavePeriod,
  from: CalendarDate,
  to: CalendarDate,
  nation: 'england' | 'wales' = 'england',
): number {
  const start = period.startsOn > from ? period.startsOn : from;
  const end = period.endsOn < to ? period.endsOn : to;
  let days = 0;
  for (let d = start; d <= end; d = addCalendarDays(d, 1)) {
    if (isoWeekdayOf(d) <= 5 && !isBankHoliday(nation, d)) days += 1;
  }
  return days;
}

/** Someone's leave seen from today: now, next, and how many working days are booked in the next `aheadDays`. */
export function leaveStanding(
  leave: readonly StaffLeavePeriod[],
  today: CalendarDate,
  aheadDays = 90,
): LeaveStanding {
  const until = addCalendarDays(today, aheadDays);
  const sorted = [...leave].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return {
    current: sorted.find((p) => p.startsOn <= today && p.endsOn >= today) ?? null,
    upcoming: sorted.filter((p) => p.startsOn > today && p.startsOn <= until),
    workingDaysAhead: sorted.reduce(
      (sum, p) => sum + (p.endsOn < today ? 0 : leaveWorkingDays(p, today, until)),
      0,
    ),
  };
}

/** Why someone is on the lead's list, in the order a lead deals with them: the most pressing first. */
export const DUE_REASONS = [
  'supervision_overdue',
  'hcpc_lapsed',
  'supervision_never_recorded',
  'hcpc_renewal_due',
  'supervision_due_soon',
  'hcpc_not_recorded',
  'profile_missing',
] as const;
export type DueReason = (typeof DUE_REASONS)[number];

/** Why someone is on the lead's "who is due" list (none when nothing is owed). */
export function dueReasons(entry: {
  readonly hasProfile: boolean;
  readonly supervision: SupervisionStanding;
  readonly hcpc: HcpcStanding;
}): DueReason[] {
  const reasons: DueReason[] = [];
  if (!entry.hasProfile) reasons.push('profile_missing');
  switch (entry.supervision.status) {
    case 'overdue':
      reasons.push('supervision_overdue');
      break;
    case 'due_soon':
      reasons.push('supervision_due_soon');
      break;
    case 'never_recorded':
      reasons.push('supervision_never_recorded');
      break;
    case 'up_to_date':
      break;
  }
  switch (entry.hcpc.status) {
    case 'lapsed':
      reasons.push('hcpc_lapsed');
      break;
    case 'renewal_due':
      reasons.push('hcpc_renewal_due');
      break;
    case 'not_recorded':
      if (entry.hasProfile) reasons.push('hcpc_not_recorded');
      break;
    case 'current':
    case 'not_required':
      break;
  }
  return reasons.sort((a, b) => DUE_REASONS.indexOf(a) - DUE_REASONS.indexOf(b));
}

export interface DueEntry {
  readonly userId: string;
  readonly name: string;
  readonly reasons: DueReason[];
}

/**
 * The lead's view of who is due: everyone with a reason, the most pressing reason first, then
 * by name.
 */
export function whoIsDue(
  entries: readonly {
    readonly userId: string;
    readonly name: string;
    readonly reasons: readonly DueReason[];
  }[],
): DueEntry[] {
  const rank = (e: { reasons: readonly DueReason[] }) =>
    e.reasons[0] === undefined ? DUE_REASONS.length : DUE_REASONS.indexOf(e.reasons[0]);
  return entries
    .filter((e) => e.reasons.length > 0)
    .map((e) => ({ userId: e.userId, name: e.name, reasons: [...e.reasons] }))
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** A problem with a field of a register form, with the code the web words. */
export interface StaffRegisterProblem {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

const EARLIEST = '1950-01-01';

/**
 * A staff profile's checks beyond its shape: the HCPC number's format and the prefix of the
 * profession (OT, PH, CH), a renewal date with it, a whole-time equivalent above 0 and at most 1.
 */
export function checkStaffProfile(profile: {
  readonly profession: StaffProfession;
  readonly hcpcNumber: string | null;
  readonly hcpcRenewalOn: CalendarDate | null;
  readonly wte: number;
  readonly startedOn: CalendarDate;
}): StaffRegisterProblem[] {
  const problems: StaffRegisterProblem[] = [];
  const number = profile.hcpcNumber;
  if (number !== null) {
    if (!HCPC_NUMBER_PATTERN.test(number)) {
      problems.push({
        field: 'hcpcNumber',
        code: 'hcpc_format',
        message: 'HCPC registration number must be two capital letters then digits, like OT12345',
      });
    } else {
      const prefix = hcpcRegisteredPrefix(profile.profession);
      if (prefix !== null && !number.startsWith(prefix))
        problems.push({
          field: 'hcpcNumber',
          code: 'hcpc_prefix',
          message: `HCPC registration numbers for this profession start ${prefix}`,
        });
    }
    if (profile.hcpcRenewalOn === null)
      problems.push({
        field: 'hcpcRenewalOn',
        code: 'required',
        message: 'Enter the date the HCPC registration is next renewed',
      });
  } else if (profile.hcpcRenewalOn !== null) {
    problems.push({
      field: 'hcpcNumber',
      code: 'required',
      message: 'Enter the HCPC registration number',
    });
  }
  if (!(profile.wte > 0 && profile.wte <= 1) || Math.round(profile.wte * 100) !== profile.wte * 100)
    problems.push({
      field: 'wte',
      code: 'wte_range',
      message: 'Whole-time equivalent must be more than 0 and at most 1, like 0.8',
    });
  if (profile.startedOn < EARLIEST)
    problems.push({ field: 'startedOn', code: 'invalid_date', message: 'Enter a real date' });
  return problems;
}

function hcpcRegisteredPrefix(profession: StaffProfession): string | null {
  switch (profession) {
    case 'occupational_therapist':
    case 'physiotherapist':
    case 'podiatrist':
      return hcpcPrefixFor(profession);
    case 'support_worker':
    case 'other':
      return null;
  }
}

/**
 * Whether free text looks like it names a patient: a valid NHS number (ten digits, spaced or
 * not, passing the check digit). Supervision and CPD notes are for a lead, not the record.
 */
export function mentionsNhsNumber(text: string): boolean {
  for (const match of text.matchAll(/\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g)) {
    if (isValidNhsNumber(match[0].replace(/[ -]/g, ''))) return true;
  }
  return false;
}

/** A date something was done on: real, not before 1950, not after today. */
function checkPastDate(
  field: string,
  date: CalendarDate,
  today: CalendarDate,
  problems: StaffRegisterProblem[],
): void {
  if (!isCalendarDate(date) || date < EARLIEST)
    problems.push({ field, code: 'invalid_date', message: 'Enter a real date' });
  else if (date > today)
    problems.push({ field, code: 'in_future', message: 'The date must be today or in the past' });
}

function checkNotes(
  fields: Readonly<Record<string, string>>,
  problems: StaffRegisterProblem[],
): void {
  for (const [field, text] of Object.entries(fields)) {
    if (mentionsNhsNumber(text))
      problems.push({
        field,
        code: 'patient_details',
        message: 'Do not include patient details such as an NHS number',
      });
  }
}

/** A supervision record's checks: held today or before, and notes naming no patient. */
export function checkSupervision(
  record: { readonly heldOn: CalendarDate; readonly summary: string; readonly actions: string },
  today: CalendarDate,
): StaffRegisterProblem[] {
  const problems: StaffRegisterProblem[] = [];
  checkPastDate('heldOn', record.heldOn, today, problems);
  checkNotes({ summary: record.summary, actions: record.actions }, problems);
  return problems;
}

/** A CPD record's checks: done today or before, and notes naming no patient. */
export function checkCpd(
  record: { readonly completedOn: CalendarDate; readonly title: string; readonly learning: string },
  today: CalendarDate,
): StaffRegisterProblem[] {
  const problems: StaffRegisterProblem[] = [];
  checkPastDate('completedOn', record.completedOn, today, problems);
  checkNotes({ title: record.title, learning: record.learning }, problems);
  return problems;
}
