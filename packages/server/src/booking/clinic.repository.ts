/** Persistence of sites, clinic templates, staff leave and one-off changes (not patient data). */
import type { Insertable, Kysely } from 'kysely';
import type { ClinicTemplatesTable, Database } from '../db/schema.js';

export type ClinicDb = Kysely<Database>;
type Db = ClinicDb;
export type TemplateValues = Omit<
  Insertable<ClinicTemplatesTable>,
  'id' | 'active' | 'created_by' | 'created_at' | 'updated_at'
>;

export async function listSites(db: Db) {
  return db.selectFrom('sites').selectAll().orderBy('name').execute();
}

export async function insertSite(
  db: Db,
  site: { name: string; organisationId: string; address: string | null },
): Promise<string> {
  const row = await db
    .insertInto('sites')
    .values({ name: site.name, organisation_id: site.organisationId, address: site.address })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The organisation a site belongs to: what a clinic template there is scoped by. */
export async function organisationOfSite(db: Db, siteId: string): Promise<string | undefined> {
  return (
    await db
      .selectFrom('sites')
      .select('organisation_id')
      .where('id', '=', siteId)
      .executeTakeFirst()
  )?.organisation_id;
}

/** A template's OT and the organisation of its site. */
export async function templateOwnership(db: Db, templateId: string) {
  return db
    .selectFrom('clinic_templates')
    .innerJoin('sites', 'sites.id', 'clinic_templates.site_id')
    .select(['clinic_templates.ot_id', 'sites.organisation_id'])
    .where('clinic_templates.id', '=', templateId)
    .executeTakeFirst();
}

export async function listTemplates(db: Db, id?: string) {
  let q = db
    .selectFrom('clinic_templates')
    .innerJoin('users', 'users.id', 'clinic_templates.ot_id')
    .innerJoin('sites', 'sites.id', 'clinic_templates.site_id')
    .selectAll('clinic_templates')
    .select(['users.name as ot_name', 'sites.name as site_name'])
    .orderBy('users.name')
    .orderBy('clinic_templates.name');
  if (id) q = q.where('clinic_templates.id', '=', id);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    otId: r.ot_id,
    otName: r.ot_name,
    siteId: r.site_id,
    siteName: r.site_name,
    name: r.name,
    weekdays: r.weekdays,
    startTime: r.start_time,
    endTime: r.end_time,
    slotMinutes: r.slot_minutes,
    mode: r.mode,
    capacity: r.capacity,
    pathway: r.pathway,
    nation: r.nation,
    gpad: {
      nationalCategory: r.gpad_national_category,
      serviceSetting: r.gpad_service_setting,
      mode: r.gpad_mode,
    },
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    active: r.active,
  }));
}

export async function insertTemplate(
  db: Db,
  values: TemplateValues,
  createdBy: string,
): Promise<string> {
  const row = await db
    .insertInto('clinic_templates')
    .values({ ...values, created_by: createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateTemplate(
  db: Db,
  id: string,
  values: TemplateValues,
  at: Date,
): Promise<void> {
  await db
    .updateTable('clinic_templates')
    .set({ ...values, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deactivateTemplate(db: Db, id: string, at: Date): Promise<void> {
  await db
    .updateTable('clinic_templates')
    .set({ active: false, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function insertLeave(
  db: Db,
  leave: { otId: string; startsOn: string; endsOn: string; reason: string | null },
): Promise<string> {
  const row = await db
    .insertInto('staff_leave')
    .values({
      ot_id: leave.otId,
      starts_on: leave.startsOn,
      ends_on: leave.endsOn,
      reason: leave.reason,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function upsertException(
  db: Db,
  e: {
    templateId: string;
    date: string;
    kind: 'cancelled' | 'moved';
    startTime: string | null;
    endTime: string | null;
    reason: string | null;
  },
): Promise<void> {
  const changes = {
    kind: e.kind,
    start_time: e.startTime,
    end_time: e.endTime,
    reason: e.reason,
  };
  await db
    .insertInto('template_exceptions')
    .values({ template_id: e.templateId, date: e.date, ...changes })
    .onConflict((oc) => oc.columns(['template_id', 'date']).doUpdateSet(changes))
    .execute();
}
