/** Reading slots with how full they are (counting appointments: only in an audited transaction). */
import { SEAT_HOLDING_STATUSES, type Pathway } from '@everyday/core';
import { sql, type Kysely } from 'kysely';
import type { AuditedTransaction } from '../access/patient-access.js';
import type { Database } from '../db/schema.js';

/** The database handle the booking routes are given (for their rate limits only). */
export type BookingDb = Kysely<Database>;

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

const seatHolding = sql.join(SEAT_HOLDING_STATUSES.map((s) => sql.lit(s)));

export async function listSlots(trx: AuditedTransaction, f: SlotFilter) {
  let q = trx
    .selectFrom('slots')
    .innerJoin('users', 'users.id', 'slots.ot_id')
    .innerJoin('sites', 'sites.id', 'slots.site_id')
    .selectAll('slots')
    .select(['users.name as ot_name', 'sites.name as site_name'])
    .select(
      sql<number>`(SELECT count(*)::int FROM appointments a WHERE a.slot_id = slots.id AND a.status IN (${seatHolding}))`.as(
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
      sql<boolean>`(SELECT count(*) FROM appointments a WHERE a.slot_id = slots.id AND a.status IN (${seatHolding})) < slots.capacity`,
    );
  }
  return q.execute();
}

export async function findSlot(db: Kysely<Database>, id: string) {
  return db.selectFrom('slots').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The name of a site (empty when there is none). */
export async function siteName(db: Kysely<Database>, id: string): Promise<string> {
  const row = await db.selectFrom('sites').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? '';
}
