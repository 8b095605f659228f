/**
 * Clinic templates: when and how each OT runs clinics at a site (issue 4 item 1). Slots are made
 * from them up to the booking horizon (slot-generation.ts). Defaults from seed 002: 30-minute
 * consultations, clinics opened four weeks ahead.
 */
import type { Nation } from '../shared/bank-holidays.js';
import { NATIONS } from '../shared/bank-holidays.js';
import {
  isCalendarDate,
  isClockTime,
  minutesOfDay,
  type CalendarDate,
  type ClockTime,
  type IsoWeekday,
} from '../shared/calendar-date.js';
import {
  gpadModeFor,
  isGpadMode,
  isGpadNationalCategory,
  isGpadServiceSetting,
  type SlotGpad,
} from './gpad.js';
import { CLINIC_MODES, type ClinicMode } from './clinic-mode.js';

export { CLINIC_MODES, type ClinicMode } from './clinic-mode.js';

/** Consultation length, seed 002: "at most six 30-minute consultations". */
export const DEFAULT_SLOT_MINUTES = 30;
export const MIN_SLOT_MINUTES = 5;
export const MAX_SLOT_MINUTES = 480;

/** A recurring clinic: one OT, one site, the same wall-clock times on chosen weekdays. */
export interface ClinicTemplate {
  readonly id: string;
  readonly otId: string;
  readonly siteId: string;
  /** ISO weekdays the clinic runs on: 1 = Monday … 7 = Sunday. */
  readonly weekdays: readonly IsoWeekday[];
  /** Europe/London wall-clock start, 'HH:MM'. */
  readonly startTime: ClockTime;
  /** Europe/London wall-clock end, 'HH:MM', later the same day. */
  readonly endTime: ClockTime;
  /** Default DEFAULT_SLOT_MINUTES (30, seed 002). */
  readonly slotMinutes: number;
  readonly mode: ClinicMode;
  /** People per slot: 1, except a group (at least 2). */
  readonly capacity: number;
  /** First day the template applies, inclusive. */
  readonly validFrom: CalendarDate;
  /** Last day the template applies, inclusive; open-ended when absent. */
  readonly validUntil?: CalendarDate;
  /** Whose bank holidays the clinic observes. */
  readonly nation: Nation;
  /** How its appointments count in GP appointment data (gpad.ts, INSTRUMENTS.md §11). */
  readonly gpad: SlotGpad;
}

export type TemplateProblemCode =
  | 'required'
  | 'format'
  | 'end_not_after_start'
  | 'slot_length'
  | 'slot_remainder'
  | 'capacity'
  | 'weekdays'
  | 'valid_until_before_from'
  | 'unknown_value'
  | 'gpad_mode_mismatch';

/** One thing wrong with a template, against the field an admin must change. */
export interface TemplateProblem {
  readonly field: string;
  readonly code: TemplateProblemCode;
  readonly message: string;
}

/** GPAD modes that can describe each clinic mode. A group may meet in person or online. */
function gpadModeFits(mode: ClinicMode, gpadMode: string): boolean {
  return mode === 'group'
    ? gpadMode === 'Face-to-Face' || gpadMode === 'Video Conference/Online'
    : gpadMode === gpadModeFor(mode);
}

const isClinicMode = (value: string): value is ClinicMode =>
  (CLINIC_MODES as readonly string[]).includes(value);

/**
 * Field-level problems with a template; empty when it is good to save.
 *
 * Slot length must divide the session exactly ("slot_remainder" otherwise): a template that
 * silently lost its last 15 minutes would hide lost capacity, so the admin is asked to fix the
 * times or the length instead. (A one-off moved session is not validated here; slot generation
 * drops its remainder — see slot-generation.ts.)
 */
export function validateTemplate(template: ClinicTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const add = (field: string, code: TemplateProblemCode, message: string) =>
    problems.push({ field, code, message });

  for (const field of ['id', 'otId', 'siteId'] as const) {
    if (template[field].trim() === '') add(field, 'required', `${field} is required.`);
  }

  if (
    template.weekdays.length === 0 ||
    new Set(template.weekdays).size !== template.weekdays.length ||
    template.weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)
  ) {
    add('weekdays', 'weekdays', 'Choose one or more different weekdays (1 = Monday … 7 = Sunday).');
  }

  const startOk = isClockTime(template.startTime);
  const endOk = isClockTime(template.endTime);
  if (!startOk) add('startTime', 'format', 'Start time must be HH:MM, 00:00 to 23:59.');
  if (!endOk) add('endTime', 'format', 'End time must be HH:MM, 00:00 to 23:59.');
  const length = minutesOfDay(template.endTime) - minutesOfDay(template.startTime);
  const slotOk =
    Number.isInteger(template.slotMinutes) &&
    template.slotMinutes >= MIN_SLOT_MINUTES &&
    template.slotMinutes <= MAX_SLOT_MINUTES;
  if (!slotOk) {
    add(
      'slotMinutes',
      'slot_length',
      `Slot length must be a whole number of minutes from ${MIN_SLOT_MINUTES} to ${MAX_SLOT_MINUTES}.`,
    );
  }
  if (startOk && endOk && length <= 0) {
    add('endTime', 'end_not_after_start', 'End time must be after the start time, the same day.');
  } else if (startOk && endOk && slotOk && length % template.slotMinutes !== 0) {
    add(
      'slotMinutes',
      'slot_remainder',
      `A ${length}-minute session does not divide into ${template.slotMinutes}-minute slots; ` +
        `change the times or the slot length so no time is left over.`,
    );
  }

  const modeOk = isClinicMode(template.mode);
  if (!modeOk) add('mode', 'unknown_value', 'Choose a clinic mode.');
  const isGroup = template.mode === 'group';
  if (
    !Number.isInteger(template.capacity) ||
    (isGroup ? template.capacity < 2 : template.capacity !== 1)
  ) {
    add(
      'capacity',
      'capacity',
      isGroup ? 'A group needs room for at least 2 people.' : 'A one-to-one slot is for 1 person.',
    );
  }

  if (!isCalendarDate(template.validFrom)) {
    add('validFrom', 'format', 'Valid from must be a date, YYYY-MM-DD.');
  }
  if (template.validUntil !== undefined) {
    if (!isCalendarDate(template.validUntil)) {
      add('validUntil', 'format', 'Valid until must be a date, YYYY-MM-DD.');
    } else if (isCalendarDate(template.validFrom) && template.validUntil < template.validFrom) {
      add('validUntil', 'valid_until_before_from', 'Valid until must not be before valid from.');
    }
  }

  if (!(NATIONS as readonly string[]).includes(template.nation)) {
    add('nation', 'unknown_value', 'Choose England or Wales (for bank holidays).');
  }

  if (!isGpadNationalCategory(template.gpad.nationalCategory)) {
    add('gpad.nationalCategory', 'unknown_value', 'Choose a GPAD national category.');
  }
  if (!isGpadServiceSetting(template.gpad.serviceSetting)) {
    add('gpad.serviceSetting', 'unknown_value', 'Choose a GPAD service setting.');
  }
  if (!isGpadMode(template.gpad.mode)) {
    add('gpad.mode', 'unknown_value', 'Choose a GPAD appointment mode.');
  } else if (modeOk && !gpadModeFits(template.mode, template.gpad.mode)) {
    add(
      'gpad.mode',
      'gpad_mode_mismatch',
      `GPAD mode "${template.gpad.mode}" does not describe a ${template.mode} clinic.`,
    );
  }
  return problems;
}
