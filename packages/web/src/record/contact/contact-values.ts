// The contact form as typed, and the ContactData it makes (docs/api/clinical-record-contract.md).
import type { ContactData } from '@everyday/core';
import { CONTACT_MODES } from '@everyday/core';
import type { FieldError } from '../../api-types.js';
import type { DateParts } from '../../booking/dates.js';
import { isoToDateParts } from '../../booking/dates.js';
import type { Checked } from '../form-values.js';
import { checked, readChoice, readDate, readWhole, requiredText } from '../form-values.js';
import { problem } from '../record-errors.js';

export interface ContactValues {
  occurredOn: DateParts;
  mode: string;
  minutes: string;
  note: string;
  /** The appointment this contact records, when written after marking attendance (issue 16 item 5). */
  appointmentId?: string;
}

/** A new contact: today, nothing else chosen. */
export function newContactValues(today: string): ContactValues {
  return { occurredOn: isoToDateParts(today), mode: '', minutes: '', note: '' };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The link to write the contact note for an appointment (issue 16 item 5): its date, mode and id,
 * which the contact form reads back with contactValuesForAppointment.
 */
export function appointmentContactQuery(appointment: {
  readonly id: string;
  readonly date: string;
  readonly mode: string;
}): string {
  const params = new URLSearchParams({
    appointment: appointment.id,
    date: appointment.date,
    mode: appointment.mode,
  });
  return `?${params.toString()}`;
}

/**
 * A new contact for the appointment named in the link, pre-filled with its date and mode; a plain
 * new contact when the link names none (or names it badly).
 */
export function contactValuesForAppointment(
  params: URLSearchParams,
  today: string,
): ContactValues {
  const blank = newContactValues(today);
  const appointmentId = params.get('appointment') ?? '';
  if (!UUID.test(appointmentId)) return blank;
  const date = params.get('date') ?? '';
  const mode = params.get('mode') ?? '';
  return {
    ...blank,
    appointmentId,
    occurredOn: /^\d{4}-\d{2}-\d{2}$/.test(date) && date <= today ? isoToDateParts(date) : blank.occurredOn,
    mode: CONTACT_MODES.some((m) => m === mode) ? mode : '',
  };
}

/** The form for a saved contact. */
export function contactValuesOf(data: ContactData): ContactValues {
  return {
    occurredOn: isoToDateParts(data.occurredOn),
    mode: data.mode,
    minutes: data.minutes === null ? '' : String(data.minutes),
    note: data.note,
    ...(data.appointmentId === undefined ? {} : { appointmentId: data.appointmentId }),
  };
}

export const CONTACT_MINUTES = { min: 1, max: 600 } as const;
export const NOTE_MAX = 20000;

/** The contact as data, or what is wrong: a real date not after today, a mode, minutes 1–600 if given, a note. */
export function toContactData(values: ContactValues, today: string): Checked<ContactData> {
  const problems: FieldError[] = [];
  const occurredOn = readDate(values.occurredOn, 'occurredOn', problems);
  if (occurredOn !== null && occurredOn > today)
    problems.push(problem('occurredOn', 'date_in_future'));
  const mode = readChoice(values.mode, CONTACT_MODES, 'mode', problems);
  const minutes = readWhole(values.minutes, CONTACT_MINUTES, 'minutes', problems, false);
  const note = requiredText(values.note, 'note', problems);
  if (note.length > NOTE_MAX) problems.push(problem('note', 'too_long'));
  return checked(
    {
      occurredOn: occurredOn ?? '',
      mode: mode ?? 'in_person',
      minutes,
      note,
      ...(values.appointmentId === undefined ? {} : { appointmentId: values.appointmentId }),
    },
    problems,
  );
}
