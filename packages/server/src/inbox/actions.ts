/**
 * What an OT can do with a request in the inbox, each recorded in its history: accept it onto a
 * pathway and tier (it joins the waiting list), signpost, redirect, decline, or ask the person
 * for more information. Acting on a request someone else has just closed is refused.
 */
import type { AuditedTransaction } from '../access/patient-access.js';
import type { RequestStatus } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { confirmationFor } from '../requests/confirmation.js';
import type { TRequestAnswers } from '../requests/answers.schema.js';
import {
  addRequestEvent,
  enqueueMessage,
  findRequest,
  setRequestOutcome,
} from '../requests/request.repository.js';
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
): Promise<void> {
  const change =
    action.action === 'accept'
      ? {
          status: statusAfter(action),
          pathway: action.pathway,
          tier: action.tier,
          ...(action.urgency ? { urgency: action.urgency } : {}),
        }
      : { status: statusAfter(action) };
  const updated = await setRequestOutcome(trx, id, change, OPEN_STATUSES);
  if (!updated) {
    const current = await findRequest(trx, id);
    if (!current) throw new AppError('not_found', 'No such request');
    throw new AppError(
      'conflict',
      'Someone else has already acted on this request. Reload it to see what was done.',
    );
  }
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
    const route = confirmationFor(updated.answers as TRequestAnswers, updated.reference, id);
    if (route)
      await enqueueMessage(trx, { ...route, kind: message.kind, payload: message.payload });
  }
}
