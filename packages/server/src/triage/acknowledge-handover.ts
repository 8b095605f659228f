/**
 * A clinician of the receiving practice acknowledges a handover (issue 16 item 4): once, with
 * who and when, and an `acknowledge_handover` event in the request's history, so the OT who
 * redirected it sees it was received. A second acknowledgement is refused with `conflict`.
 */
import type { AuditedTransaction } from '../access/patient-access.js';
import { addRequestEvent } from '../front-door/request.repository.js';
import { AppError } from '../http/app-error.js';
import { findHandover, markHandoverAcknowledged } from './handover.repository.js';

export async function acknowledgeHandover(
  trx: AuditedTransaction,
  handoverId: string,
  userId: string,
  at: Date,
): Promise<{ requestId: string; reference: string }> {
  const handover = await findHandover(trx, handoverId);
  if (!handover) throw new AppError('not_found', 'No such handover');
  if (!(await markHandoverAcknowledged(trx, handoverId, userId, at)))
    throw new AppError('conflict', 'Someone has already acknowledged this handover.');
  await addRequestEvent(trx, handover.request_id, 'acknowledge_handover', userId, {
    handoverId,
  });
  return { requestId: handover.request_id, reference: handover.reference };
}
