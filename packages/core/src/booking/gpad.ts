/**
 * GP appointment data (GPAD): the national strings every OT appointment carries so that it counts
 * in the practice's published appointment data (issue 4 item 2). The strings are exactly those in
 * shared/reference/INSTRUMENTS.md §11 and shared/reference/gpad/gpad_categories.json (NHS England,
 * "Recording GP appointments – consolidated guidance"; NHS Digital, "Set your service setting
 * correctly"; the published "Appointments in General Practice" extracts).
 */
import { calendarDaysBetween, type CalendarDate, type Instant } from '../shared/calendar-date.js';
import type { AppointmentStatus } from './appointment-status.js';
import type { ClinicMode } from './clinic-mode.js';
import { londonDateOf } from '../shared/london-time.js';

/** National categories for a care-related encounter (INSTRUMENTS.md §11; 16 values). */
export const GPAD_NATIONAL_CATEGORIES = [
  'General Consultation Acute',
  'General Consultation Routine',
  'Unplanned Clinical Activity',
  'Planned Clinics',
  'Planned Clinical Procedure',
  'Clinical Triage',
  'Home Visit',
  'Care Home Visit',
  'Patient contact during Care Home Round',
  'Care Home Needs Assessment & Personalised Care and Support Planning',
  'Structured Medication Review',
  'Social Prescribing Service',
  'Service provided by organisation external to the practice',
  'Walk-in',
  'Group Consultation and Group Education',
  'Non-contractual chargeable work',
] as const;
export type GpadNationalCategory = (typeof GPAD_NATIONAL_CATEGORIES)[number];

/** Service settings (INSTRUMENTS.md §11). "Unmapped" is a system value, never recorded. */
export const GPAD_SERVICE_SETTINGS = [
  'General Practice',
  'Primary Care Network',
  'Extended Access Provision',
  'Other',
] as const;
export type GpadServiceSetting = (typeof GPAD_SERVICE_SETTINGS)[number];

/** Appointment modes as published (INSTRUMENTS.md §11). */
export const GPAD_MODES = [
  'Face-to-Face',
  'Telephone',
  'Home Visit',
  'Video Conference/Online',
  'Unknown',
] as const;
export type GpadMode = (typeof GPAD_MODES)[number];

/** Appointment statuses as published (INSTRUMENTS.md §11). */
export const GPAD_STATUSES = ['Attended', 'DNA', 'Unknown'] as const;
export type GpadStatus = (typeof GPAD_STATUSES)[number];

/** Context types (INSTRUMENTS.md §11); an OT appointment with the person is the first. */
export const GPAD_CONTEXT_TYPES = [
  'Care Related Encounter',
  'Care Related Activity',
  'Administration and Practice Staff Activities',
] as const;
export type GpadContextType = (typeof GPAD_CONTEXT_TYPES)[number];

/** Health-care professional types as published (INSTRUMENTS.md §11). */
export const GPAD_HCP_TYPES = ['GP', 'Other Practice staff', 'Unknown'] as const;
export type GpadHcpType = (typeof GPAD_HCP_TYPES)[number];

/** The GPAD mapping a clinic template gives each of its slots. */
export interface SlotGpad {
  readonly nationalCategory: GpadNationalCategory;
  readonly serviceSetting: GpadServiceSetting;
  readonly mode: GpadMode;
}

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value);

export const isGpadNationalCategory = isOneOf(GPAD_NATIONAL_CATEGORIES);
export const isGpadServiceSetting = isOneOf(GPAD_SERVICE_SETTINGS);
export const isGpadMode = isOneOf(GPAD_MODES);

/** The GPAD mode that describes a clinic mode (a group defaults to meeting in person). */
export function gpadModeFor(mode: ClinicMode): Exclude<GpadMode, 'Unknown'> {
  switch (mode) {
    case 'in_person':
    case 'group':
      return 'Face-to-Face';
    case 'phone':
      return 'Telephone';
    case 'video':
      return 'Video Conference/Online';
    case 'home_visit':
      return 'Home Visit';
  }
}

/** When the clinic runs: PCN core hours, or the PCN's Enhanced Access period (evenings, weekends). */
export type ServiceHours = 'core' | 'enhanced_access';

/**
 * The default GPAD mapping for an OT clinic (INSTRUMENTS.md §11, "For an ARRS First Contact
 * Practitioner OT"): an ARRS-funded OT's appointments are "Primary Care Network" in core hours and
 * "Extended Access Provision" in enhanced-access hours; an OT employed by the practice under its
 * GMS/PMS contract is "General Practice". Category: a one-to-one is "General Consultation
 * Routine", a home visit "Home Visit", a group "Group Consultation and Group Education". Staff may
 * choose another category per template (e.g. "Planned Clinics").
 */
export function defaultGpadFor(
  mode: ClinicMode,
  isArrs = true,
  hours: ServiceHours = 'core',
): SlotGpad {
  const serviceSetting: GpadServiceSetting = !isArrs
    ? 'General Practice'
    : hours === 'core'
      ? 'Primary Care Network'
      : 'Extended Access Provision';
  let nationalCategory: GpadNationalCategory;
  switch (mode) {
    case 'in_person':
    case 'phone':
    case 'video':
      nationalCategory = 'General Consultation Routine';
      break;
    case 'home_visit':
      nationalCategory = 'Home Visit';
      break;
    case 'group':
      nationalCategory = 'Group Consultation and Group Education';
      break;
  }
  return { nationalCategory, serviceSetting, mode: gpadModeFor(mode) };
}

/** The GPAD status of an appointment; cancelled appointments are not GPAD appointments. */
export function gpadStatusFor(status: AppointmentStatus): GpadStatus | null {
  switch (status) {
    case 'attended':
      return 'Attended';
    case 'did_not_attend':
      return 'DNA';
    case 'booked':
      return 'Unknown';
    case 'cancelled_by_person':
    case 'cancelled_by_service':
      return null;
  }
}

/** What toGpadRow needs to know of an appointment. */
export interface GpadAppointment {
  readonly start: Instant;
  readonly bookedAt: Instant;
  /** ODS code of the person's registered practice, whose data the appointment counts in. */
  readonly practiceOdsCode: string;
  readonly gpad: SlotGpad;
  readonly status: AppointmentStatus;
}

/** One appointment in the shape of GP appointment data (INSTRUMENTS.md §11). */
export interface GpadRow {
  /** London calendar date of the appointment. */
  readonly appointmentDate: CalendarDate;
  readonly practiceOdsCode: string;
  readonly nationalCategory: GpadNationalCategory;
  readonly serviceSetting: GpadServiceSetting;
  readonly contextType: GpadContextType;
  readonly hcpType: GpadHcpType;
  readonly appointmentMode: GpadMode;
  readonly appointmentStatus: GpadStatus;
  /** Calendar days from booking to appointment (London dates); 0 for same day. */
  readonly daysBetweenBookingAndAppointment: number;
}

/**
 * An appointment as a GPAD row, or null for a cancelled one: GPAD statuses are only Attended,
 * DNA and Unknown (INSTRUMENTS.md §11), so a cancelled appointment never took place and is not
 * counted. Context type is "Care Related Encounter" (it involves the person, any mode); HCP type
 * is "Other Practice staff", the published type for every non-GP role including ARRS OTs. A
 * booking recorded after the appointment (retrospective entry) counts as same day.
 */
export function toGpadRow(appointment: GpadAppointment): GpadRow | null {
  const appointmentStatus = gpadStatusFor(appointment.status);
  if (appointmentStatus === null) return null;
  const appointmentDate = londonDateOf(appointment.start);
  const days = calendarDaysBetween(londonDateOf(appointment.bookedAt), appointmentDate);
  return {
    appointmentDate,
    practiceOdsCode: appointment.practiceOdsCode,
    nationalCategory: appointment.gpad.nationalCategory,
    serviceSetting: appointment.gpad.serviceSetting,
    contextType: 'Care Related Encounter',
    hcpType: 'Other Practice staff',
    appointmentMode: appointment.gpad.mode,
    appointmentStatus,
    daysBetweenBookingAndAppointment: Math.max(0, days),
  };
}
