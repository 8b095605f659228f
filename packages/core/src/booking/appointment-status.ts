/**
 * The life of one appointment (issue 4 item 7; DESIGN.md §4 Clinic, slot, appointment): booked,
 * then attended, did not attend, or cancelled by the person or by the service. A rebooking cancels
 * this appointment and books a new one, so the history keeps both.
 */

export const APPOINTMENT_STATUSES = [
  'booked',
  'attended',
  'did_not_attend',
  'cancelled_by_person',
  'cancelled_by_service',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/**
 * The statuses that hold a seat in a slot: booked, attended and did not attend. Only a
 * cancellation frees the seat (a missed appointment still used the OT's time). Slot capacity, the
 * diary's free places, slot sync and the capacity views all count these and nothing else.
 */
export const SEAT_HOLDING_STATUSES = [
  'booked',
  'attended',
  'did_not_attend',
] as const satisfies readonly AppointmentStatus[];
export type SeatHoldingStatus = (typeof SEAT_HOLDING_STATUSES)[number];

/** Whether an appointment in this status holds its slot's seat (see SEAT_HOLDING_STATUSES). */
export function holdsSeat(status: AppointmentStatus): status is SeatHoldingStatus {
  switch (status) {
    case 'booked':
    case 'attended':
    case 'did_not_attend':
      return true;
    case 'cancelled_by_person':
    case 'cancelled_by_service':
      return false;
  }
}

/**
 * Whether an appointment may move from one status to another.
 * - booked → any outcome or cancellation;
 * - attended ↔ did not attend: a correction (the person arrived late, or was marked in error);
 * - cancellations are final: a cancelled slot is freed, so undoing one is a new booking.
 */
export function canTransition(from: AppointmentStatus, to: AppointmentStatus): boolean {
  switch (from) {
    case 'booked':
      return to !== 'booked';
    case 'attended':
      return to === 'did_not_attend';
    case 'did_not_attend':
      return to === 'attended';
    case 'cancelled_by_person':
    case 'cancelled_by_service':
      return false;
  }
}

/** The outcomes of an appointment: what happened at it, so known only once it has begun. */
export function isOutcome(status: AppointmentStatus): boolean {
  return status === 'attended' || status === 'did_not_attend';
}

/**
 * The time rule beside canTransition (issue 16 item 5): an outcome (attended, did not attend) may
 * be recorded only once the appointment has started; a cancellation or rebooking at any time.
 */
export function canRecordAt(to: AppointmentStatus, startsAt: Date, now: Date): boolean {
  return !isOutcome(to) || now.getTime() >= startsAt.getTime();
}

/** A change staff record against an appointment (issue 4 item 7). */
export type AppointmentChange =
  | { readonly kind: 'attended'; readonly reason?: string }
  | { readonly kind: 'did_not_attend'; readonly reason: string }
  | { readonly kind: 'cancel'; readonly by: 'person' | 'service'; readonly reason: string }
  | { readonly kind: 'rebook'; readonly by: 'person' | 'service'; readonly reason: string };

export type AppointmentChangeResult =
  | {
      readonly ok: true;
      readonly status: AppointmentStatus;
      /** True for a rebooking: the caller books the new slot in the same transaction. */
      readonly bookReplacement: boolean;
    }
  | { readonly ok: false; readonly problem: 'reason_required' | 'not_allowed' | 'not_started' };

function targetOf(change: AppointmentChange): AppointmentStatus {
  switch (change.kind) {
    case 'attended':
      return 'attended';
    case 'did_not_attend':
      return 'did_not_attend';
    case 'cancel':
    case 'rebook':
      return change.by === 'person' ? 'cancelled_by_person' : 'cancelled_by_service';
  }
}

/**
 * Decide a change. Every change needs a reason except marking a booked appointment attended, the
 * everyday case with nothing to explain; correcting an outcome (attended ↔ did not attend) always
 * needs one, so the record shows why it changed. Given the appointment's start and the time now,
 * an outcome before the start is refused (canRecordAt).
 */
export function decideAppointmentChange(
  current: AppointmentStatus,
  change: AppointmentChange,
  when?: { readonly startsAt: Date; readonly now: Date },
): AppointmentChangeResult {
  const to = targetOf(change);
  if (!canTransition(current, to)) return { ok: false, problem: 'not_allowed' };
  if (when && !canRecordAt(to, when.startsAt, when.now)) return { ok: false, problem: 'not_started' };
  const reasonOptional = change.kind === 'attended' && current === 'booked';
  if (!reasonOptional && (change.reason ?? '').trim() === '') {
    return { ok: false, problem: 'reason_required' };
  }
  return { ok: true, status: to, bookReplacement: change.kind === 'rebook' };
}
