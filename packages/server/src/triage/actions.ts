/**
 * What an OT can do with a request in the inbox, each recorded in its history: accept it onto a
 * pathway and tier (it joins the waiting list), signpost, redirect, decline, or ask the person
 * for more information. Acting on a request someone else has just closed is refused. A redirect
 * hands the request over to its practice (hand-over.ts); a clinician who referred it is told the
 * outcome (messages/referral-outcome.ts).
 */
import type { AuditedTransaction } from '../access/patient-access.js';
import type { RequestStatus } from '../db/schema.js';
import { contactRouteFor } from '../messages/contact-route.js';
import { findPerson } from '../people/person.repository.js';
import {
  addRequestEvent,
  enqueueMessage,
  setRequestOutcome,
} from '../front-door/request.repository.js';
import { queueReferralOutcome, type ReferralOutcome } from '../messages/referral-outcome.js';
import { acceptRequest, refuseActedOn } from './accept-request.js';
import { handOver } from './hand-over.js';
import { OPEN_STATUSES, type TRequestAction } from './inbox.schema.js';

function statusAfter(action: TRequestAction): RequestStatus {
  switch (action.action) {
    case 'accept':
      return 'waiting';
    case 'signpost':
      return 'signposted';
    case 'redirect':
      return 'redirected';
    case 'decline':
      return 'declined';
    case 'request_info':
      return 'awaiting_info';
  }
}

/** What a referring clinician is told an action did to their referral (none for a question). */
function referralOutcomeOf(action: TRequestAction): ReferralOutcome | null {
  switch (action.action) {
    case 'accept':
      return 'accepted';
    case 'signpost':
      return 'signposted';
    case 'redirect':
      return 'redirected';
    case 'decline':
      return 'declined';
    case 'request_info':
      return null;
  }
}

export async function applyAction(
  trx: AuditedTransaction,
  id: string,
  action: TRequestAction,
  userId: string,
  at: Date,
): Promise<void> {
  if (action.action === 'accept') {
    const { action: _kind, pathway, tier, urgency, ...details } = action;
    const accepted = await acceptRequest(trx, {
      requestId: id,
      pathway,
      tier,
      urgency,
      by: userId,
      at,
      from: OPEN_STATUSES,
      details,
    });
    await queueReferralOutcome(trx, accepted, 'accepted');
    return;
  }
  const updated = await setRequestOutcome(
    trx,
    id,
    { status: statusAfter(action), at },
    OPEN_STATUSES,
  );
  if (!updated) return refuseActedOn(trx, id);
  const { action: kind, ...details } = action;
  await addRequestEvent(trx, id, kind, userId, details);
  if (action.action === 'redirect')
    await handOver(trx, {
      request: updated,
      receiver: action.to,
      team: action.team ?? null,
      by: userId,
      at,
    });
  const outcome = referralOutcomeOf(action);
  if (outcome) await queueReferralOutcome(trx, updated, outcome);

  const message =
    action.action === 'signpost' && action.sendToPerson
      ? { kind: 'signposting', payload: { reference: updated.reference, offered: action.offered } }
      : action.action === 'request_info' && action.sendToPerson
        ? {
            kind: 'request_info',
            payload: { reference: updated.reference, question: action.question },
          }
        : undefined;
  if (message) {
    const route = contactRouteFor(await findPerson(trx, updated.person_id), updated);
    if (route)
      await enqueueMessage(trx, {
        ...route,
        kind: message.kind,
        payload: message.payload,
        requestId: id,
      });
  }
}
