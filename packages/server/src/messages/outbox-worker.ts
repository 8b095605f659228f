/**
 * Sends what the outbox holds: claim due messages in one short transaction, send them outside
 * any transaction (so the embedded database is never held during a network call), then record
 * the outcome. A failure is retried with exponential backoff (1, 2, 4 … minutes); after
 * MAX_ATTEMPTS it is dead, shown to staff, and can be retried by hand. Also queues reminders
 * (default 48 hours before, planned at booking).
 */
import type { Kysely } from 'kysely';
import { withServiceTask } from '../access/patient-access.js';
import type { Database } from '../db/schema.js';
import { contactRouteFor } from './contact-route.js';
import { enqueueMessage } from '../front-door/request.repository.js';
import {
  claimDueMessages,
  dueReminders,
  markFailed,
  markReminded,
  markSent,
} from './outbox.repository.js';
import type { MessageTransport } from './transports.js';

export const MAX_ATTEMPTS = 6;

export function backoff(attempts: number, now: Date): Date {
  return new Date(now.getTime() + 60_000 * 2 ** Math.max(0, attempts - 1));
}

export interface DeliveryReport {
  readonly sent: number;
  readonly failed: number;
  readonly dead: number;
}

export async function deliverDue(
  db: Kysely<Database>,
  transport: MessageTransport,
  now: Date,
  batch = 25,
): Promise<DeliveryReport> {
  const claimed = await withServiceTask(db, 'outbox', 'outbox_message', (trx) =>
    claimDueMessages(trx, now, batch),
  );
  let sent = 0;
  let failed = 0;
  let dead = 0;
  for (const m of claimed) {
    try {
      await transport.send({
        id: m.id,
        kind: m.kind,
        channel: m.channel,
        language: m.language,
        recipient: m.recipient,
        payload: m.payload as Record<string, unknown>,
      });
      await withServiceTask(db, 'outbox', 'outbox_message', async (trx) => {
        await markSent(trx, m.id, now);
        return [];
      });
      sent++;
    } catch (err) {
      const attempts = m.attempts + 1;
      const next = attempts >= MAX_ATTEMPTS ? null : backoff(attempts, now);
      // The error text is the transport's; it carries no recipient.
      const reason = err instanceof Error ? err.message : String(err);
      await withServiceTask(db, 'outbox', 'outbox_message', async (trx) => {
        await markFailed(trx, m.id, attempts, reason, next);
        return [];
      });
      if (next) failed++;
      else dead++;
    }
  }
  return { sent, failed, dead };
}

/** Queue the reminders that have come due. */
export async function queueReminders(
  db: Kysely<Database>,
  now: Date,
  batch = 100,
): Promise<number> {
  const done = await withServiceTask(db, 'reminders', 'appointment', async (trx) => {
    const due = await dueReminders(trx, now, batch);
    for (const a of due) {
      const route = contactRouteFor(a, a);
      if (route) {
        await enqueueMessage(trx, {
          ...route,
          requestId: a.request_id,
          kind: 'appointment_reminder',
          payload: { reference: a.reference, startsAt: a.starts_at.toISOString() },
        });
      }
      await markReminded(trx, a.id, now);
    }
    return due;
  });
  return done.length;
}
