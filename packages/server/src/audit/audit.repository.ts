/** Reading the audit log with filters, newest first. */
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { AuditEventRow, Database } from '../db/schema.js';
import {
  SUBJECT_KINDS,
  SUBJECT_RESOURCE_TYPES,
  type RecordIds,
} from './audit-subjects.repository.js';
import type { TAuditQuery } from './audit.schema.js';

/** The database the audit log is kept in. */
export type AuditStore = Kysely<Database>;

export type AuditFilters = Omit<TAuditQuery, 'page' | 'nhsNumber' | 'name' | 'dateOfBirth'> & {
  /** Only events about these records (a person's, found by the search by person). */
  readonly about?: RecordIds;
};
type Filters = AuditFilters;

/** An event as the log holds it, before the name of whose record it is is added. */
export interface StoredAuditEvent {
  readonly id: number;
  readonly at: string;
  readonly userId: string | null;
  readonly userEmail: string;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly organisationId: string | null;
  readonly ip: string | null;
  readonly outcome: 'allowed' | 'denied';
  readonly reason: string | null;
}

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
  const about = f.about;
  if (about) {
    const kinds = SUBJECT_KINDS.filter((kind) => about[kind].length > 0);
    q =
      kinds.length === 0
        ? q.where(sql<boolean>`false`)
        : q.where((eb) =>
            eb.or(
              kinds.map((kind) =>
                eb.and([
                  eb('resource_type', 'in', SUBJECT_RESOURCE_TYPES[kind]),
                  eb('resource_id', 'in', about[kind]),
                ]),
              ),
            ),
          );
  }
  return q;
}

function toEvent(r: AuditEventRow): StoredAuditEvent {
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
): Promise<StoredAuditEvent[]> {
  const rows = await filtered(db, f)
    .selectAll()
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(toEvent);
}
