/**
 * Slots from clinic templates, up to the booking horizon (issue 4 item 1; seed 002: 30-minute
 * consultations, clinics booked four weeks ahead).
 *
 * Rules, in the order they are applied to each local date from `from` for `horizonDays` days:
 * - a template contributes on its weekdays, between validFrom and validUntil inclusive;
 * - never on a bank holiday of the template's nation;
 * - a one-off exception cancels that day's session or moves it to other times (the last
 *   exception for a template and date wins);
 * - slots run from the session start every slotMinutes; a trailing remainder shorter than a slot
 *   is dropped (validateTemplate forbids one in a template, so only a moved session can have it);
 * - a slot overlapping the OT's leave is not made;
 * - clock changes: times are Europe/London wall-clock times, so a 09:00 clinic starts 09:00 local
 *   on both sides of a change (08:00Z in BST, 09:00Z in GMT). A slot is made only when its start
 *   and its end each name exactly one instant and the two are slotMinutes apart. On the last
 *   Sunday of March a slot touching 01:00–01:59 (which does not exist) is dropped; on the last
 *   Sunday of October a slot touching 01:00–01:59 (which happens twice) is dropped, since a time
 *   that happens twice cannot be given to a person unambiguously. Daytime clinics are unaffected;
 *   nothing is ever shifted, so no two slots can overlap or share a key;
 * - if two templates put one OT in two places at once, the earlier-starting slot is kept (ties:
 *   lower template id) and the other dropped (findTemplateConflicts reports the clash).
 * A template failing validateTemplate makes no slots; a malformed `from`, horizon, leave period or
 * exception throws a RangeError, because guessing could book an OT on leave or at the wrong time.
 */
import { isBankHoliday, type Nation } from '../shared/bank-holidays.js';
import {
  addCalendarDays,
  clockTimeFromMinutes,
  isCalendarDate,
  isClockTime,
  isoWeekdayOf,
  minutesOfDay,
  type CalendarDate,
  type ClockTime,
  type Instant,
} from '../shared/calendar-date.js';
import { validateTemplate, type ClinicMode, type ClinicTemplate } from './clinic-template.js';
import type { SlotGpad } from './gpad.js';
import {
  londonDay,
  resolveLondonWallClock,
  resolveOnLondonDay,
  startOfLondonDayMs,
  toInstant,
  type LondonDay,
} from '../shared/london-time.js';

/** Seed 002: "clinics booked four weeks in advance". */
export const DEFAULT_HORIZON_DAYS = 28;
export const MAX_HORIZON_DAYS = 366;

/**
 * An OT's leave. Each end is a date ('YYYY-MM-DD', whole London days, inclusive) or a date-time
 * (with Z or an offset: that instant; without: a London wall-clock time); a date-time `until` is
 * the moment leave ends.
 */
export interface LeavePeriod {
  readonly otId: string;
  readonly from: string;
  readonly until: string;
}

/** A one-off change to one day of one template. */
export type TemplateException =
  | { readonly templateId: string; readonly date: CalendarDate; readonly kind: 'cancelled' }
  | {
      readonly templateId: string;
      readonly date: CalendarDate;
      readonly kind: 'moved';
      readonly startTime: ClockTime;
      readonly endTime: ClockTime;
    };

export interface GenerateSlotsInput {
  readonly templates: readonly ClinicTemplate[];
  /** First local date to fill. */
  readonly from: CalendarDate;
  /** Days to fill, from `from` (default 28, seed 002). */
  readonly horizonDays?: number;
  readonly leave?: readonly LeavePeriod[];
  readonly exceptions?: readonly TemplateException[];
  /** Bank-holiday test; default isBankHoliday (bank-holidays.ts). */
  readonly bankHolidays?: (nation: Nation, date: CalendarDate) => boolean;
}

/** One bookable slot. Times are instants; localDate and localStart are as read in London. */
export interface GeneratedSlot {
  /** `${templateId}:${localDate}:${localStart}` — stable across regenerations (reconcileSlots). */
  readonly key: string;
  readonly templateId: string;
  readonly otId: string;
  readonly siteId: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly localDate: CalendarDate;
  readonly localStart: ClockTime;
  readonly mode: ClinicMode;
  readonly capacity: number;
  readonly gpad: SlotGpad;
}

/** The deterministic key of a slot. */
export function slotKey(
  templateId: string,
  localDate: CalendarDate,
  localStart: ClockTime,
): string {
  return `${templateId}:${localDate}:${localStart}`;
}

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

/** A leave boundary as an instant; `end` turns a date into the start of the next day. */
function leaveBoundaryMs(value: string, end: boolean): number {
  if (isCalendarDate(value)) return startOfLondonDayMs(end ? addCalendarDays(value, 1) : value);
  const match = DATE_TIME.exec(value);
  if (match !== null && isCalendarDate(match[1] ?? '')) {
    if (match[4] !== undefined) return Date.parse(value);
    const [, date = '', hh = '', mm = ''] = match;
    const resolved = resolveLondonWallClock(date, `${hh}:${mm}`);
    switch (resolved.kind) {
      case 'unique':
        return resolved.instantMs;
      // Leave takes the wider reading of a time the clock change makes unclear.
      case 'repeated':
        return end ? resolved.laterMs : resolved.earlierMs;
      case 'skipped':
        return end ? resolved.laterReadingMs : resolved.earlierReadingMs;
    }
  }
  throw new RangeError(`Leave boundary is not a date or date-time: ${value}`);
}

function checkInput(input: GenerateSlotsInput, horizonDays: number): void {
  if (!isCalendarDate(input.from)) throw new RangeError(`from is not a date: ${input.from}`);
  if (!Number.isInteger(horizonDays) || horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS) {
    throw new RangeError(`horizonDays must be a whole number from 1 to ${MAX_HORIZON_DAYS}.`);
  }
  for (const e of input.exceptions ?? []) {
    const timesBad =
      e.kind === 'moved' &&
      (!isClockTime(e.startTime) ||
        !isClockTime(e.endTime) ||
        minutesOfDay(e.endTime) <= minutesOfDay(e.startTime));
    if (!isCalendarDate(e.date) || timesBad) {
      throw new RangeError(`Malformed exception for template ${e.templateId} on ${e.date}.`);
    }
  }
}

interface Candidate {
  readonly slot: GeneratedSlot;
  readonly startMs: number;
  readonly endMs: number;
}

/** The wall-clock slot as a pair of instants, or null when a clock change makes it unclear. */
function slotInstants(day: LondonDay, startMin: number, slotMinutes: number) {
  const start = resolveOnLondonDay(day, startMin);
  const end = resolveOnLondonDay(day, startMin + slotMinutes);
  if (start.kind !== 'unique' || end.kind !== 'unique') return null;
  if (end.instantMs - start.instantMs !== slotMinutes * 60_000) return null;
  return { startMs: start.instantMs, endMs: end.instantMs };
}

/** Generate the slots of all templates over the horizon, in time order (see rules above). */
export function generateSlots(input: GenerateSlotsInput): GeneratedSlot[] {
  const horizonDays = input.horizonDays ?? DEFAULT_HORIZON_DAYS;
  checkInput(input, horizonDays);
  const onBankHoliday = input.bankHolidays ?? isBankHoliday;

  const leaveByOt = new Map<string, { startMs: number; endMs: number }[]>();
  for (const l of input.leave ?? []) {
    const list = leaveByOt.get(l.otId) ?? [];
    list.push({ startMs: leaveBoundaryMs(l.from, false), endMs: leaveBoundaryMs(l.until, true) });
    leaveByOt.set(l.otId, list);
  }
  const exceptions = new Map<string, TemplateException>();
  for (const e of input.exceptions ?? []) exceptions.set(`${e.templateId}:${e.date}`, e);
  // An invalid template (which the server refuses to save) makes no slots rather than odd ones.
  const templates = input.templates.filter((t) => validateTemplate(t).length === 0);

  const candidates: Candidate[] = [];
  for (let day = 0; day < horizonDays; day++) {
    const date = addCalendarDays(input.from, day);
    const weekday = isoWeekdayOf(date);
    const london = londonDay(date);
    for (const t of templates) {
      if (date < t.validFrom || (t.validUntil !== undefined && date > t.validUntil)) continue;
      if (!t.weekdays.includes(weekday) || onBankHoliday(t.nation, date)) continue;
      const exception = exceptions.get(`${t.id}:${date}`);
      if (exception?.kind === 'cancelled') continue;
      const session = exception ?? t;
      const sessionEnd = minutesOfDay(session.endTime);
      const leave = leaveByOt.get(t.otId) ?? [];
      for (
        let startMin = minutesOfDay(session.startTime);
        startMin + t.slotMinutes <= sessionEnd;
        startMin += t.slotMinutes
      ) {
        const times = slotInstants(london, startMin, t.slotMinutes);
        if (times === null) continue;
        if (leave.some((l) => l.startMs < times.endMs && times.startMs < l.endMs)) continue;
        const localStart = clockTimeFromMinutes(startMin);
        candidates.push({
          ...times,
          slot: {
            key: slotKey(t.id, date, localStart),
            templateId: t.id,
            otId: t.otId,
            siteId: t.siteId,
            start: toInstant(times.startMs),
            end: toInstant(times.endMs),
            localDate: date,
            localStart,
            mode: t.mode,
            capacity: t.capacity,
            gpad: t.gpad,
          },
        });
      }
    }
  }
  return withoutOtOverlaps(candidates);
}

function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.startMs !== b.startMs) return a.startMs - b.startMs;
  if (a.slot.templateId !== b.slot.templateId)
    return a.slot.templateId < b.slot.templateId ? -1 : 1;
  return a.slot.key < b.slot.key ? -1 : a.slot.key > b.slot.key ? 1 : 0;
}

/** Keep each OT in one place at a time: in start order, drop a slot that starts before the OT is free. */
function withoutOtOverlaps(candidates: Candidate[]): GeneratedSlot[] {
  candidates.sort(compareCandidates);
  const freeFrom = new Map<string, number>();
  const kept: GeneratedSlot[] = [];
  for (const c of candidates) {
    if (c.startMs < (freeFrom.get(c.slot.otId) ?? Number.NEGATIVE_INFINITY)) continue;
    freeFrom.set(c.slot.otId, c.endMs);
    kept.push(c.slot);
  }
  return kept;
}
