/**
 * The evidence dashboard's reads (issue 12): requests, appointments, discharged episodes with
 * their record entries, and experience questionnaires, for a period, within the caller's
 * organisations (`scope`) and the lead's filters (practice, pathway). Each row carries the
 * groups its person falls in, never who they are. Only the access module opens the
 * transactions these take; the same SQL runs on PGlite and PostgreSQL.
 */
import { sql } from 'kysely';
import type { Pathway } from '@everyday/core';
import type { AuditedTransaction } from '../access/patient-access.js';

export interface EvidenceFilter {
  readonly scope: readonly string[];
  /** The period's first instant (start of its first London day) and the instant after it. */
  readonly from: Date;
  readonly until: Date;
  readonly practiceId: string | null;
  readonly pathway: Pathway | null;
}

const personColumns = [
  'people.sex',
  'people.ethnicity',
  'people.date_of_birth',
  'people.imd_decile',
  'people.deprivation_index',
] as const;

/** The practices the caller covers, with their registered list sizes. */
export async function evidencePractices(trx: AuditedTransaction, scope: readonly string[]) {
  if (scope.length === 0) return [];
  return trx
    .selectFrom('organisations')
    .select(['id', 'name', 'list_size'])
    .where('kind', '=', 'practice')
    .where('id', 'in', [...scope])
    .orderBy('name')
    .execute();
}

/**
 * Requests that bear on the period: received before its end and either received in it, triaged
 * in it, or still open (waiting, booked, not yet triaged) — the trend counts who waits. Each
 * with its first attended appointment and when its episode closed.
 */
export async function evidenceRequests(trx: AuditedTransaction, f: EvidenceFilter) {
  if (f.scope.length === 0) return [];
  let query = trx
    .selectFrom('requests')
    .innerJoin('people', 'people.id', 'requests.person_id')
    .select([
      'requests.person_id',
      'requests.received_at',
      'requests.acted_at',
      'requests.status',
      'requests.route',
      'requests.channel',
      'requests.practice_id',
      sql<Pathway>`coalesce(requests.pathway, requests.suggested_pathway)`.as('pathway'),
      ...personColumns,
      (eb) =>
        eb
          .selectFrom('appointments')
          .innerJoin('episodes', 'episodes.id', 'appointments.episode_id')
          .select((e) => e.fn.min('appointments.starts_at').as('first'))
          .whereRef('episodes.request_id', '=', 'requests.id')
          .where('appointments.status', '=', 'attended')
          .as('first_attended_at'),
      (eb) =>
        eb
          .selectFrom('episodes')
          .select((e) => e.fn.max('episodes.closed_at').as('closed'))
          .whereRef('episodes.request_id', '=', 'requests.id')
          .as('closed_at'),
    ])
    .where('requests.practice_id', 'in', [...f.scope])
    .where('requests.received_at', '<', f.until)
    .where((eb) =>
      eb.or([
        eb('requests.received_at', '>=', f.from),
        eb('requests.acted_at', '>=', f.from),
        eb('requests.status', 'in', ['received', 'awaiting_info', 'waiting', 'booked']),
      ]),
    );
  if (f.practiceId) query = query.where('requests.practice_id', '=', f.practiceId);
  if (f.pathway) {
    query = query.where(
      sql<Pathway>`coalesce(requests.pathway, requests.suggested_pathway)`,
      '=',
      f.pathway,
    );
  }
  return query.execute();
}

/** Appointments in the period, with their episode's pathway and request's route. */
export async function evidenceAppointments(trx: AuditedTransaction, f: EvidenceFilter) {
  if (f.scope.length === 0) return [];
  let query = trx
    .selectFrom('appointments')
    .innerJoin('episodes', 'episodes.id', 'appointments.episode_id')
    .innerJoin('people', 'people.id', 'appointments.person_id')
    .innerJoin('slots', 'slots.id', 'appointments.slot_id')
    .leftJoin('requests', 'requests.id', 'episodes.request_id')
    .select([
      'appointments.starts_at',
      'appointments.status',
      'slots.ot_id',
      'appointments.practice_id',
      'episodes.pathway',
      'requests.route',
      'requests.channel',
      'requests.received_at',
      ...personColumns,
    ])
    .where('appointments.practice_id', 'in', [...f.scope])
    .where('appointments.starts_at', '>=', f.from)
    .where('appointments.starts_at', '<', f.until);
  if (f.practiceId) query = query.where('appointments.practice_id', '=', f.practiceId);
  if (f.pathway) query = query.where('episodes.pathway', '=', f.pathway);
  return query.execute();
}

/**
 * Each episode's first and second attended appointments, for episodes whose second was in the
 * period (the "hidden wait").
 */
export async function evidenceContactPairs(trx: AuditedTransaction, f: EvidenceFilter) {
  if (f.scope.length === 0) return [];
  const ranked = trx
    .selectFrom('appointments')
    .select([
      'appointments.episode_id',
      'appointments.starts_at',
      sql<number>`row_number() over (partition by appointments.episode_id order by appointments.starts_at)`.as(
        'n',
      ),
    ])
    .where('appointments.status', '=', 'attended')
    .where('appointments.practice_id', 'in', [...f.scope])
    .where('appointments.starts_at', '<', f.until)
    .as('ranked');
  let query = trx
    .selectFrom(ranked)
    .innerJoin('episodes', 'episodes.id', 'ranked.episode_id')
    .innerJoin('people', 'people.id', 'episodes.person_id')
    .leftJoin('requests', 'requests.id', 'episodes.request_id')
    .select([
      sql<Date>`min(case when ranked.n = 1 then ranked.starts_at end)`.as('first_at'),
      sql<Date | null>`min(case when ranked.n = 2 then ranked.starts_at end)`.as('second_at'),
      'episodes.practice_id',
      'episodes.pathway',
      'requests.route',
      'requests.channel',
      'requests.received_at',
      ...personColumns,
    ])
    .where('ranked.n', '<=', 2)
    .groupBy([
      'ranked.episode_id',
      'episodes.practice_id',
      'episodes.pathway',
      'requests.route',
      'requests.channel',
      'requests.received_at',
      ...personColumns,
    ])
    .having(sql<Date>`min(case when ranked.n = 2 then ranked.starts_at end)`, '>=', f.from);
  if (f.practiceId) query = query.where('episodes.practice_id', '=', f.practiceId);
  if (f.pathway) query = query.where('episodes.pathway', '=', f.pathway);
  return query.execute();
}

/** Episodes closed with a discharge in the period, with their attended appointments counted. */
export async function evidenceDischargedEpisodes(trx: AuditedTransaction, f: EvidenceFilter) {
  if (f.scope.length === 0) return [];
  let query = trx
    .selectFrom('episodes')
    .innerJoin('people', 'people.id', 'episodes.person_id')
    .leftJoin('requests', 'requests.id', 'episodes.request_id')
    .select([
      'episodes.id',
      'episodes.closed_at',
      'episodes.practice_id',
      'episodes.pathway',
      'requests.route',
      'requests.channel',
      'requests.received_at',
      ...personColumns,
      (eb) =>
        eb
          .selectFrom('appointments')
          .select((e) => e.fn.countAll<string>().as('n'))
          .whereRef('appointments.episode_id', '=', 'episodes.id')
          .where('appointments.status', '=', 'attended')
          .as('attended'),
      // Attended appointments whose contact entry (written from the diary) records its minutes,
      // and those minutes: the latest such entry per appointment.
      sql<string | number | null>`(
        select count(*) from appointments ma
        where ma.episode_id = episodes.id and ma.status = 'attended' and exists (
          select 1 from record_entries mc
          where mc.episode_id = episodes.id and mc.kind = 'contact'
            and mc.data->>'appointmentId' = ma.id::text
            and jsonb_typeof(mc.data->'minutes') = 'number'))`.as('minutes_contacts'),
      sql<string | number | null>`(
        select sum((
          select (mc.data->>'minutes')::numeric from record_entries mc
          where mc.episode_id = episodes.id and mc.kind = 'contact'
            and mc.data->>'appointmentId' = ma.id::text
            and jsonb_typeof(mc.data->'minutes') = 'number'
          order by mc.created_at desc, mc.id desc limit 1))
        from appointments ma
        where ma.episode_id = episodes.id and ma.status = 'attended')`.as('minutes_recorded'),
    ])
    .where('episodes.practice_id', 'in', [...f.scope])
    .where('episodes.status', '=', 'closed')
    .where('episodes.closed_at', '>=', f.from)
    .where('episodes.closed_at', '<', f.until)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('record_entries')
          .select('record_entries.id')
          .whereRef('record_entries.episode_id', '=', 'episodes.id')
          .where('record_entries.kind', '=', 'discharge'),
      ),
    );
  if (f.practiceId) query = query.where('episodes.practice_id', '=', f.practiceId);
  if (f.pathway) query = query.where('episodes.pathway', '=', f.pathway);
  return query.execute();
}

/**
 * The record entries of the episodes `evidenceDischargedEpisodes` reads (closed in the period,
 * within the scope and filters), oldest first: one query joined on the same conditions, rather
 * than a list of ids, which at a large service's size would pass PostgreSQL's parameter limit.
 */
export async function evidenceEntries(trx: AuditedTransaction, f: EvidenceFilter) {
  if (f.scope.length === 0) return [];
  let query = trx
    .selectFrom('record_entries')
    .innerJoin('episodes', 'episodes.id', 'record_entries.episode_id')
    .select([
      'record_entries.id',
      'record_entries.episode_id',
      'record_entries.kind',
      'record_entries.version',
      'record_entries.data',
      'record_entries.scores',
      'record_entries.created_by',
      'record_entries.created_by_label',
      'record_entries.created_at',
      'record_entries.updated_by_label',
      'record_entries.updated_at',
    ])
    .where('episodes.practice_id', 'in', [...f.scope])
    .where('episodes.status', '=', 'closed')
    .where('episodes.closed_at', '>=', f.from)
    .where('episodes.closed_at', '<', f.until);
  if (f.practiceId) query = query.where('episodes.practice_id', '=', f.practiceId);
  if (f.pathway) query = query.where('episodes.pathway', '=', f.pathway);
  return query.orderBy('record_entries.created_at').orderBy('record_entries.id').execute();
}

/** Experience questionnaires (PREMs) completed in the period (London dates, inclusive). */
export async function evidencePrems(
  trx: AuditedTransaction,
  f: EvidenceFilter,
  period: { readonly from: string; readonly to: string },
) {
  if (f.scope.length === 0) return [];
  let query = trx
    .selectFrom('record_entries')
    .innerJoin('episodes', 'episodes.id', 'record_entries.episode_id')
    .innerJoin('people', 'people.id', 'episodes.person_id')
    .leftJoin('requests', 'requests.id', 'episodes.request_id')
    .select([
      sql<string>`record_entries.data->>'completedOn'`.as('completed_on'),
      sql<string | null>`record_entries.data->'answers'->>'experience'`.as('experience'),
      sql<string | null>`record_entries.data->'answers'->>'why'`.as('why'),
      'episodes.practice_id',
      'episodes.pathway',
      'requests.route',
      'requests.channel',
      'requests.received_at',
      ...personColumns,
    ])
    .where('episodes.practice_id', 'in', [...f.scope])
    .where('record_entries.kind', '=', 'questionnaire')
    .where(sql<string>`record_entries.data->>'kind'`, '=', 'prem')
    .where(sql<string>`record_entries.data->>'completedOn'`, '>=', period.from)
    .where(sql<string>`record_entries.data->>'completedOn'`, '<=', period.to);
  if (f.practiceId) query = query.where('episodes.practice_id', '=', f.practiceId);
  if (f.pathway) query = query.where('episodes.pathway', '=', f.pathway);
  return query.execute();
}

/** Who a person is, for the list of people behind a figure (an OT's read only). */
const identityColumns = [
  'people.id as person_id',
  'people.given_name',
  'people.family_name',
  'people.nhs_number',
] as const;

/** Requests received in the period, with who asked: the people behind "requests received". */
export async function evidencePeopleRequests(trx: AuditedTransaction, f: EvidenceFilter) {
  if (f.scope.length === 0) return [];
  let query = trx
    .selectFrom('requests')
    .innerJoin('people', 'people.id', 'requests.person_id')
    .select([
      ...identityColumns,
      'requests.id as request_id',
      'requests.received_at',
      'requests.route',
      'requests.channel',
      'requests.practice_id',
      sql<Pathway>`coalesce(requests.pathway, requests.suggested_pathway)`.as('pathway'),
      ...personColumns,
    ])
    .where('requests.practice_id', 'in', [...f.scope])
    .where('requests.received_at', '>=', f.from)
    .where('requests.received_at', '<', f.until);
  if (f.practiceId) query = query.where('requests.practice_id', '=', f.practiceId);
  if (f.pathway) {
    query = query.where(
      sql<Pathway>`coalesce(requests.pathway, requests.suggested_pathway)`,
      '=',
      f.pathway,
    );
  }
  return query.orderBy('requests.received_at').orderBy('requests.id').execute();
}

/** Appointments in the period the person missed, with who: the people behind "did not attend". */
export async function evidencePeopleMissed(trx: AuditedTransaction, f: EvidenceFilter) {
  if (f.scope.length === 0) return [];
  let query = trx
    .selectFrom('appointments')
    .innerJoin('episodes', 'episodes.id', 'appointments.episode_id')
    .innerJoin('people', 'people.id', 'appointments.person_id')
    .innerJoin('slots', 'slots.id', 'appointments.slot_id')
    .leftJoin('requests', 'requests.id', 'episodes.request_id')
    .select([
      ...identityColumns,
      'episodes.id as episode_id',
      'episodes.request_id',
      'appointments.starts_at',
      'appointments.status',
      'slots.ot_id',
      'appointments.practice_id',
      'episodes.pathway',
      'requests.route',
      'requests.channel',
      'requests.received_at',
      ...personColumns,
    ])
    .where('appointments.practice_id', 'in', [...f.scope])
    .where('appointments.status', '=', 'did_not_attend')
    .where('appointments.starts_at', '>=', f.from)
    .where('appointments.starts_at', '<', f.until);
  if (f.practiceId) query = query.where('appointments.practice_id', '=', f.practiceId);
  if (f.pathway) query = query.where('episodes.pathway', '=', f.pathway);
  return query.orderBy('appointments.starts_at').orderBy('appointments.id').execute();
}

/**
 * Episodes closed with a discharge in the period, with who: the people behind discharges and
 * the outcome figures (their entries come from `evidenceEntries`, on the same conditions).
 */
export async function evidencePeopleDischarged(trx: AuditedTransaction, f: EvidenceFilter) {
  if (f.scope.length === 0) return [];
  let query = trx
    .selectFrom('episodes')
    .innerJoin('people', 'people.id', 'episodes.person_id')
    .leftJoin('requests', 'requests.id', 'episodes.request_id')
    .select([
      ...identityColumns,
      'episodes.id as episode_id',
      'episodes.request_id',
      'episodes.closed_at',
      'episodes.practice_id',
      'episodes.pathway',
      'requests.route',
      'requests.channel',
      'requests.received_at',
      ...personColumns,
      (eb) =>
        eb
          .selectFrom('appointments')
          .select((e) => e.fn.countAll<string>().as('n'))
          .whereRef('appointments.episode_id', '=', 'episodes.id')
          .where('appointments.status', '=', 'attended')
          .as('attended'),
    ])
    .where('episodes.practice_id', 'in', [...f.scope])
    .where('episodes.status', '=', 'closed')
    .where('episodes.closed_at', '>=', f.from)
    .where('episodes.closed_at', '<', f.until)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('record_entries')
          .select('record_entries.id')
          .whereRef('record_entries.episode_id', '=', 'episodes.id')
          .where('record_entries.kind', '=', 'discharge'),
      ),
    );
  if (f.practiceId) query = query.where('episodes.practice_id', '=', f.practiceId);
  if (f.pathway) query = query.where('episodes.pathway', '=', f.pathway);
  return query.orderBy('episodes.closed_at').orderBy('episodes.id').execute();
}
