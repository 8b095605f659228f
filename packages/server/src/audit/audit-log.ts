/**
 * The append-only audit log: who did what to which record, when, from where, allowed or not.
 * Writes happen inside the same transaction as the action they describe.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

export type AuditAction = 'read' | 'create' | 'update' | 'delete' | 'search';

export interface AuditEntry {
  readonly userId: string | null;
  /** The user's email at the time, or the name of the system that acted. */
  readonly actorLabel: string;
  readonly action: AuditAction;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly organisationId: string | null;
  readonly ip: string | null;
  readonly outcome: 'allowed' | 'denied';
  readonly reason?: string | null;
}

export async function writeAuditEvent(
  db: Kysely<Database> | Transaction<Database>,
  entry: AuditEntry,
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      user_id: entry.userId,
      actor_label: entry.actorLabel,
      action: entry.action,
      resource_type: entry.resourceType,
      resource_id: entry.resourceId,
      organisation_id: entry.organisationId,
      ip: entry.ip,
      outcome: entry.outcome,
      reason: entry.reason ?? null,
    })
    .execute();
}
