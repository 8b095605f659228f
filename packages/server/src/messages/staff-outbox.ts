/**
 * What staff do with the outbox: list messages by status (the dead-letter view), and send a
 * failed or dead one again (audited as the member of staff who asked).
 */
import type { Kysely } from 'kysely';
import { withServiceTask } from '../access/patient-access.js';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { listOutbox, retryMessage } from './outbox.repository.js';

/** Where a message is in its life. */
export type MessageStatus = Parameters<typeof listOutbox>[1][number];

/** The database the outbox is kept in. */
export type OutboxStore = Kysely<Database>;

/** Messages in one status, oldest first (at most 200). */
export async function listMessages(db: OutboxStore, actor: Actor, status: MessageStatus) {
  return withServiceTask(db, `staff:${actor.email}`, 'outbox_message', (trx) =>
    listOutbox(trx, [status], 200),
  );
}

/** Send a failed or dead message again; `not_found` when there is none such. */
export async function retryFailedMessage(
  db: OutboxStore,
  actor: Actor,
  id: string,
  context: { readonly ip: string; readonly at: Date },
): Promise<void> {
  const done = await withServiceTask(db, `staff:${actor.email}`, 'outbox_message', async (trx) =>
    (await retryMessage(trx, id, context.at)) ? [id] : [],
  );
  if (done.length === 0) throw new AppError('not_found', 'No failed or dead message with that id');
  await writeAuditEvent(db, {
    userId: actor.userId,
    actorLabel: actor.email,
    action: 'update',
    resourceType: 'outbox_message',
    resourceId: id,
    organisationId: null,
    ip: context.ip,
    outcome: 'allowed',
    reason: 'retry',
  });
}
