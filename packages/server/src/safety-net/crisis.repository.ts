/**
 * Persistence of crisis follow-through on requests: acknowledgement, escalation, and the crisis
 * and safeguarding requests the banner, the log and the escalation job read. Every function
 * takes an AuditedTransaction (the access module's), as requests hold patient data.
 */
import { sql } from 'kysely';
import type { Acknowledgement } from '@everyday/core';
import type { AuditedTransaction } from '../access/patient-access.js';

function view(trx: AuditedTransaction) {
  return trx;
}

/** A crisis or safeguarding request: urgency crisis, or marked safeguarding. */
const isCrisisOrSafeguarding = sql<boolean>`(requests.urgency = 'crisis' OR requests.safeguarding)`;

export interface AcknowledgementState {
  readonly id: string;
  readonly reference: string;
  readonly urgency: 'crisis' | 'urgent' | 'routine';
  readonly safeguarding: boolean;
  readonly acknowledgedAt: Date | null;
  readonly acknowledgedByName: string | null;
}

/** A request's acknowledgement state, locked for the rest of the transaction. */
export async function lockForAcknowledgement(
  trx: AuditedTransaction,
  id: string,
): Promise<AcknowledgementState | undefined> {
  const row = await view(trx)
    .selectFrom('requests')
    .select([
      'requests.id',
      'requests.reference',
      'requests.urgency',
      'requests.safeguarding',
      'requests.acknowledged_at',
      'requests.acknowledged_by',
    ])
    .where('requests.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return undefined;
  const by = row.acknowledged_by
    ? await view(trx)
        .selectFrom('users')
        .select('name')
        .where('id', '=', row.acknowledged_by)
        .executeTakeFirst()
    : undefined;
  return {
    id: row.id,
    reference: row.reference,
    urgency: row.urgency,
    safeguarding: row.safeguarding,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedByName: by?.name ?? null,
  };
}

/** Record the acknowledgement; false when someone else's got there first. */
export async function recordAcknowledgement(
  trx: AuditedTransaction,
  id: string,
  acknowledgement: Acknowledgement,
  userId: string,
  at: Date,
): Promise<boolean> {
  const updated = await view(trx)
    .updateTable('requests')
    .set({
      acknowledged_at: at,
      acknowledged_by: userId,
      acknowledgement: JSON.stringify(acknowledgement),
      updated_at: at,
    })
    .where('id', '=', id)
    .where('acknowledged_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

export interface UnacknowledgedRow {
  readonly id: string;
  readonly reference: string;
  readonly receivedAt: Date;
  readonly practiceId: string;
  readonly practiceName: string;
  readonly escalatedAt: Date | null;
}

/**
 * Crisis and safeguarding requests not yet acknowledged, oldest first: in `scope` (the caller's
 * organisations) or, for the escalation job, everywhere (`scope` null), then optionally only
 * those received since a time and not yet escalated (locked, skipping rows another process holds).
 */
export async function unacknowledgedRequests(
  trx: AuditedTransaction,
  filter: {
    readonly scope: readonly string[] | null;
    readonly receivedSince?: Date;
    readonly notEscalated?: boolean;
    readonly limit: number;
  },
): Promise<UnacknowledgedRow[]> {
  if (filter.scope !== null && filter.scope.length === 0) return [];
  let q = view(trx)
    .selectFrom('requests')
    .innerJoin('organisations', 'organisations.id', 'requests.practice_id')
    .select([
      'requests.id',
      'requests.reference',
      'requests.received_at',
      'requests.practice_id',
      'organisations.name as practice_name',
      'requests.escalated_at',
    ])
    .where('requests.acknowledged_at', 'is', null)
    .where(isCrisisOrSafeguarding)
    .orderBy('requests.received_at')
    .orderBy('requests.id')
    .limit(filter.limit);
  if (filter.scope !== null) q = q.where('requests.practice_id', 'in', [...filter.scope]);
  if (filter.receivedSince) q = q.where('requests.received_at', '>=', filter.receivedSince);
  if (filter.notEscalated) q = q.where('requests.escalated_at', 'is', null).forUpdate('requests').skipLocked();
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    receivedAt: r.received_at,
    practiceId: r.practice_id,
    practiceName: r.practice_name,
    escalatedAt: r.escalated_at,
  }));
}

/** How many crisis and safeguarding requests in `scope` are not yet acknowledged. */
export async function countUnacknowledged(
  trx: AuditedTransaction,
  scope: readonly string[],
): Promise<number> {
  if (scope.length === 0) return 0;
  const row = await view(trx)
    .selectFrom('requests')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('requests.acknowledged_at', 'is', null)
    .where(isCrisisOrSafeguarding)
    .where('requests.practice_id', 'in', [...scope])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Mark a request escalated; false when it was acknowledged or escalated meanwhile. */
export async function markEscalated(
  trx: AuditedTransaction,
  id: string,
  at: Date,
): Promise<boolean> {
  const updated = await view(trx)
    .updateTable('requests')
    .set({ escalated_at: at })
    .where('id', '=', id)
    .where('escalated_at', 'is', null)
    .where('acknowledged_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

export interface CrisisLogRow {
  readonly id: string;
  readonly reference: string;
  readonly practiceId: string;
  readonly practiceName: string;
  readonly nation: 'england' | 'wales';
  readonly receivedAt: Date;
  readonly urgency: 'crisis' | 'urgent' | 'routine';
  readonly safeguarding: boolean;
  readonly answers: unknown;
  readonly screenMatches: unknown;
  readonly acknowledgedAt: Date | null;
  readonly acknowledgedById: string | null;
  readonly acknowledgedByName: string | null;
  readonly acknowledgement: unknown;
  readonly escalatedAt: Date | null;
}

/** Crisis and safeguarding requests in `scope` received in [start, end), oldest first. */
export async function crisisLogRows(
  trx: AuditedTransaction,
  scope: readonly string[],
  start: Date,
  end: Date,
  limit: number,
): Promise<CrisisLogRow[]> {
  if (scope.length === 0) return [];
  const rows = await view(trx)
    .selectFrom('requests')
    .innerJoin('organisations', 'organisations.id', 'requests.practice_id')
    .leftJoin('users', 'users.id', 'requests.acknowledged_by')
    .select([
      'requests.id',
      'requests.reference',
      'requests.practice_id',
      'organisations.name as practice_name',
      'organisations.nation',
      'requests.received_at',
      'requests.urgency',
      'requests.safeguarding',
      'requests.answers',
      'requests.screen_matches',
      'requests.acknowledged_at',
      'requests.acknowledged_by',
      'users.name as acknowledged_by_name',
      'requests.acknowledgement',
      'requests.escalated_at',
    ])
    .where(isCrisisOrSafeguarding)
    .where('requests.practice_id', 'in', [...scope])
    .where('requests.received_at', '>=', start)
    .where('requests.received_at', '<', end)
    .orderBy('requests.received_at')
    .orderBy('requests.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    practiceId: r.practice_id,
    practiceName: r.practice_name,
    nation: r.nation,
    receivedAt: r.received_at,
    urgency: r.urgency,
    safeguarding: r.safeguarding,
    answers: r.answers,
    screenMatches: r.screen_matches,
    acknowledgedAt: r.acknowledged_at,
    acknowledgedById: r.acknowledged_by,
    acknowledgedByName: r.acknowledged_by_name,
    acknowledgement: r.acknowledgement,
    escalatedAt: r.escalated_at,
  }));
}
