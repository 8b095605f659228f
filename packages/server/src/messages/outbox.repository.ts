/** The outbound message queue. Every function takes an AuditedTransaction. */
import { sql } from 'kysely';
import type { AuditedTransaction } from '../access/patient-access.js';

const STUCK_AFTER_MS = 5 * 60_000;

/** Claim due messages for sending (and reclaim any left 'sending' by a process that died). */
export async function claimDueMessages(trx: AuditedTransaction, now: Date, limit: number) {
  await trx
    .updateTable('outbox_messages')
    .set({ status: 'failed', last_error: 'interrupted while sending' })
    .where('status', '=', 'sending')
    .where('next_attempt_at', '<', new Date(now.getTime() - STUCK_AFTER_MS))
    .execute();
  const due = await trx
    .selectFrom('outbox_messages')
    .selectAll()
    .where('status', 'in', ['pending', 'failed'])
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
  if (due.length > 0) {
    await trx
      .updateTable('outbox_messages')
      .set({ status: 'sending', next_attempt_at: now })
      .where(
        'id',
        'in',
        due.map((m) => m.id),
      )
      .execute();
  }
  return due;
}

export async function markSent(trx: AuditedTransaction, id: string, now: Date): Promise<void> {
  await trx
    .updateTable('outbox_messages')
    .set({ status: 'sent', sent_at: now, attempts: sql`attempts + 1`, last_error: null })
    .where('id', '=', id)
    .execute();
}

export async function markFailed(
  trx: AuditedTransaction,
  id: string,
  attempts: number,
  error: string,
  next: Date | null,
): Promise<void> {
  await trx
    .updateTable('outbox_messages')
    .set({
      status: next ? 'failed' : 'dead',
      attempts,
      last_error: error.slice(0, 500),
      ...(next ? { next_attempt_at: next } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** Appointments whose reminder is due and not yet queued, with how to reach the person. */
export async function dueReminders(trx: AuditedTransaction, now: Date, limit: number) {
  return trx
    .selectFrom('appointments')
    .innerJoin('episodes', 'episodes.id', 'appointments.episode_id')
    .innerJoin('requests', 'requests.id', 'episodes.request_id')
    .innerJoin('people', 'people.id', 'episodes.person_id')
    .select([
      'appointments.id',
      'appointments.starts_at',
      'requests.id as request_id',
      'requests.reference',
      'requests.answers',
      'people.phone',
      'people.email',
      'people.preferred_contact',
      'people.preferred_language',
    ])
    .where('appointments.status', '=', 'booked')
    .where('appointments.reminder_due_at', '<=', now)
    .where('appointments.reminded_at', 'is', null)
    .where('appointments.starts_at', '>', now)
    .limit(limit)
    .execute();
}

export async function markReminded(
  trx: AuditedTransaction,
  appointmentId: string,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('appointments')
    .set({ reminded_at: now })
    .where('id', '=', appointmentId)
    .execute();
}

export async function listOutbox(
  trx: AuditedTransaction,
  statuses: readonly ('pending' | 'sending' | 'sent' | 'failed' | 'dead')[],
  limit: number,
) {
  return trx
    .selectFrom('outbox_messages')
    .leftJoin('requests', 'requests.id', 'outbox_messages.request_id')
    .select([
      'outbox_messages.id',
      'outbox_messages.kind',
      'outbox_messages.channel',
      'outbox_messages.language',
      'outbox_messages.status',
      'outbox_messages.attempts',
      'outbox_messages.last_error',
      'outbox_messages.created_at',
      'outbox_messages.next_attempt_at',
      'requests.reference',
    ])
    .where('outbox_messages.status', 'in', [...statuses])
    .orderBy('outbox_messages.created_at', 'desc')
    .limit(limit)
    .execute();
}

export async function retryMessage(
  trx: AuditedTransaction,
  id: string,
  now: Date,
): Promise<boolean> {
  const row = await trx
    .updateTable('outbox_messages')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, last_error: null })
    .where('id', '=', id)
    .where('status', 'in', ['dead', 'failed'])
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
