/**
 * The episode record in the database: entries, their versions, and questionnaire links. Only
 * the access module opens the transactions these functions take (`AuditedTransaction`).
 */
import { sql } from 'kysely';
import type { AuditedTransaction } from '../access/patient-access.js';

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

/** True when anything has been written in the episode's record. */
export async function episodeHasEntries(trx: AuditedTransaction, episodeId: string) {
  const row = await trx
    .selectFrom('record_entries')
    .select('id')
    .where('episode_id', '=', episodeId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

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
  e: {
    episodeId: string;
    kind: string;
    data: unknown;
    scores: unknown;
    author: Author;
    /** When it was written: the injected clock's now. */
    at: Date;
  },
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
      created_at: e.at,
      updated_at: e.at,
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
  e: { data: unknown; scores: unknown; author: Author; at: Date },
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
      changed_at: e.at,
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
