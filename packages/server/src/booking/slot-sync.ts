/**
 * Keeps stored slots in step with clinic templates, leave and one-off changes, up to the
 * booking horizon: new slots are added, unbooked ones no longer wanted are withdrawn, and booked
 * ones no longer wanted are reported for staff to rebook (never removed silently).
 */
import {
  DEFAULT_HORIZON_DAYS,
  addCalendarDays,
  generateSlots,
  reconcileSlots,
  startOfLondonDayMs,
  type ClinicTemplate,
  type IsoWeekday,
  type LeavePeriod,
  type TemplateException,
} from '@everyday/core';
import type { AuditedTransaction } from '../access/patient-access.js';
import type { ClinicTemplateRow } from '../db/schema.js';
import { storedSlotsWithBookings } from './slot-sync.repository.js';

export function toClinicTemplate(row: ClinicTemplateRow): ClinicTemplate {
  return {
    id: row.id,
    otId: row.ot_id,
    siteId: row.site_id,
    weekdays: row.weekdays as IsoWeekday[],
    startTime: row.start_time,
    endTime: row.end_time,
    slotMinutes: row.slot_minutes,
    mode: row.mode,
    capacity: row.capacity,
    validFrom: row.valid_from,
    ...(row.valid_until ? { validUntil: row.valid_until } : {}),
    nation: row.nation,
    gpad: {
      nationalCategory: row.gpad_national_category,
      serviceSetting: row.gpad_service_setting,
      mode: row.gpad_mode,
    } as ClinicTemplate['gpad'],
  };
}

export interface SyncReport {
  readonly created: number;
  readonly withdrawn: number;
  /** Slot keys that are booked but no longer wanted: staff must rebook these people. */
  readonly orphanedBookings: string[];
}

export interface SyncOptions {
  /** The first day (Europe/London) to bring in step: `clock.today()`. */
  readonly from: string;
  /** When slots no longer wanted are withdrawn: `clock.now()`. */
  readonly now: Date;
  readonly horizonDays?: number;
  readonly otId?: string;
}

/**
 * Bring the slots of one OT (or all) in step, from `from` for the horizon, inside the caller's
 * audited transaction (it reads how many bookings each slot holds).
 */
export async function syncSlots(
  trx: AuditedTransaction,
  options: SyncOptions,
): Promise<SyncReport> {
  const horizonDays = options.horizonDays ?? DEFAULT_HORIZON_DAYS;
  let templatesQuery = trx.selectFrom('clinic_templates').selectAll().where('active', '=', true);
  if (options.otId) templatesQuery = templatesQuery.where('ot_id', '=', options.otId);
  const rows = await templatesQuery.execute();
  const templates = rows.map(toClinicTemplate);
  const templateIds = rows.map((r) => r.id);
  const otIds = [...new Set(rows.map((r) => r.ot_id))];

  const leave: LeavePeriod[] =
    otIds.length === 0
      ? []
      : (await trx.selectFrom('staff_leave').selectAll().where('ot_id', 'in', otIds).execute()).map(
          (l) => ({
            otId: l.ot_id,
            from: l.starts_on,
            until: l.ends_on,
          }),
        );
  const exceptions: TemplateException[] =
    templateIds.length === 0
      ? []
      : (
          await trx
            .selectFrom('template_exceptions')
            .selectAll()
            .where('template_id', 'in', templateIds)
            .execute()
        ).map((e) =>
          e.kind === 'moved' && e.start_time && e.end_time
            ? {
                templateId: e.template_id,
                date: e.date,
                kind: 'moved',
                startTime: e.start_time,
                endTime: e.end_time,
              }
            : { templateId: e.template_id, date: e.date, kind: 'cancelled' },
        );

  const generated = generateSlots({
    templates,
    from: options.from,
    horizonDays,
    leave,
    exceptions,
  });
  const windowStart = new Date(startOfLondonDayMs(options.from));
  const windowEnd = new Date(startOfLondonDayMs(addCalendarDays(options.from, horizonDays)));

  // Stored slots of these OTs in the window (also those of templates since removed).
  const stored = await storedSlotsWithBookings(trx, {
    start: windowStart,
    end: windowEnd,
    otId: options.otId,
  });
  const plan = reconcileSlots(
    stored.map((s) => ({ key: s.key, booked: s.live > 0 })),
    generated,
  );

  const pathwayOf = new Map(rows.map((r) => [r.id, r.pathway]));
  let created = 0;
  for (const slot of plan.create) {
    const inserted = await trx
      .insertInto('slots')
      .values({
        key: slot.key,
        template_id: slot.templateId,
        ot_id: slot.otId,
        site_id: slot.siteId,
        starts_at: slot.start,
        ends_at: slot.end,
        mode: slot.mode,
        capacity: slot.capacity,
        pathway: pathwayOf.get(slot.templateId) ?? null,
        gpad_national_category: slot.gpad.nationalCategory,
        gpad_service_setting: slot.gpad.serviceSetting,
        gpad_mode: slot.gpad.mode,
      })
      // A booked slot kept from an older version of a template may still hold that time.
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) created++;
  }
  if (plan.remove.length > 0) {
    await trx
      .updateTable('slots')
      .set({ withdrawn_at: options.now })
      .where('key', 'in', [...plan.remove])
      .execute();
  }
  return { created, withdrawn: plan.remove.length, orphanedBookings: [...plan.orphanedBookings] };
}
