/**
 * Handovers (issue 16 item 4): a redirected request handed to its practice, a task in the
 * practice's clinicians' view until one of them acknowledges it; and a referring clinician's own
 * referrals with what became of them. Every function that reads patient tables takes an
 * AuditedTransaction.
 */
import type { AuditedTransaction, LookupTransaction } from '../access/patient-access.js';

export interface NewHandover {
  readonly requestId: string;
  readonly practiceId: string;
  readonly receiver: 'gp' | 'other_team';
  readonly team: string | null;
  readonly by: string;
  readonly at: Date;
}

export async function insertHandover(trx: AuditedTransaction, h: NewHandover): Promise<string> {
  const row = await trx
    .insertInto('handovers')
    .values({
      request_id: h.requestId,
      practice_id: h.practiceId,
      receiver: h.receiver,
      team: h.team,
      handed_over_by: h.by,
      handed_over_at: h.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The e-mail addresses of the active clinicians (GPs) who belong to a practice. */
export async function practiceClinicianEmails(
  trx: AuditedTransaction,
  practiceId: string,
): Promise<string[]> {
  const rows = await trx
    .selectFrom('users')
    .innerJoin('user_organisations', 'user_organisations.user_id', 'users.id')
    .select('users.email')
    .where('user_organisations.organisation_id', '=', practiceId)
    .where('users.active', '=', true)
    .where((eb) => eb(eb.val('clinician'), '=', eb.fn.any('users.roles')))
    .orderBy('users.email')
    .execute();
  return rows.map((r) => r.email);
}

export async function userEmail(
  trx: AuditedTransaction,
  userId: string,
): Promise<{ email: string; active: boolean } | undefined> {
  return trx
    .selectFrom('users')
    .select(['email', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** The practice a handover belongs to: what the access module checks scope against. */
export async function practiceOfHandover(
  trx: LookupTransaction,
  id: string,
): Promise<string | undefined> {
  const row = await trx
    .selectFrom('handovers')
    .select('practice_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.practice_id;
}

export async function findHandover(trx: AuditedTransaction, id: string) {
  return trx
    .selectFrom('handovers')
    .innerJoin('requests', 'requests.id', 'handovers.request_id')
    .select([
      'handovers.id',
      'handovers.request_id',
      'handovers.acknowledged_at',
      'requests.reference',
      'handovers.handed_over_by',
    ])
    .where('handovers.id', '=', id)
    .executeTakeFirst();
}

/** Mark a handover acknowledged, once: false when someone already has. */
export async function markHandoverAcknowledged(
  trx: AuditedTransaction,
  id: string,
  by: string,
  at: Date,
): Promise<boolean> {
  const row = await trx
    .updateTable('handovers')
    .set({ acknowledged_at: at, acknowledged_by: by })
    .where('id', '=', id)
    .where('acknowledged_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** How many handovers the view lists at most (open ones first). */
export const HANDOVER_LIST_LIMIT = 100;

/** Handovers to the practices in scope: open ones first, then the most recent. */
export async function listHandovers(trx: AuditedTransaction, scope: readonly string[]) {
  if (scope.length === 0) return [];
  return trx
    .selectFrom('handovers')
    .innerJoin('requests', 'requests.id', 'handovers.request_id')
    .innerJoin('people', 'people.id', 'requests.person_id')
    .innerJoin('organisations', 'organisations.id', 'handovers.practice_id')
    .leftJoin('users as sender', 'sender.id', 'handovers.handed_over_by')
    .leftJoin('users as acknowledger', 'acknowledger.id', 'handovers.acknowledged_by')
    .select([
      'handovers.id',
      'handovers.request_id',
      'handovers.receiver',
      'handovers.team',
      'handovers.handed_over_at',
      'handovers.acknowledged_at',
      'requests.reference',
      'requests.urgency',
      'people.given_name',
      'people.family_name',
      'people.date_of_birth',
      'organisations.name as practice_name',
      'sender.name as handed_over_by_name',
      'acknowledger.name as acknowledged_by_name',
    ])
    .where('handovers.practice_id', 'in', [...scope])
    .orderBy((eb) => eb.case().when('handovers.acknowledged_at', 'is', null).then(0).else(1).end())
    .orderBy('handovers.handed_over_at', 'desc')
    .orderBy('handovers.id')
    .limit(HANDOVER_LIST_LIMIT)
    .execute();
}

/** The handovers of one request, oldest first (the request page shows them). */
export async function handoversOfRequest(trx: AuditedTransaction, requestId: string) {
  return trx
    .selectFrom('handovers')
    .leftJoin('users as acknowledger', 'acknowledger.id', 'handovers.acknowledged_by')
    .select([
      'handovers.id',
      'handovers.receiver',
      'handovers.team',
      'handovers.handed_over_at',
      'handovers.acknowledged_at',
      'acknowledger.name as acknowledged_by_name',
    ])
    .where('handovers.request_id', '=', requestId)
    .orderBy('handovers.handed_over_at')
    .execute();
}

/** The requests a clinician referred (submitted by them), newest first, with their episode. */
export async function referralsBy(trx: AuditedTransaction, userId: string, limit: number) {
  return trx
    .selectFrom('requests')
    .innerJoin('people', 'people.id', 'requests.person_id')
    .leftJoin('episodes', 'episodes.request_id', 'requests.id')
    .select([
      'requests.id',
      'requests.reference',
      'requests.status',
      'requests.received_at',
      'requests.acted_at',
      'requests.pathway',
      'people.given_name',
      'people.family_name',
      'people.date_of_birth',
      'episodes.status as episode_status',
      'episodes.closed_at as episode_closed_at',
    ])
    .where('requests.submitted_by', '=', userId)
    .orderBy('requests.received_at', 'desc')
    .orderBy('requests.id')
    .limit(limit)
    .execute();
}
