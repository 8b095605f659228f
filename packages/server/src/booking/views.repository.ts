/** What the diary, caseload and GPAD export read. Functions taking an AuditedTransaction read patient data. */
import { SEAT_HOLDING_STATUSES, SESSION_USING_STATUSES } from '@everyday/core';
import { sql } from 'kysely';
import type { AuditedTransaction } from '../access/patient-access.js';

export async function diaryAppointments(
  trx: AuditedTransaction,
  otId: string,
  from: Date,
  until: Date,
  scope: readonly string[],
) {
  if (scope.length === 0) return [];
  return trx
    .selectFrom('appointments')
    .innerJoin('slots', 'slots.id', 'appointments.slot_id')
    .innerJoin('people', 'people.id', 'appointments.person_id')
    .leftJoin('episodes', 'episodes.id', 'appointments.episode_id')
    .leftJoin('requests', 'requests.id', 'episodes.request_id')
    .select([
      'appointments.id',
      'appointments.slot_id',
      'appointments.status',
      'appointments.seat',
      'appointments.episode_id',
      'people.given_name',
      'people.family_name',
      'people.access_needs',
      'people.interpreter_language',
      'people.preferred_language',
      'requests.answers',
      'requests.reference',
      'episodes.pathway',
    ])
    .where('slots.ot_id', '=', otId)
    .where('appointments.starts_at', '>=', from)
    .where('appointments.starts_at', '<', until)
    .where('appointments.practice_id', 'in', [...scope])
    .where('appointments.status', 'not in', ['cancelled_by_person', 'cancelled_by_service'])
    .execute();
}

/** The person of a request and what they and the request say about communication (the booking page). */
export async function communicationOfRequest(trx: AuditedTransaction, requestId: string) {
  return trx
    .selectFrom('requests')
    .innerJoin('people', 'people.id', 'requests.person_id')
    .select([
      'requests.id',
      'requests.answers',
      'people.access_needs',
      'people.interpreter_language',
      'people.preferred_language',
    ])
    .where('requests.id', '=', requestId)
    .executeTakeFirst();
}

export async function caseload(trx: AuditedTransaction, otId: string, scope: readonly string[]) {
  if (scope.length === 0) return [];
  return trx
    .selectFrom('episodes')
    .innerJoin('people', 'people.id', 'episodes.person_id')
    .select([
      'episodes.id',
      'episodes.pathway',
      'episodes.tier',
      'episodes.session_limit',
      'episodes.review_flagged_at',
      'episodes.review_reason',
      'episodes.opened_at',
      'people.given_name',
      'people.family_name',
      sql<number>`(SELECT count(*)::int FROM appointments a WHERE a.episode_id = episodes.id AND a.status IN (${sql.join(SESSION_USING_STATUSES.map((s) => sql.lit(s)))}))`.as(
        'sessions_used',
      ),
      sql<Date | null>`(SELECT min(a.starts_at) FROM appointments a WHERE a.episode_id = episodes.id AND a.status = 'booked' AND a.starts_at > now())`.as(
        'next_appointment',
      ),
    ])
    .where('episodes.lead_ot_id', '=', otId)
    .where('episodes.status', '=', 'open')
    .where('episodes.practice_id', 'in', [...scope])
    .orderBy('episodes.opened_at')
    .execute();
}

/** Contacts an OT had (or has booked) in a week, with people of the organisations in scope. */
export async function contactsInWeek(
  trx: AuditedTransaction,
  otId: string,
  from: Date,
  until: Date,
  scope: readonly string[],
): Promise<number> {
  if (scope.length === 0) return 0;
  const row = await trx
    .selectFrom('appointments')
    .innerJoin('slots', 'slots.id', 'appointments.slot_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('slots.ot_id', '=', otId)
    .where('appointments.starts_at', '>=', from)
    .where('appointments.starts_at', '<', until)
    .where('appointments.status', 'in', SESSION_USING_STATUSES)
    .where('appointments.practice_id', 'in', [...scope])
    .executeTakeFirstOrThrow();
  return row.n;
}

export interface CapacityWeek {
  readonly week: string;
  /**
   * Places in clinics that serve the organisations in scope: held at a site of one of them or of
   * an organisation above them (a PCN's clinic serves its practices). Not about people.
   */
  readonly offered: number;
  /** Places taken by people of the organisations in scope: booked, attended or missed. */
  readonly booked: number;
  readonly attended: number;
  readonly dna: number;
  /** Attended or did not attend: the did-not-attend rate's denominator. */
  readonly seen: number;
}

/**
 * Capacity per London week: places offered in clinics serving the organisations in scope (held at
 * their sites or their parents'), and the places taken by people registered with those
 * organisations.
 */
export async function capacityByWeek(
  trx: AuditedTransaction,
  from: Date,
  until: Date,
  scope: readonly string[],
): Promise<readonly CapacityWeek[]> {
  if (scope.length === 0) return [];
  const organisations = sql.join([...scope]);
  const { rows } = await sql<CapacityWeek>`
    WITH RECURSIVE served(id) AS (
      SELECT id FROM organisations WHERE id IN (${organisations})
      UNION
      SELECT o.parent_id FROM organisations o JOIN served ON o.id = served.id
      WHERE o.parent_id IS NOT NULL
    )
    SELECT to_char(date_trunc('week', s.starts_at AT TIME ZONE 'Europe/London'), 'YYYY-MM-DD') AS week,
           sum(s.capacity)::int AS offered,
           coalesce(sum(a.live), 0)::int AS booked,
           coalesce(sum(a.attended), 0)::int AS attended,
           coalesce(sum(a.dna), 0)::int AS dna,
           coalesce(sum(a.attended + a.dna), 0)::int AS seen
    FROM slots s
    JOIN sites ON sites.id = s.site_id
    JOIN served ON served.id = sites.organisation_id
    LEFT JOIN (
      SELECT slot_id,
             count(*) FILTER (WHERE status IN (${sql.join(SEAT_HOLDING_STATUSES.map((s) => sql.lit(s)))})) AS live,
             count(*) FILTER (WHERE status = 'attended') AS attended,
             count(*) FILTER (WHERE status = 'did_not_attend') AS dna
      FROM appointments
      WHERE practice_id IN (${organisations})
      GROUP BY slot_id
    ) a ON a.slot_id = s.id
    WHERE s.withdrawn_at IS NULL AND s.starts_at >= ${from} AND s.starts_at < ${until}
    GROUP BY 1 ORDER BY 1`.execute(trx);
  return rows;
}

/**
 * Appointments of people registered with the organisations in scope, as GP appointment data: no
 * names, only the practice, time, category and status.
 */
export async function gpadAppointments(
  trx: AuditedTransaction,
  from: Date,
  until: Date,
  scope: readonly string[],
) {
  if (scope.length === 0) return [];
  return trx
    .selectFrom('appointments')
    .innerJoin('slots', 'slots.id', 'appointments.slot_id')
    .innerJoin('organisations', 'organisations.id', 'appointments.practice_id')
    .select([
      'appointments.starts_at',
      'appointments.booked_at',
      'appointments.status',
      'organisations.ods_code',
      'slots.gpad_national_category',
      'slots.gpad_service_setting',
      'slots.gpad_mode',
    ])
    .where('appointments.starts_at', '>=', from)
    .where('appointments.starts_at', '<', until)
    .where('appointments.practice_id', 'in', [...scope])
    .orderBy('appointments.starts_at')
    .execute();
}
