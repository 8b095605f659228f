/**
 * A clinician's handover view (issue 16 item 4): the requests handed over to the practices they
 * cover ("Handed over to you", open ones first) and the requests they referred with what became
 * of them ("Your referrals": the request's status, or discharged once its episode has closed).
 */
import type { HandoversView, ReferralState } from '@everyday/core';
import type { AuditedTransaction } from '../access/patient-access.js';
import { listHandovers, referralsBy } from './handover.repository.js';

/** How many of their own referrals a clinician's view lists (newest first). */
export const REFERRAL_LIST_LIMIT = 100;

export async function handoverView(
  trx: AuditedTransaction,
  scope: readonly string[],
  userId: string,
): Promise<HandoversView> {
  const handovers = await listHandovers(trx, scope);
  const referrals = await referralsBy(trx, userId, REFERRAL_LIST_LIMIT);
  return {
    handovers: handovers.map((h) => ({
      id: h.id,
      requestId: h.request_id,
      reference: h.reference,
      urgency: h.urgency,
      receiver: h.receiver,
      team: h.team,
      person: { givenName: h.given_name, familyName: h.family_name, dateOfBirth: h.date_of_birth },
      practiceName: h.practice_name,
      handedOverAt: h.handed_over_at.toISOString(),
      handedOverBy: h.handed_over_by_name,
      acknowledgedAt: h.acknowledged_at?.toISOString() ?? null,
      acknowledgedBy: h.acknowledged_by_name,
    })),
    referrals: referrals.map((r) => {
      const discharged = r.episode_status === 'closed';
      const state: ReferralState = discharged ? 'discharged' : r.status;
      const changedAt = discharged ? r.episode_closed_at : r.acted_at;
      return {
        id: r.id,
        reference: r.reference,
        receivedAt: r.received_at.toISOString(),
        pathway: r.pathway,
        state,
        changedAt: changedAt?.toISOString() ?? null,
        person: {
          givenName: r.given_name,
          familyName: r.family_name,
          dateOfBirth: r.date_of_birth,
        },
      };
    }),
  };
}
