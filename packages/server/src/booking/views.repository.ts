/** What the diary, caseload and GPAD export read. Functions taking an AuditedTransaction read patient data. */
import { sql, type Kysely } from 'kysely';
import type { AuditedTransaction } from '../access/patient-access.js';
import type { Database } from '../db/schema.js';

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
      'people.given_name',
      'people.family_name',
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
      sql<number>`(SELECT count(*)::int FROM appointments a WHERE a.episode_id = episodes.id AND a.status IN ('booked', 'attended'))`.as(
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

/** Contacts an OT had (or has booked) in a week: appointments attended or booked. */
export async function contactsInWeek(
  db: Kysely<Database>,
  otId: string,
  from: Date,
  until: Date,
): Promise<number> {
  const row = await db
    .selectFrom('appointments')
    .innerJoin('slots', 'slots.id', 'appointments.slot_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('slots.ot_id', '=', otId)
    .where('appointments.starts_at', '>=', from)
    .where('appointments.starts_at', '<', until)
    .where('appointments.status', 'in', ['booked', 'attended'])
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Capacity per London week: places offered, booked, attended and missed (no patient data). */
export async function capacityByWeek(db: Kysely<Database>, from: Date, until: Date) {
  return sql<{ week: string; offered: number; booked: number; attended: number; dna: number }>`
    SELECT to_char(date_trunc('week', s.starts_at AT TIME ZONE 'Europe/London'), 'YYYY-MM-DD') AS week,
           sum(s.capacity)::int AS offered,
           coalesce(sum(a.live), 0)::int AS booked,
           coalesce(sum(a.attended), 0)::int AS attended,
           coalesce(sum(a.dna), 0)::int AS dna
    FROM slots s
    LEFT JOIN (
      SELECT slot_id,
             count(*) FILTER (WHERE status IN ('booked', 'attended', 'did_not_attend')) AS live,
             count(*) FILTER (WHERE status = 'attended') AS attended,
             count(*) FILTER (WHERE status = 'did_not_attend') AS dna
      FROM appointments GROUP BY slot_id
    ) a ON a.slot_id = s.id
    WHERE s.withdrawn_at IS NULL AND s.starts_at >= ${from} AND s.starts_at < ${until}
    GROUP BY 1 ORDER BY 1`.execute(db);
}

/** Appointments for GP appointment data: no names, only the practice, time, category and status. */
export async function gpadAppointments(db: Kysely<Database>, from: Date, until: Date) {
  return db
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
    .orderBy('appointments.starts_at')
    .execute();
}
