/**
 * An OT confirms a request that was booked straight from the referral form (issue 16 item 1):
 * the front door accepted it onto its pathway and tier without anyone seeing it; this is the OT's
 * own acceptance of the same pathway and tier, recorded in the history under their name, after
 * which it leaves the inbox's "booked directly: confirm" list. The route's access check audits it.
 */
import type { AuditedTransaction } from '../access/patient-access.js';
import { addRequestEvent } from '../front-door/request.repository.js';
import { AppError } from '../http/app-error.js';
import { lockForConfirmation } from './inbox.repository.js';

export interface ConfirmDirectBookingInput {
  readonly requestId: string;
  /** The OT confirming. */
  readonly by: string;
  readonly note?: string | undefined;
}

/**
 * Confirm it: `not_found` when there is no such request, `conflict` when it does not await
 * confirmation (never booked directly, or someone has already confirmed it).
 */
export async function confirmDirectBooking(
  trx: AuditedTransaction,
  input: ConfirmDirectBookingInput,
): Promise<void> {
  const row = await lockForConfirmation(trx, input.requestId);
  if (!row) throw new AppError('not_found', 'No such request');
  if (!row.awaiting || row.pathway === null || row.tier === null)
    throw new AppError(
      'conflict',
      'This request does not need confirming: it was not booked directly, or someone has already confirmed it. Reload it to see what was done.',
    );
  await addRequestEvent(trx, input.requestId, 'accept', input.by, {
    pathway: row.pathway,
    tier: row.tier,
    confirmsDirectBooking: true,
    ...(input.note ? { note: input.note } : {}),
  });
}
