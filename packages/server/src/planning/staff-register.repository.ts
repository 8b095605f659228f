/**
 * The staff register's persistence: who is on it in a scope, their profiles, supervision and CPD,
 * and what the rota and leave tables already hold about them (read, never copied). Staff data,
 * not patient data: none of these tables is a patient table.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { RotaTemplate, StaffLeavePeriod, TCpdBody, TSupervisionBody } from '@everyday/core';
import type { Database } from '../db/schema.js';

export type RegisterDb = Kysely<Database> | Transaction<Database>;

export interface StaffMemberRow {
  readonly id: string;
  readonly name: string;
}

/**
 * Active staff on the register whose organisations fall in `scope`: everyone with the OT role or
 * a profile. With `userId`, just that person (if they are on it and in scope).
 */
export async function staffInScope(
  db: RegisterDb,
  scope: ReadonlySet<string>,
  userId?: string,
): Promise<StaffMemberRow[]> {
  if (scope.size === 0) return [];
  let query = db
    .selectFrom('users')
    .leftJoin('staff_profiles', 'staff_profiles.user_id', 'users.id')
    .select(['users.id', 'users.name'])
    .where('users.active', '=', true)
    .where((eb) =>
      eb.or([
        eb(sql<boolean>`${sql.ref('users.roles')} @> ARRAY['ot']::text[]`, '=', true),
        eb('staff_profiles.user_id', 'is not', null),
      ]),
    )
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_organisations')
          .select('user_organisations.user_id')
          .whereRef('user_organisations.user_id', '=', 'users.id')
          .where('user_organisations.organisation_id', 'in', [...scope]),
      ),
    )
    .orderBy('users.name')
    .orderBy('users.id');
  if (userId !== undefined) query = query.where('users.id', '=', userId);
  return query.execute();
}

/** The name of a user, whoever they are (for a member of staff reading their own page). */
export async function userName(db: RegisterDb, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('users')
    .select('name')
    .where('id', '=', userId)
    .where('active', '=', true)
    .executeTakeFirst();
  return row?.name;
}

export async function profilesFor(db: RegisterDb, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('staff_profiles')
    .leftJoin('users as editor', 'editor.id', 'staff_profiles.updated_by')
    .selectAll('staff_profiles')
    .select('editor.name as updated_by_name')
    .where('staff_profiles.user_id', 'in', [...userIds])
    .execute();
}
export type ProfileRow = Awaited<ReturnType<typeof profilesFor>>[number];

/** The date of each person's last supervision. */
export async function lastSupervisions(
  db: RegisterDb,
  userIds: readonly string[],
): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('supervision_records')
    .select(['user_id', (eb) => eb.fn.max('held_on').as('last_on')])
    .where('user_id', 'in', [...userIds])
    .groupBy('user_id')
    .execute();
  return new Map(rows.map((r) => [r.user_id, r.last_on]));
}

/** Each person's clinic templates with the organisation (practice) of the site they run at. */
export async function rotaFor(
  db: RegisterDb,
  userIds: readonly string[],
): Promise<Map<string, RotaTemplate[]>> {
  const byUser = new Map<string, RotaTemplate[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('clinic_templates as t')
    .innerJoin('sites as s', 's.id', 't.site_id')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select([
      't.ot_id',
      'o.id as organisation_id',
      'o.name as organisation_name',
      't.weekdays',
      't.start_time',
      't.end_time',
      't.valid_from',
      't.valid_until',
      't.active',
    ])
    .where('t.ot_id', 'in', [...userIds])
    .execute();
  for (const r of rows) {
    const list = byUser.get(r.ot_id) ?? [];
    list.push({
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      weekdays: r.weekdays,
      startTime: r.start_time,
      endTime: r.end_time,
      validFrom: r.valid_from,
      validUntil: r.valid_until,
      active: r.active,
    });
    byUser.set(r.ot_id, list);
  }
  return byUser;
}

/** Each person's leave that has not ended before `from`. */
export async function leaveFor(
  db: RegisterDb,
  userIds: readonly string[],
  from: string,
): Promise<Map<string, StaffLeavePeriod[]>> {
  const byUser = new Map<string, StaffLeavePeriod[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('staff_leave')
    .select(['ot_id', 'starts_on', 'ends_on'])
    .where('ot_id', 'in', [...userIds])
    .where('ends_on', '>=', from)
    .execute();
  for (const r of rows) {
    const list = byUser.get(r.ot_id) ?? [];
    list.push({ startsOn: r.starts_on, endsOn: r.ends_on });
    byUser.set(r.ot_id, list);
  }
  return byUser;
}

export async function supervisionRecords(db: RegisterDb, userId: string) {
  return db
    .selectFrom('supervision_records as r')
    .innerJoin('users as u', 'u.id', 'r.recorded_by')
    .selectAll('r')
    .select('u.name as recorded_by_name')
    .where('r.user_id', '=', userId)
    .orderBy('r.held_on', 'desc')
    .orderBy('r.recorded_at', 'desc')
    .execute();
}

export async function cpdRecords(db: RegisterDb, userId: string) {
  return db
    .selectFrom('cpd_records as r')
    .innerJoin('users as u', 'u.id', 'r.recorded_by')
    .selectAll('r')
    .select('u.name as recorded_by_name')
    .where('r.user_id', '=', userId)
    .orderBy('r.completed_on', 'desc')
    .orderBy('r.recorded_at', 'desc')
    .execute();
}

export interface ProfileValues {
  readonly profession: Database['staff_profiles']['profession'];
  readonly band: Database['staff_profiles']['band'];
  readonly hcpcNumber: string | null;
  readonly hcpcRenewalOn: string | null;
  readonly wteHundredths: number;
  readonly startedOn: string;
  readonly supervisionIntervalMonths: number;
}

/** Whether another person's profile holds this HCPC number. */
export async function hcpcNumberHeldByOther(
  db: RegisterDb,
  hcpcNumber: string,
  userId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('staff_profiles')
    .select('user_id')
    .where('hcpc_number', '=', hcpcNumber)
    .where('user_id', '<>', userId)
    .executeTakeFirst();
  return row !== undefined;
}

const profileColumns = (v: ProfileValues) => ({
  profession: v.profession,
  band: v.band,
  hcpc_number: v.hcpcNumber,
  hcpc_renewal_on: v.hcpcRenewalOn,
  wte_hundredths: v.wteHundredths,
  started_on: v.startedOn,
  supervision_interval_months: v.supervisionIntervalMonths,
});

/** Add a first profile; false when someone added one meanwhile. */
export async function insertProfile(
  db: RegisterDb,
  userId: string,
  values: ProfileValues,
  by: { readonly userId: string; readonly at: Date },
): Promise<boolean> {
  const row = await db
    .insertInto('staff_profiles')
    .values({
      user_id: userId,
      ...profileColumns(values),
      updated_by: by.userId,
      updated_at: by.at,
    })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Change a profile saved at `baseVersion`; false when it has been saved since. */
export async function updateProfile(
  db: RegisterDb,
  userId: string,
  baseVersion: number,
  values: ProfileValues,
  by: { readonly userId: string; readonly at: Date },
): Promise<boolean> {
  const row = await db
    .updateTable('staff_profiles')
    .set({
      ...profileColumns(values),
      version: baseVersion + 1,
      updated_by: by.userId,
      updated_at: by.at,
    })
    .where('user_id', '=', userId)
    .where('version', '=', baseVersion)
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertSupervision(
  db: RegisterDb,
  userId: string,
  body: TSupervisionBody,
  by: { readonly userId: string; readonly at: Date },
): Promise<string> {
  const row = await db
    .insertInto('supervision_records')
    .values({
      user_id: userId,
      held_on: body.heldOn,
      supervisor_name: body.supervisorName,
      kind: body.kind,
      duration_minutes: body.durationMinutes,
      topics: [...new Set(body.topics)],
      summary: body.summary,
      actions: body.actions,
      recorded_by: by.userId,
      recorded_at: by.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertCpd(
  db: RegisterDb,
  userId: string,
  body: TCpdBody,
  by: { readonly userId: string; readonly at: Date },
): Promise<string> {
  const row = await db
    .insertInto('cpd_records')
    .values({
      user_id: userId,
      completed_on: body.completedOn,
      title: body.title,
      activity: body.activity,
      minutes: Math.round(body.hours * 60),
      learning: body.learning,
      recorded_by: by.userId,
      recorded_at: by.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
