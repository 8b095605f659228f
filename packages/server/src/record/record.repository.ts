/**
 * The episode record in the database: entries, their versions, and questionnaire links. Only
 * the access module opens the transactions these functions take (`AuditedTransaction`).
 */
import type { Pathway } from '@everyday/core';
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
        .where('a.status', 'in', ['booked', 'attended'])
        .as('sessions_used'),
    )
    .where('e.id', '=', episodeId)
    .executeTakeFirst();
}

const entryColumns = [
  'id',
  'episode_id',
  'kind',
  'version',
  'data',
  'scores',
  'created_by',
  'created_by_label',
  'created_at',
  'updated_by_label',
  'updated_at',
] as const;

export async function entriesOfEpisode(trx: AuditedTransaction, episodeId: string) {
  return trx
    .selectFrom('record_entries')
    .select(entryColumns)
    .where('episode_id', '=', episodeId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export type EntryRow = Awaited<ReturnType<typeof entriesOfEpisode>>[number];

/** One entry, locked for update when it is about to be edited. */
export async function findEntry(
  trx: AuditedTransaction,
  episodeId: string,
  entryId: string,
  forUpdate = false,
): Promise<EntryRow | undefined> {
  const query = trx
    .selectFrom('record_entries')
    .select(entryColumns)
    .where('id', '=', entryId)
    .where('episode_id', '=', episodeId);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

export interface Author {
  readonly userId: string | null;
  readonly label: string;
}

export async function insertEntry(
  trx: AuditedTransaction,
  e: { episodeId: string; kind: string; data: unknown; scores: unknown; author: Author },
): Promise<EntryRow> {
  const row = await trx
    .insertInto('record_entries')
    .values({
      episode_id: e.episodeId,
      kind: e.kind,
      data: JSON.stringify(e.data),
      scores: JSON.stringify(e.scores),
      created_by: e.author.userId,
      created_by_label: e.author.label,
      updated_by: e.author.userId,
      updated_by_label: e.author.label,
    })
    .returning(entryColumns)
    .executeTakeFirstOrThrow();
  await insertVersion(trx, row.id, 1, e, []);
  return row;
}

async function insertVersion(
  trx: AuditedTransaction,
  entryId: string,
  version: number,
  e: { data: unknown; scores: unknown; author: Author },
  changed: readonly string[],
): Promise<void> {
  await trx
    .insertInto('record_entry_versions')
    .values({
      entry_id: entryId,
      version,
      data: JSON.stringify(e.data),
      scores: JSON.stringify(e.scores),
      changed_fields: [...changed],
      changed_by: e.author.userId,
      changed_by_label: e.author.label,
    })
    .execute();
}

/** Save a new version; the caller has checked the base version under a row lock. */
export async function updateEntry(
  trx: AuditedTransaction,
  e: {
    entryId: string;
    version: number;
    data: unknown;
    scores: unknown;
    author: Author;
    changed: readonly string[];
    /** When it was saved (the clock's now). */
    at: Date;
  },
): Promise<EntryRow> {
  const row = await trx
    .updateTable('record_entries')
    .set({
      version: e.version,
      data: JSON.stringify(e.data),
      scores: JSON.stringify(e.scores),
      updated_by: e.author.userId,
      updated_by_label: e.author.label,
      updated_at: e.at,
    })
    .where('id', '=', e.entryId)
    .where('version', '=', e.version - 1)
    .returning(entryColumns)
    .executeTakeFirstOrThrow();
  await insertVersion(trx, e.entryId, e.version, e, e.changed);
  return row;
}

export async function entryVersions(trx: AuditedTransaction, entryId: string) {
  return trx
    .selectFrom('record_entry_versions')
    .select(['version', 'data', 'changed_fields', 'changed_by_label', 'changed_at'])
    .where('entry_id', '=', entryId)
    .orderBy('version', 'desc')
    .execute();
}

export async function closeEpisode(trx: AuditedTransaction, episodeId: string, at: Date) {
  await trx
    .updateTable('episodes')
    .set({ status: 'closed', closed_at: at })
    .where('id', '=', episodeId)
    .execute();
}

/** The latest HCPC number this user gave on a Health and Work Report, to fill the next one. */
export async function lastHcpcNumber(
  trx: AuditedTransaction,
  userId: string,
): Promise<string | null> {
  const row = await trx
    .selectFrom('record_entries')
    .select(sql<string>`data->'practitioner'->>'hcpcNumber'`.as('hcpc'))
    .where('kind', '=', 'health_work_report')
    .where('created_by', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.hcpc ?? null;
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
