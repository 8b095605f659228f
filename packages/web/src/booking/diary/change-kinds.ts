// What can be recorded against an appointment, by its status: core's canTransition and
// decideAppointmentChange decide, so the diary offers exactly what the server will accept.
import {
  APPOINTMENT_STATUSES,
  canRecordAt,
  canTransition,
  decideAppointmentChange,
  type AppointmentChange,
  type AppointmentStatus,
} from '@everyday/core';

export const CHANGE_KINDS = ['attended', 'did_not_attend', 'cancel', 'rebook'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

function asStatus(status: string): AppointmentStatus | undefined {
  return APPOINTMENT_STATUSES.find((s) => s === status);
}

/** The change of this kind with no reason given (who asked does not change what is allowed). */
function bareChange(kind: ChangeKind): AppointmentChange {
  switch (kind) {
    case 'attended':
    case 'did_not_attend':
      return { kind, reason: '' };
    case 'cancel':
    case 'rebook':
      return { kind, by: 'service', reason: '' };
  }
}

function targetOf(kind: ChangeKind): AppointmentStatus {
  switch (kind) {
    case 'attended':
      return 'attended';
    case 'did_not_attend':
      return 'did_not_attend';
    case 'cancel':
    case 'rebook':
      return 'cancelled_by_service';
  }
}

/**
 * The changes an appointment in this status can take. Given its start and the time now, an
 * outcome (attended, did not attend) is offered only once it has started (issue 16 item 5).
 */
export function changesFor(
  status: string,
  when?: { readonly startsAt: string; readonly now: Date },
): ChangeKind[] {
  const from = asStatus(status);
  if (from === undefined) return [];
  return CHANGE_KINDS.filter(
    (kind) =>
      canTransition(from, targetOf(kind)) &&
      (when === undefined || canRecordAt(targetOf(kind), new Date(when.startsAt), when.now)),
  );
}

/** Every change needs a reason but marking a booked appointment attended. */
export function needsReason(kind: ChangeKind, status: string): boolean {
  const from = asStatus(status);
  if (from === undefined) return true;
  const decision = decideAppointmentChange(from, bareChange(kind));
  return !decision.ok;
}

/** Cancelling and rebooking say who asked. */
export function needsBy(kind: ChangeKind): boolean {
  return kind === 'cancel' || kind === 'rebook';
}
