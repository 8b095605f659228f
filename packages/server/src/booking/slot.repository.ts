/** Reading slots with how full they are (not patient data). */
import { sql, type Kysely } from 'kysely';
import type { Pathway } from '@everyday/core';
import type { Database } from '../db/schema.js';

export interface SlotFilter {
  readonly from: Date;
  readonly until: Date;
  readonly otId?: string | undefined;
  readonly siteId?: string | undefined;
  readonly mode?: string | undefined;
  readonly pathway?: Pathway | undefined;
  readonly availableOnly?: boolean;
  readonly limit: number;
}

export async function listSlots(db: Kysely<Database>, f: SlotFilter) {
  let q = db
    .selectFrom('slots')
    .innerJoin('users', 'users.id', 'slots.ot_id')
    .innerJoin('sites', 'sites.id', 'slots.site_id')
    .selectAll('slots')
    .select(['users.name as ot_name', 'sites.name as site_name'])
    .select(
      sql<number>`(SELECT count(*)::int FROM appointments a WHERE a.slot_id = slots.id AND a.status IN ('booked', 'attended', 'did_not_attend'))`.as(
        'booked',
      ),
    )
    .where('slots.withdrawn_at', 'is', null)
    .where('slots.starts_at', '>=', f.from)
    .where('slots.starts_at', '<', f.until)
    .orderBy('slots.starts_at')
    .orderBy('slots.id')
    .limit(f.limit);
  if (f.otId) q = q.where('slots.ot_id', '=', f.otId);
  if (f.siteId) q = q.where('slots.site_id', '=', f.siteId);
  if (f.mode) q = q.where('slots.mode', '=', f.mode as 'in_person');
  const pathway = f.pathway;
  if (pathway)
    q = q.where((eb) =>
      eb.or([eb('slots.pathway', 'is', null), eb('slots.pathway', '=', pathway)]),
    );
  if (f.availableOnly) {
    q = q.where(
      sql<boolean>`(SELECT count(*) FROM appointments a WHERE a.slot_id = slots.id AND a.status IN ('booked', 'attended', 'did_not_attend')) < slots.capacity`,
    );
  }
  return q.execute();
}

export async function findSlot(db: Kysely<Database>, id: string) {
  return db.selectFrom('slots').selectAll().where('id', '=', id).executeTakeFirst();
}
