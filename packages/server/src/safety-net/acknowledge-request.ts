/**
 * A clinician acknowledges a crisis or safeguarding request with what was done (issue 9, item 5):
 * once per request, under a row lock so two clinicians acting at once cannot both record it. The
 * acknowledgement is kept on the request and as an `acknowledge` event in its history. Runs in
 * the access module's audited transaction.
 */
import { checkAcknowledgement, needsAcknowledgement } from '@everyday/core';
import type { AuditedTransaction } from '../access/patient-access.js';
import { AppError } from '../http/app-error.js';
import { addRequestEvent } from '../front-door/request.repository.js';
import { lockForAcknowledgement, recordAcknowledgement } from './crisis.repository.js';
import type { TAcknowledgeBody, TAcknowledgement } from './crisis.schema.js';

export interface AcknowledgeInput {
  readonly requestId: string;
  readonly body: TAcknowledgeBody;
  readonly by: { readonly id: string; readonly name: string };
  readonly now: Date;
}

export async function acknowledgeRequest(
  trx: AuditedTransaction,
  input: AcknowledgeInput,
): Promise<{ id: string; reference: string; acknowledgement: TAcknowledgement }> {
  const state = await lockForAcknowledgement(trx, input.requestId);
  if (!state) throw new AppError('not_found', 'No such request');
  if (!needsAcknowledgement(state)) {
    throw new AppError(
      'bad_request',
      'Only crisis and safeguarding requests are acknowledged. Use the triage actions for this one.',
    );
  }
  if (state.acknowledgedAt) {
    throw new AppError(
      'conflict',
      `This request was acknowledged ${state.acknowledgedByName ? `by ${state.acknowledgedByName} ` : ''}at ${state.acknowledgedAt.toISOString()}. Reload it to see what was done.`,
    );
  }
  const check = checkAcknowledgement(input.body);
  if (!check.ok) {
    throw new AppError('validation', 'Check the acknowledgement', {
      fields: check.problems.map((p) => ({ path: p.field, code: p.code, message: p.message })),
    });
  }
  const { acknowledgement } = check;
  if (!(await recordAcknowledgement(trx, state.id, acknowledgement, input.by.id, input.now))) {
    throw new AppError('conflict', 'Someone else has just acknowledged this request.');
  }
  await addRequestEvent(trx, state.id, 'acknowledge', input.by.id, { ...acknowledgement });
  return {
    id: state.id,
    reference: state.reference,
    acknowledgement: { ...acknowledgement, at: input.now.toISOString(), by: input.by },
  };
}
