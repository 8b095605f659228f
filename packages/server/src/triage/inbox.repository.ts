/** Reading requests for the triage inbox and the request page. Every function takes an AuditedTransaction. */
import { sql } from 'kysely';
import type { AuditedTransaction } from '../access/patient-access.js';
import {
  OPEN_STATUSES,
  type ClearableFlag,
  type TFlagCleared,
  type TInboxQuery,
} from './inbox.schema.js';

export const INBOX_PAGE_SIZE = 50;

/**
 * Booked directly from the referral form (the front door accepted it, issue 16 item 1) and not yet
 * confirmed by an OT: it keeps its place on the waiting list, and its appointment if it has one,
 * but stays in the inbox until an OT confirms it (an `accept` by a user after the front door's).
 */
export function awaitingConfirmation(_trx: AuditedTransaction) {
  return sql<boolean>`(requests.status IN ('waiting', 'booked')
    AND EXISTS (SELECT 1 FROM request_events AS direct_accept
      WHERE direct_accept.request_id = requests.id AND direct_accept.action = 'accept'
        AND direct_accept.user_id IS NULL AND direct_accept.details->>'direct' = 'true')
    AND NOT EXISTS (SELECT 1 FROM request_events AS ot_accept
      WHERE ot_accept.request_id = requests.id AND ot_accept.action = 'accept'
        AND ot_accept.user_id IS NOT NULL))`;
}

/** The statuses in which a request is still with the service: asked, or waiting, or booked. */
const LIVE_STATUSES = sql`('received', 'awaiting_info', 'waiting', 'booked')`;

/**
 * How many other live requests may be the same person's: the same person record (an NHS number
 * match links), or a person flagged as possibly the same (name and date of birth) either way.
 */
export function duplicateRequestCount(_trx: AuditedTransaction) {
  return sql<number>`(SELECT count(*)::int FROM requests AS other
    WHERE other.id <> requests.id AND other.status IN ${LIVE_STATUSES}
      AND (other.person_id = requests.person_id
        OR other.person_id = ANY(requests.possible_duplicate_ids)
        OR requests.person_id = ANY(other.possible_duplicate_ids)))`;
}

function inboxBase(
  trx: AuditedTransaction,
  scope: readonly string[],
  q: Omit<TInboxQuery, 'page'>,
  today: string,
) {
  let query = trx
    .selectFrom('requests')
    .innerJoin('people', 'people.id', 'requests.person_id')
    .innerJoin('organisations', 'organisations.id', 'requests.practice_id')
    .where(
      'requests.practice_id',
      'in',
      scope.length > 0 ? [...scope] : ['00000000-0000-0000-0000-000000000000'],
    );
  if (q.status === 'open')
    query = query.where((eb) =>
      eb.or([
        eb('requests.status', 'in', [...OPEN_STATUSES]),
        eb(awaitingConfirmation(trx), '=', true),
      ]),
    );
  if (q.status === 'confirm') query = query.where(awaitingConfirmation(trx), '=', true);
  if (q.status === 'closed') query = query.where('requests.status', 'not in', [...OPEN_STATUSES]);
  const pathway = q.pathway;
  if (pathway)
    query = query.where((eb) =>
      eb(eb.fn.coalesce('requests.pathway', 'requests.suggested_pathway'), '=', pathway),
    );
  if (q.practiceId) query = query.where('requests.practice_id', '=', q.practiceId);
  if (q.route) query = query.where('requests.route', '=', q.route);
  if (q.safeguarding !== undefined)
    query = query.where('requests.safeguarding', '=', q.safeguarding);
  if (q.ageBand) {
    const age = sql<number>`date_part('year', age(${today}::date, people.date_of_birth))`;
    const band = q.ageBand;
    switch (band) {
      case 'under_18':
        query = query.where(age, '<', 18);
        break;
      case '18_to_64':
        query = query.where(age, '>=', 18).where(age, '<', 65);
        break;
      case '65_plus':
        query = query.where(age, '>=', 65);
        break;
    }
  }
  return query;
}

export async function countInbox(
  trx: AuditedTransaction,
  scope: readonly string[],
  q: Omit<TInboxQuery, 'page'>,
  today: string,
): Promise<number> {
  const row = await inboxBase(trx, scope, q, today)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** What the inbox and the request page show of the person, the practice and who holds it. */
const REQUEST_ROW_NAMES = [
  'people.given_name',
  'people.family_name',
  'people.date_of_birth',
  'people.nhs_number',
  'organisations.name as practice_name',
  'lead.name as safeguarding_lead_name',
  'acknowledger.name as acknowledged_by_name',
] as const;

/** Beside the request's own columns: whether it awaits an OT's confirmation, and its possible duplicates. */
function derived(trx: AuditedTransaction) {
  return [
    awaitingConfirmation(trx).as('needs_confirmation'),
    duplicateRequestCount(trx).as('duplicate_request_count'),
  ] as const;
}

/** An open crisis request is pinned to the top of the inbox. */
function pinned() {
  return sql<boolean>`requests.status IN ('received', 'awaiting_info') AND requests.urgency = 'crisis'`.as(
    'pinned',
  );
}

/**
 * The page of the inbox. `me` is the caller: open safeguarding concerns routed to them come
 * first of all, then open crisis requests (pinned until someone acts), then open concerns routed
 * to no one in particular; then urgency; then longest waiting.
 */
export async function listInbox(
  trx: AuditedTransaction,
  scope: readonly string[],
  q: TInboxQuery,
  today: string,
  me: string,
) {
  const { page, ...filters } = q;
  const open = sql`requests.status IN ('received', 'awaiting_info')`;
  return inboxBase(trx, scope, filters, today)
    .leftJoin('users as lead', 'lead.id', 'requests.safeguarding_lead_id')
    .leftJoin('users as acknowledger', 'acknowledger.id', 'requests.acknowledged_by')
    .selectAll('requests')
    .select([...REQUEST_ROW_NAMES, pinned(), ...derived(trx)])
    .orderBy(
      sql`CASE
          WHEN ${open} AND requests.safeguarding AND requests.safeguarding_lead_id = ${me} THEN 0
          WHEN ${open} AND requests.urgency = 'crisis' THEN 1
          WHEN ${open} AND requests.safeguarding AND requests.safeguarding_lead_id IS NULL THEN 2
          ELSE 3 END`,
    )
    .orderBy(sql`CASE requests.urgency WHEN 'crisis' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END`)
    .orderBy('requests.received_at', 'asc')
    .orderBy('requests.id')
    .limit(INBOX_PAGE_SIZE)
    .offset((page - 1) * INBOX_PAGE_SIZE)
    .execute();
}

export type InboxRow = Awaited<ReturnType<typeof listInbox>>[number];

export async function findRequestWithPerson(
  trx: AuditedTransaction,
  id: string,
): Promise<InboxRow | undefined> {
  return trx
    .selectFrom('requests')
    .innerJoin('people', 'people.id', 'requests.person_id')
    .innerJoin('organisations', 'organisations.id', 'requests.practice_id')
    .leftJoin('users as lead', 'lead.id', 'requests.safeguarding_lead_id')
    .leftJoin('users as acknowledger', 'acknowledger.id', 'requests.acknowledged_by')
    .selectAll('requests')
    .select([...REQUEST_ROW_NAMES, pinned(), ...derived(trx)])
    .where('requests.id', '=', id)
    .executeTakeFirst();
}

export async function peopleByIds(trx: AuditedTransaction, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return trx
    .selectFrom('people')
    .innerJoin('organisations', 'organisations.id', 'people.registered_practice_id')
    .select([
      'people.id',
      'people.given_name',
      'people.family_name',
      'people.date_of_birth',
      'people.nhs_number',
      'organisations.name as practice_name',
    ])
    .where('people.id', 'in', [...ids])
    .execute();
}

/** The flags cleared on each request, in order, with the reason and who cleared it. */
export async function flagsClearedOf(
  trx: AuditedTransaction,
  requestIds: readonly string[],
): Promise<Map<string, TFlagCleared[]>> {
  const byRequest = new Map<string, TFlagCleared[]>();
  if (requestIds.length === 0) return byRequest;
  const rows = await trx
    .selectFrom('request_events')
    .leftJoin('users', 'users.id', 'request_events.user_id')
    .select([
      'request_events.request_id',
      'request_events.at',
      'request_events.details',
      'users.name as by',
    ])
    .where('request_events.request_id', 'in', [...requestIds])
    .where('request_events.action', '=', 'clear_flag')
    .orderBy('request_events.id')
    .execute();
  for (const row of rows) {
    const details = row.details as { flag: ClearableFlag; reason: string };
    const list = byRequest.get(row.request_id) ?? [];
    list.push({ flag: details.flag, reason: details.reason, by: row.by, at: row.at.toISOString() });
    byRequest.set(row.request_id, list);
  }
  return byRequest;
}

/**
 * A request held (row lock) while an OT confirms it: its pathway and tier, and whether it still
 * awaits confirmation. Undefined when there is no such request.
 */
export async function lockForConfirmation(trx: AuditedTransaction, id: string) {
  await trx.selectFrom('requests').select('id').where('id', '=', id).forUpdate().execute();
  return trx
    .selectFrom('requests')
    .select(['requests.pathway', 'requests.tier', awaitingConfirmation(trx).as('awaiting')])
    .where('requests.id', '=', id)
    .executeTakeFirst();
}
