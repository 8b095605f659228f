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

/**
 * A timestamp column's Europe/London calendar date as 'YYYY-MM-DD': the database converts (with
 * its time-zone data), so rows arrive as the dates core counts by and no instant is parsed.
 */
const londonDate = (column: string) =>
  sql<string>`to_char(${sql.ref(column)} at time zone 'Europe/London', 'YYYY-MM-DD')`;

/**
 * The person's age in whole years on the London date of the request (core's `ageOn`: the
 * difference in years, less one before the birthday; a 29 February birthday falls on 1 March);
 * null without a date of birth or a request.
 */
const receivedInLondon = sql`(requests.received_at at time zone 'Europe/London')`;
const ageAtRequest = sql<number | null>`(
  date_part('year', ${receivedInLondon})::int - date_part('year', people.date_of_birth)::int
  - case when to_char(${receivedInLondon}, 'MM-DD') < to_char(people.date_of_birth, 'MM-DD')
      then 1 else 0 end)`.as('age_at_request');

/** The groups a person falls in (evidence-rows.ts `groupsOf`); needs `requests` joined. */
const personColumns = [
  'people.sex',
  'people.ethnicity',
  ageAtRequest,
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
  // Each request's first attended appointment and its episode's closing, grouped once over
  // the episodes and joined, rather than looked up request by request. An episode is opened at
  // its request's practice (book-appointment.ts), so the practice filters apply to it.
  const practices = f.practiceId ? [f.practiceId] : [...f.scope];
  const firstAttended = trx
    .selectFrom('appointments')
    .innerJoin('episodes', 'episodes.id', 'appointments.episode_id')
    .select([
      'episodes.request_id',
      sql<string>`to_char(min(appointments.starts_at) at time zone 'Europe/London', 'YYYY-MM-DD')`.as(
        'first_attended_on',
      ),
    ])
    .where('appointments.status', '=', 'attended')
    .where('episodes.practice_id', 'in', practices)
    .groupBy('episodes.request_id')
    .as('first_attended');
  const closed = trx
    .selectFrom('episodes')
    .select([
      'episodes.request_id',
      sql<string>`to_char(max(episodes.closed_at) at time zone 'Europe/London', 'YYYY-MM-DD')`.as(
        'closed_on',
      ),
    ])
    .where('episodes.practice_id', 'in', practices)
    .where('episodes.closed_at', 'is not', null)
    .groupBy('episodes.request_id')
    .as('closed');
  let query = trx
    .selectFrom('requests')
    .innerJoin('people', 'people.id', 'requests.person_id')
    .leftJoin(firstAttended, 'first_attended.request_id', 'requests.id')
    .leftJoin(closed, 'closed.request_id', 'requests.id')
    .select([
      'requests.person_id',
      londonDate('requests.received_at').as('received_on'),
      sql<string | null>`${londonDate('requests.acted_at')}`.as('acted_on'),
      'requests.status',
      'requests.route',
      'requests.channel',
      'requests.practice_id',
      sql<Pathway>`coalesce(requests.pathway, requests.suggested_pathway)`.as('pathway'),
      ...personColumns,
      'first_attended.first_attended_on',
      'closed.closed_on',
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
      londonDate('appointments.starts_at').as('on'),
      'appointments.status',
      'slots.ot_id',
      'appointments.practice_id',
      'episodes.pathway',
      'requests.route',
      'requests.channel',
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
      sql<string>`to_char(min(case when ranked.n = 1 then ranked.starts_at end) at time zone 'Europe/London', 'YYYY-MM-DD')`.as(
        'first_on',
      ),
      sql<
        string | null
      >`to_char(min(case when ranked.n = 2 then ranked.starts_at end) at time zone 'Europe/London', 'YYYY-MM-DD')`.as(
        'second_on',
      ),
      'episodes.practice_id',
      'episodes.pathway',
      'requests.route',
      'requests.channel',
      ...personColumns,
    ])
    .where('ranked.n', '<=', 2)
    // One row per episode; its person's and request's columns follow from their keys.
    .groupBy(['ranked.episode_id', 'episodes.id', 'people.id', 'requests.id'])
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
    // The episode's attended appointments; of those, the ones whose contact entry (written from
    // the diary) records its minutes, and those minutes: the latest such entry per appointment.
    .leftJoinLateral(
      sql<{
        attended: string;
        minutes_contacts: string;
        minutes_recorded: string | null;
      }>`(select count(*) as attended, count(m.minutes) as minutes_contacts,
          sum(m.minutes) as minutes_recorded
        from appointments ma
        left join lateral (
          select (mc.data->>'minutes')::numeric as minutes from record_entries mc
          where mc.episode_id = ma.episode_id and mc.kind = 'contact'
            and mc.data->>'appointmentId' = ma.id::text
            and jsonb_typeof(mc.data->'minutes') = 'number'
          order by mc.created_at desc, mc.id desc limit 1) m on true
        where ma.episode_id = episodes.id and ma.status = 'attended')`.as('contacts'),
      (join) => join.onTrue(),
    )
    .select([
      'episodes.id',
      sql<string | null>`${londonDate('episodes.closed_at')}`.as('closed_on'),
      'episodes.practice_id',
      'episodes.pathway',
      'requests.route',
      'requests.channel',
      ...personColumns,
      'contacts.attended',
      'contacts.minutes_contacts',
      'contacts.minutes_recorded',
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

/** The entry kinds core's `episodeRecordFacts` reads (contacts, risk and notes it does not). */
const EVIDENCE_ENTRY_KINDS = [
  'assessment',
  'questionnaire',
  'goal',
  'intervention',
  'discharge',
  'health_work_report',
] as const;

/**
 * Of each entry's data, the fields `episodeRecordFacts` and `outcomeSeries` read (the scores are
 * read whole): an assessment's date and work status, a questionnaire's kind, date and work
 * answer, an intervention's code, a discharge's avoided care and work outcome, a goal whole, a
 * Health and Work Report nothing (it is counted). An assessment's answers and every note stay in
 * the database; at a large service's size they were most of what the dashboard read.
 */
const evidenceEntryData = sql`case record_entries.kind
    when 'assessment' then jsonb_strip_nulls(jsonb_build_object(
      'assessedOn', record_entries.data->'assessedOn', 'work', record_entries.data->'work'))
    when 'questionnaire' then jsonb_strip_nulls(jsonb_build_object(
      'kind', record_entries.data->'kind', 'completedOn', record_entries.data->'completedOn',
      'answers', jsonb_build_object('workStatus', record_entries.data->'answers'->'workStatus')))
    when 'intervention' then jsonb_build_object('code', record_entries.data->'code')
    when 'discharge' then jsonb_strip_nulls(jsonb_build_object(
      'avoided', record_entries.data->'avoided',
      'workOutcome', record_entries.data->'workOutcome'))
    when 'goal' then record_entries.data
    else '{}'::jsonb end`.as('data');

/**
 * An entry's scores without what the dashboard does not count: the flags, and the EQ-5D-5L
 * index's bilingual label (most of the bytes); its value, value set, state and VAS stay.
 */
const evidenceEntryScores = sql`case
    when record_entries.scores ? 'eq5d5l' then (record_entries.scores - 'flags') || jsonb_build_object(
      'eq5d5l', jsonb_build_object(
        'vas', record_entries.scores->'eq5d5l'->'vas',
        'state', record_entries.scores->'eq5d5l'->'state',
        'index', case when jsonb_typeof(record_entries.scores->'eq5d5l'->'index') = 'object'
          then (record_entries.scores->'eq5d5l'->'index') - 'label'
          else record_entries.scores->'eq5d5l'->'index' end))
    when jsonb_typeof(record_entries.scores) = 'object' then record_entries.scores - 'flags'
    else record_entries.scores end`.as('scores');

/**
 * The record entries of the episodes `evidenceDischargedEpisodes` reads (closed in the period,
 * within the scope and filters), in no order (evidence-rows.ts `entriesByEpisode` puts each
 * episode's oldest first): one query joined on the same conditions, rather
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
      evidenceEntryData,
      evidenceEntryScores,
      // When it was written, to the microsecond, as text that sorts as the instant does.
      sql<string>`to_char(record_entries.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`.as(
        'written_at',
      ),
    ])
    .where('record_entries.kind', 'in', EVIDENCE_ENTRY_KINDS)
    .where('episodes.practice_id', 'in', [...f.scope])
    .where('episodes.status', '=', 'closed')
    .where('episodes.closed_at', '>=', f.from)
    .where('episodes.closed_at', '<', f.until);
  if (f.practiceId) query = query.where('episodes.practice_id', '=', f.practiceId);
  if (f.pathway) query = query.where('episodes.pathway', '=', f.pathway);
  // Unordered: sorting every entry of a year here spilled to disk; `entriesByEpisode` orders
  // each episode's few entries instead.
  return query.execute();
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
