/** Persistence of the waiting list and appointments (episodes: record/episode.repository.ts). Every function takes an AuditedTransaction. */
import type { AuditedTransaction, LookupTransaction } from '../access/patient-access.js';
import { SEAT_HOLDING_STATUSES } from '@everyday/core';
import type { AppointmentStatusValue } from '../db/schema.js';
import { sql } from 'kysely';
import { awaitingConfirmation, duplicateRequestCount } from '../triage/inbox.repository.js';

export async function waitingRequests(trx: AuditedTransaction, scope: readonly string[]) {
  if (scope.length === 0) return [];
  return trx
    .selectFrom('requests')
    .innerJoin('people', 'people.id', 'requests.person_id')
    .innerJoin('organisations', 'organisations.id', 'requests.practice_id')
    .select([
      'requests.id',
      'requests.reference',
      'requests.pathway',
      'requests.tier',
      'requests.urgency',
      'requests.acted_at',
      'requests.received_at',
      'requests.practice_id',
      'people.id as person_id',
      'people.given_name',
      'people.family_name',
      'people.date_of_birth',
      'people.access_needs',
      'people.interpreter_language',
      'people.preferred_language',
      'requests.answers',
      'organisations.name as practice_name',
      sql<number>`cardinality(requests.possible_duplicate_ids)`.as('possible_duplicate_count'),
      duplicateRequestCount(trx).as('duplicate_request_count'),
      awaitingConfirmation(trx).as('needs_confirmation'),
    ])
    .where('requests.status', '=', 'waiting')
    .where('requests.practice_id', 'in', [...scope])
    .execute();
}

export async function requestForBooking(trx: AuditedTransaction, requestId: string) {
  return trx
    .selectFrom('requests')
    .select(['id', 'person_id', 'practice_id', 'pathway', 'tier', 'status', 'reference', 'answers'])
    .where('id', '=', requestId)
    .executeTakeFirst();
}

export async function episodeAppointments(trx: AuditedTransaction, episodeId: string) {
  return trx
    .selectFrom('appointments')
    .select(['id', 'status'])
    .where('episode_id', '=', episodeId)
    .execute();
}

/** Hold the slot while a place in it is chosen, so bookings of one slot queue rather than race. */
export async function lockSlot(trx: AuditedTransaction, slotId: string): Promise<void> {
  await trx.selectFrom('slots').select('id').where('id', '=', slotId).forUpdate().execute();
}

export async function liveSeats(trx: AuditedTransaction, slotId: string): Promise<number[]> {
  const rows = await trx
    .selectFrom('appointments')
    .select('seat')
    .where('slot_id', '=', slotId)
    .where('status', 'in', SEAT_HOLDING_STATUSES)
    .execute();
  return rows.map((r) => r.seat);
}

export async function insertAppointment(
  trx: AuditedTransaction,
  a: {
    slotId: string;
    startsAt: Date;
    endsAt: Date;
    seat: number;
    capacity: number;
    episodeId: string;
    personId: string;
    practiceId: string;
    via: 'staff' | 'self' | 'direct';
    bookedBy: string | null;
    overLimitReason: string | null;
    reminderDueAt: Date | null;
    /** When it was booked: the injected clock's now. */
    bookedAt: Date;
  },
) {
  return trx
    .insertInto('appointments')
    .values({
      slot_id: a.slotId,
      starts_at: a.startsAt,
      ends_at: a.endsAt,
      seat: a.seat,
      slot_capacity: a.capacity,
      episode_id: a.episodeId,
      person_id: a.personId,
      practice_id: a.practiceId,
      booked_via: a.via,
      booked_by: a.bookedBy,
      over_limit_reason: a.overLimitReason,
      reminder_due_at: a.reminderDueAt,
      booked_at: a.bookedAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findAppointment(trx: AuditedTransaction, id: string) {
  return trx.selectFrom('appointments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setAppointmentStatus(
  trx: AuditedTransaction,
  id: string,
  change: {
    status: AppointmentStatusValue;
    reason: string | null;
    by: string | null;
    from: AppointmentStatusValue;
    at: Date;
  },
) {
  return trx
    .updateTable('appointments')
    .set({
      status: change.status,
      status_reason: change.reason,
      status_changed_at: change.at,
      status_changed_by: change.by,
    })
    .where('id', '=', id)
    .where('status', '=', change.from)
    .returningAll()
    .executeTakeFirst();
}

export async function markRequestBooked(
  trx: AuditedTransaction,
  requestId: string,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('requests')
    .set({ status: 'booked', updated_at: at })
    .where('id', '=', requestId)
    .where('status', '=', 'waiting')
    .execute();
}

/** The practice an appointment belongs to: what the access module checks scope against. */
export async function practiceOfAppointment(
  trx: LookupTransaction,
  id: string,
): Promise<string | undefined> {
  return (
    await trx
      .selectFrom('appointments')
      .select('practice_id')
      .where('id', '=', id)
      .executeTakeFirst()
  )?.practice_id;
}

/** The live appointment a person booked through their link, if any. */
export async function bookedAppointmentOfRequest(trx: AuditedTransaction, requestId: string) {
  return trx
    .selectFrom('appointments')
    .innerJoin('episodes', 'episodes.id', 'appointments.episode_id')
    .selectAll('appointments')
    .where('episodes.request_id', '=', requestId)
    .where('appointments.status', '=', 'booked')
    .orderBy('appointments.starts_at')
    .executeTakeFirst();
}

/** How to reach the person an appointment is for: the request's answers and reference. */
export async function contactForAppointment(trx: AuditedTransaction, appointmentId: string) {
  return trx
    .selectFrom('appointments')
    .innerJoin('episodes', 'episodes.id', 'appointments.episode_id')
    .innerJoin('requests', 'requests.id', 'episodes.request_id')
    .select([
      'requests.id as request_id',
      'requests.person_id',
      'requests.reference',
      'requests.answers',
      'appointments.starts_at',
    ])
    .where('appointments.id', '=', appointmentId)
    .executeTakeFirst();
}
