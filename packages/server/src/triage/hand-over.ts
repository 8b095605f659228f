/**
 * Handing a redirected request over to its receiver (issue 16 item 4). Redirecting "to the
 * person's GP" (or to another team) makes a handover for the request's practice: a task in the
 * view of that practice's clinicians until one acknowledges it, and a `handover` message through
 * the outbox to the practice's e-mail address (the one its crisis escalations go to, set in the
 * safety settings), or, with none set, to each of the practice's clinicians. The message names
 * the reference and that there is a handover to see, nothing clinical. The `hand_over` event in
 * the request's history says who was told.
 */
import type { AuditedTransaction } from '../access/patient-access.js';
import type { RequestRow } from '../db/schema.js';
import { addRequestEvent, enqueueMessage } from '../front-door/request.repository.js';
import { practicePolicies } from '../safety-net/safety-settings.repository.js';
import { insertHandover, practiceClinicianEmails } from './handover.repository.js';

export const HANDOVER_MESSAGE_KIND = 'handover';

export interface HandOverInput {
  readonly request: Pick<RequestRow, 'id' | 'reference' | 'practice_id'>;
  readonly receiver: 'gp' | 'other_team';
  readonly team: string | null;
  readonly by: string;
  readonly at: Date;
}

export interface HandOverResult {
  readonly handoverId: string;
  /** Who the message went to: the practice's address, its clinicians, or no one (none known). */
  readonly sentTo: 'practice' | 'clinicians' | 'none';
}

export async function handOver(
  trx: AuditedTransaction,
  input: HandOverInput,
): Promise<HandOverResult> {
  const { request } = input;
  const handoverId = await insertHandover(trx, {
    requestId: request.id,
    practiceId: request.practice_id,
    receiver: input.receiver,
    team: input.team,
    by: input.by,
    at: input.at,
  });
  const policy = (await practicePolicies(trx, [request.practice_id])).get(request.practice_id);
  const practiceEmail = policy?.practiceEmail ?? null;
  const recipients = practiceEmail
    ? [practiceEmail]
    : await practiceClinicianEmails(trx, request.practice_id);
  const sentTo: HandOverResult['sentTo'] = practiceEmail
    ? 'practice'
    : recipients.length > 0
      ? 'clinicians'
      : 'none';
  for (const recipient of recipients)
    await enqueueMessage(trx, {
      kind: HANDOVER_MESSAGE_KIND,
      channel: 'email',
      language: 'en',
      recipient,
      payload: { reference: request.reference, practice: policy?.practiceName ?? '' },
      requestId: request.id,
    });
  await addRequestEvent(trx, request.id, 'hand_over', input.by, {
    receiver: input.receiver,
    ...(input.team ? { team: input.team } : {}),
    sentTo,
  });
  return { handoverId, sentTo };
}
