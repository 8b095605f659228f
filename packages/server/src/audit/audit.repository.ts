/** Reading the audit log with filters, newest first. */
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { AuditEventRow, Database } from '../db/schema.js';

/** The database the audit log is kept in. */
export type AuditStore = Kysely<Database>;
import type { TAuditEvent, TAuditQuery } from './audit.schema.js';

type Filters = Omit<TAuditQuery, 'page'>;

function filtered(
  db: Kysely<Database>,
  f: Filters,
): SelectQueryBuilder<Database, 'audit_events', object> {
  let q = db.selectFrom('audit_events');
  if (f.from) q = q.where('at', '>=', new Date(`${f.from}T00:00:00Z`));
  if (f.to) q = q.where('at', '<', new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000));
  if (f.userId) q = q.where('user_id', '=', f.userId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.resourceType) q = q.where('resource_type', '=', f.resourceType);
  if (f.resourceId) q = q.where('resource_id', '=', f.resourceId);
  if (f.outcome) q = q.where('outcome', '=', f.outcome);
  return q;
}

function toEvent(r: AuditEventRow): TAuditEvent {
  return {
    id: r.id,
    at: r.at.toISOString(),
    userId: r.user_id,
    userEmail: r.actor_label,
    action: r.action,
    resourceType: r.resource_type,
    resourceId: r.resource_id,
    organisationId: r.organisation_id,
    ip: r.ip,
    outcome: r.outcome,
    reason: r.reason,
  };
}

export async function countAuditEvents(db: Kysely<Database>, f: Filters): Promise<number> {
  const row = await filtered(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function listAuditEvents(
  db: Kysely<Database>,
  f: Filters,
  limit: number,
  offset: number,
): Promise<TAuditEvent[]> {
  const rows = await filtered(db, f)
    .selectAll()
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(toEvent);
}
