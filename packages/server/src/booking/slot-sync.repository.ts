/** Reads of appointments that slot sync needs: how many live bookings each stored slot holds. */
import { SEAT_HOLDING_STATUSES } from '@everyday/core';
import type { AuditedTransaction } from '../access/patient-access.js';

/** Stored, unwithdrawn template slots in a window (of one OT, or all) with their live bookings. */
export async function storedSlotsWithBookings(
  trx: AuditedTransaction,
  window: { readonly start: Date; readonly end: Date; readonly otId?: string | undefined },
): Promise<{ key: string; live: number }[]> {
  let q = trx
    .selectFrom('slots')
    .leftJoin('appointments', (j) =>
      j
        .onRef('appointments.slot_id', '=', 'slots.id')
        .on('appointments.status', 'in', SEAT_HOLDING_STATUSES),
    )
    .select(['slots.key'])
    .select((eb) => eb.fn.count<number | string>('appointments.id').as('live'))
    .where('slots.withdrawn_at', 'is', null)
    .where('slots.template_id', 'is not', null)
    .where('slots.starts_at', '>=', window.start)
    .where('slots.starts_at', '<', window.end)
    .groupBy('slots.key');
  if (window.otId) q = q.where('slots.ot_id', '=', window.otId);
  const rows = await q.execute();
  return rows.map((r) => ({ key: r.key, live: Number(r.live) }));
}
