/** The counts staff navigation shows. Every function takes an AuditedTransaction and a scope. */
import { sql } from 'kysely';
import type { AuditedTransaction } from '../access/patient-access.js';
import { OPEN_STATUSES } from '../triage/inbox.schema.js';

/** New requests: received or awaiting information, in the caller's organisations (the inbox's open view). */
export async function countNewRequests(
  trx: AuditedTransaction,
  scope: readonly string[],
): Promise<number> {
  if (scope.length === 0) return 0;
  const row = await trx
    .selectFrom('requests')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('status', 'in', [...OPEN_STATUSES])
    .where('practice_id', 'in', [...scope])
    .executeTakeFirstOrThrow();
  return row.n;
}

/** People waiting to be booked, in the caller's organisations (the waiting list's count). */
export async function countWaiting(
  trx: AuditedTransaction,
  scope: readonly string[],
): Promise<number> {
  if (scope.length === 0) return 0;
  const row = await trx
    .selectFrom('requests')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('status', '=', 'waiting')
    .where('practice_id', 'in', [...scope])
    .executeTakeFirstOrThrow();
  return row.n;
}
