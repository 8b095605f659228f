/** Reading requests for the triage inbox and the request page. Every function takes an AuditedTransaction. */
import { sql } from 'kysely';
import type { AuditedTransaction } from '../access/patient-access.js';
import { OPEN_STATUSES, type TInboxQuery } from './inbox.schema.js';

export const INBOX_PAGE_SIZE = 50;

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
  if (q.status === 'open') query = query.where('requests.status', 'in', [...OPEN_STATUSES]);
  if (q.status === 'closed') query = query.where('requests.status', 'not in', [...OPEN_STATUSES]);
  const pathway = q.pathway;
  if (pathway)
    query = query.where((eb) =>
      eb(eb.fn.coalesce('requests.pathway', 'requests.suggested_pathway'), '=', pathway),
    );
  if (q.practiceId) query = query.where('requests.practice_id', '=', q.practiceId);
  if (q.route) query = query.where('requests.route', '=', q.route);
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

export async function listInbox(
  trx: AuditedTransaction,
  scope: readonly string[],
  q: TInboxQuery,
  today: string,
) {
  const { page, ...filters } = q;
  return (
    inboxBase(trx, scope, filters, today)
      .selectAll('requests')
      .select([
        'people.given_name',
        'people.family_name',
        'people.date_of_birth',
        'people.nhs_number',
        'organisations.name as practice_name',
        sql<boolean>`requests.status IN ('received', 'awaiting_info') AND requests.urgency = 'crisis'`.as(
          'pinned',
        ),
      ])
      // Open crisis requests stay pinned at the top until someone acts; then urgency; then longest waiting.
      .orderBy(
        sql`CASE WHEN requests.status IN ('received', 'awaiting_info') AND requests.urgency = 'crisis' THEN 0 ELSE 1 END`,
      )
      .orderBy(sql`CASE requests.urgency WHEN 'crisis' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END`)
      .orderBy('requests.received_at', 'asc')
      .orderBy('requests.id')
      .limit(INBOX_PAGE_SIZE)
      .offset((page - 1) * INBOX_PAGE_SIZE)
      .execute()
  );
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
    .selectAll('requests')
    .select([
      'people.given_name',
      'people.family_name',
      'people.date_of_birth',
      'people.nhs_number',
      'organisations.name as practice_name',
      sql<boolean>`requests.status IN ('received', 'awaiting_info') AND requests.urgency = 'crisis'`.as(
        'pinned',
      ),
    ])
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
