/**
 * Episodes of care in the database, from opening (at the first booking) to closing (at
 * discharge): the one episode repository. Only the access module opens the transactions these
 * functions take (`AuditedTransaction`, or `LookupTransaction` for the organisation lookup).
 */
import { SESSION_USING_STATUSES, type Pathway, type Tier } from '@everyday/core';
import { sql } from 'kysely';
import type { AuditedTransaction, LookupTransaction } from '../access/patient-access.js';

/** The organisation an episode belongs to (the person's practice), for the access check. */
export async function practiceOfEpisode(
  trx: LookupTransaction,
  episodeId: string,
): Promise<string | undefined> {
  const row = await trx
    .selectFrom('episodes')
    .select('practice_id')
    .where('id', '=', episodeId)
    .executeTakeFirst();
  return row?.practice_id;
}

/** The access module's organisation lookup for an episode. */
export function episodeOrganisation(episodeId: string) {
  return { lookup: (trx: LookupTransaction) => practiceOfEpisode(trx, episodeId) };
}

export async function openEpisodeFor(trx: AuditedTransaction, requestId: string) {
  return trx
    .selectFrom('episodes')
    .selectAll()
    .where('request_id', '=', requestId)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

export async function insertEpisode(
  trx: AuditedTransaction,
  e: {
    personId: string;
    requestId: string;
    practiceId: string;
    pathway: Pathway;
    tier: Tier;
    leadOtId: string | null;
    sessionLimit: number;
    /** When it opened: the injected clock's now. */
    openedAt: Date;
  },
) {
  return trx
    .insertInto('episodes')
    .values({
      person_id: e.personId,
      request_id: e.requestId,
      practice_id: e.practiceId,
      pathway: e.pathway,
      tier: e.tier,
      lead_ot_id: e.leadOtId,
      session_limit: e.sessionLimit,
      opened_at: e.openedAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function requestOfEpisode(
  trx: AuditedTransaction,
  episodeId: string,
): Promise<string | null> {
  return (
    (
      await trx
        .selectFrom('episodes')
        .select('request_id')
        .where('id', '=', episodeId)
        .executeTakeFirst()
    )?.request_id ?? null
  );
}

export async function episodeForRecord(trx: AuditedTransaction, episodeId: string) {
  return trx
    .selectFrom('episodes as e')
    .innerJoin('people as p', 'p.id', 'e.person_id')
    .innerJoin('organisations as o', 'o.id', 'e.practice_id')
    .leftJoin('users as u', 'u.id', 'e.lead_ot_id')
    .leftJoin('requests as r', 'r.id', 'e.request_id')
    .leftJoin('organisations as parent', 'parent.id', 'o.parent_id')
    .select([
      'parent.name as parent_name',
      'e.id',
      'e.pathway',
      'e.tier',
      'e.status',
      'e.opened_at',
      'e.closed_at',
      'e.session_limit',
      'e.request_id',
      'u.name as lead_ot',
      'p.id as person_id',
      'p.given_name',
      'p.family_name',
      'p.date_of_birth',
      'p.nhs_number',
      'p.phone',
      'p.email',
      'p.preferred_contact',
      'p.preferred_language',
      'p.access_needs',
      'p.interpreter_language',
      'o.name as practice_name',
      'o.ods_code as practice_ods',
      'r.reference',
      'r.answers',
    ])
    .select((eb) =>
      eb
        .selectFrom('appointments as a')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('a.episode_id', '=', 'e.id')
        .where('a.status', 'in', SESSION_USING_STATUSES)
        .as('sessions_used'),
    )
    .where('e.id', '=', episodeId)
    .executeTakeFirst();
}

export async function flagEpisodeForReview(
  trx: AuditedTransaction,
  episodeId: string,
  reason: string,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('episodes')
    .set({ review_flagged_at: at, review_reason: reason })
    .where('id', '=', episodeId)
    .where('review_flagged_at', 'is', null)
    .execute();
}

export async function closeEpisode(trx: AuditedTransaction, episodeId: string, at: Date) {
  await trx
    .updateTable('episodes')
    .set({ status: 'closed', closed_at: at })
    .where('id', '=', episodeId)
    .execute();
}

export interface EpisodeListFilter {
  readonly scope: readonly string[];
  readonly status: 'open' | 'closed' | 'all';
  readonly pathway: Pathway | undefined;
  readonly limit: number;
  readonly offset: number;
}

export async function listEpisodes(trx: AuditedTransaction, f: EpisodeListFilter) {
  if (f.scope.length === 0) return { rows: [], total: 0 };
  let query = trx
    .selectFrom('episodes as e')
    .innerJoin('people as p', 'p.id', 'e.person_id')
    .innerJoin('organisations as o', 'o.id', 'e.practice_id')
    .leftJoin('users as u', 'u.id', 'e.lead_ot_id')
    .where('e.practice_id', 'in', [...f.scope]);
  if (f.status !== 'all') query = query.where('e.status', '=', f.status);
  if (f.pathway) query = query.where('e.pathway', '=', f.pathway);
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .select([
      'e.id',
      'e.pathway',
      'e.tier',
      'e.status',
      'e.opened_at',
      'e.closed_at',
      'p.given_name',
      'p.family_name',
      'o.name as practice',
      'u.name as lead_ot',
    ])
    .orderBy('e.opened_at', 'desc')
    .orderBy('e.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { rows, total: total.n };
}
