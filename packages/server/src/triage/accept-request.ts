/**
 * Accepting a request onto a pathway and tier: it joins the waiting list (status `waiting`,
 * `acted_at` the moment of acceptance, which starts the waiting-time figures) and its history
 * records who accepted it, when, onto what. One use case for the OT's inbox action and for
 * direct booking from the referral form (inside the intake transaction).
 */
import type { Pathway, Tier, Urgency } from '@everyday/core';
import type { AuditedTransaction } from '../access/patient-access.js';
import type { RequestRow, RequestStatus } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { addRequestEvent, findRequest, setRequestOutcome } from '../front-door/request.repository.js';

export interface AcceptRequestInput {
  readonly requestId: string;
  readonly pathway: Pathway;
  readonly tier: Tier;
  /** An OT may change the urgency as they accept; otherwise it stays as it is. */
  readonly urgency?: Urgency | undefined;
  /** The user who accepted it; null when the front door accepts it itself (direct booking). */
  readonly by: string | null;
  readonly at: Date;
  /** The statuses it may be accepted from; anything else means someone has acted on it. */
  readonly from: readonly RequestStatus[];
  /** Recorded in the history beside pathway, tier and urgency (the OT's note; `direct`). */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * Accept a request: refused with `not_found` when there is none, and with `conflict` when it is
 * no longer in one of `from` (someone else has just acted on it).
 */
export async function acceptRequest(
  trx: AuditedTransaction,
  input: AcceptRequestInput,
): Promise<RequestRow> {
  const { requestId, pathway, tier, urgency } = input;
  const updated = await setRequestOutcome(
    trx,
    requestId,
    { status: 'waiting', pathway, tier, ...(urgency ? { urgency } : {}), at: input.at },
    input.from,
  );
  if (!updated) return refuseActedOn(trx, requestId);
  await addRequestEvent(trx, requestId, 'accept', input.by, {
    pathway,
    tier,
    ...(urgency ? { urgency } : {}),
    ...input.details,
  });
  return updated;
}

/** An action found the request in none of the statuses it expected: say why. */
export async function refuseActedOn(trx: AuditedTransaction, requestId: string): Promise<never> {
  const current = await findRequest(trx, requestId);
  if (!current) throw new AppError('not_found', 'No such request');
  throw new AppError(
    'conflict',
    'Someone else has already acted on this request. Reload it to see what was done.',
  );
}
