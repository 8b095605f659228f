/** How to reach the person of an episode, for the messages the record sends (PREM, questionnaires). */
import type { TRequestAnswers } from '../requests/answers.schema.js';
import { confirmationFor } from '../requests/confirmation.js';

/** The person's preferred route for a message, from what they told the front door. */
export function messageRouteFor(row: {
  answers: unknown;
  reference: string | null;
  request_id: string | null;
}) {
  if (!row.answers || !row.reference || !row.request_id) return undefined;
  const route = confirmationFor(row.answers as TRequestAnswers, row.reference, row.request_id);
  return route
    ? { channel: route.channel, recipient: route.recipient, requestId: route.requestId }
    : undefined;
}
