/**
 * What an OT can do with a request in the inbox, each recorded in its history: accept it onto a
 * pathway and tier (it joins the waiting list), signpost, redirect, decline, or ask the person
 * for more information. Acting on a request someone else has just closed is refused.
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
import { acceptRequest, refuseActedOn } from './accept-request.js';
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

export async function applyAction(
  trx: AuditedTransaction,
  id: string,
  action: TRequestAction,
  userId: string,
  at: Date,
): Promise<void> {
  if (action.action === 'accept') {
    const { action: _kind, pathway, tier, urgency, ...details } = action;
    await acceptRequest(trx, {
      requestId: id,
      pathway,
      tier,
      urgency,
      by: userId,
      at,
      from: OPEN_STATUSES,
      details,
    });
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
