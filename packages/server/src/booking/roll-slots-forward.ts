/**
 * The daily roll-forward of the booking horizon: every clinic's slots brought in step from
 * today, as Everyday's own scheduled task (audited through the access module when it changed
 * anything, since it reads bookings).
 */
import type { Clock } from '@everyday/core';
import type { Kysely } from 'kysely';
import { withServiceTask } from '../access/patient-access.js';
import type { Database } from '../db/schema.js';
import { syncSlots, type SyncReport } from './slot-sync.js';

export async function rollSlotsForward(db: Kysely<Database>, clock: Clock): Promise<SyncReport> {
  let report: SyncReport = { created: 0, withdrawn: 0, orphanedBookings: [] };
  await withServiceTask(db, 'roll slots forward', 'slot', async (trx) => {
    report = await syncSlots(trx, { from: clock.today(), now: clock.now() });
    // Audited only when slots changed: an hourly run that changed nothing is not recorded.
    return report.created + report.withdrawn > 0 ? [report] : [];
  });
  return report;
}
