/**
 * Appointment reminders (issue 4 item 8; DESIGN.md §2.4: by SMS or email), 48 hours before by
 * default. Hours are elapsed time, so across a clock change the reminder keeps exactly 48 hours'
 * notice rather than the same clock time two days before.
 */
import type { Instant } from '../shared/calendar-date.js';
import { toInstant } from '../shared/london-time.js';

export const DEFAULT_REMINDER_HOURS = 48;

/** The instant a reminder falls due: `hoursBefore` hours before the appointment starts. */
export function reminderDueAt(
  appointmentStart: Instant,
  hoursBefore = DEFAULT_REMINDER_HOURS,
): Instant {
  const startMs = Date.parse(appointmentStart);
  if (Number.isNaN(startMs)) throw new RangeError(`Not an instant: ${appointmentStart}`);
  return toInstant(startMs - hoursBefore * 3_600_000);
}

export type ReminderPlan =
  | { readonly send: true; readonly dueAt: Instant }
  | {
      readonly send: false;
      readonly reason: 'booked_inside_reminder_window' | 'appointment_started';
    };

/**
 * Whether and when to remind, decided at booking. Booked within the reminder window (less than
 * 48 hours ahead), there is no reminder: the booking confirmation sent at that moment already
 * tells the person when to come, and a second message minutes later adds noise, not safety.
 */
export function planReminder(input: {
  readonly appointmentStart: Instant;
  readonly bookedAt: Instant;
  readonly hoursBefore?: number;
}): ReminderPlan {
  const bookedMs = Date.parse(input.bookedAt);
  if (Number.isNaN(bookedMs)) throw new RangeError(`Not an instant: ${input.bookedAt}`);
  if (Date.parse(input.appointmentStart) <= bookedMs) {
    return { send: false, reason: 'appointment_started' };
  }
  const dueAt = reminderDueAt(input.appointmentStart, input.hoursBefore);
  return Date.parse(dueAt) <= bookedMs
    ? { send: false, reason: 'booked_inside_reminder_window' }
    : { send: true, dueAt };
}
