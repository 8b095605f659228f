/**
 * A referring clinician learns what became of their referral (issue 16 item 4): when a request
 * they referred (route `clinician`, `submitted_by` them) is accepted, signposted, declined,
 * redirected, or its episode discharged, a `referral_outcome` message goes to them through the
 * outbox, in the same transaction as the outcome. The message carries the reference and the
 * outcome only; the details are in their view ("Your referrals").
 */
import type { AuditedTransaction } from '../access/patient-access.js';
import type { RequestRow } from '../db/schema.js';
import { enqueueMessage } from '../front-door/request.repository.js';
import { userEmail } from '../triage/handover.repository.js';

export const REFERRAL_OUTCOMES = [
  'accepted',
  'signposted',
  'declined',
  'redirected',
  'discharged',
] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

export const REFERRAL_OUTCOME_MESSAGE_KIND = 'referral_outcome';

/** Queue the outcome for the clinician who referred the request; nothing for other routes. */
export async function queueReferralOutcome(
  trx: AuditedTransaction,
  request: Pick<RequestRow, 'id' | 'reference' | 'route' | 'submitted_by'>,
  outcome: ReferralOutcome,
): Promise<boolean> {
  if (request.route !== 'clinician' || request.submitted_by === null) return false;
  const referrer = await userEmail(trx, request.submitted_by);
  if (!referrer?.active) return false;
  await enqueueMessage(trx, {
    kind: REFERRAL_OUTCOME_MESSAGE_KIND,
    channel: 'email',
    language: 'en',
    recipient: referrer.email,
    payload: { reference: request.reference, outcome },
    requestId: request.id,
  });
  return true;
}
