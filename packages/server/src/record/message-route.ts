/** How to reach the person of an episode, for the messages the record sends (PREM, questionnaires). */
import { contactRouteFor, type PersonContact } from '../messages/contact-route.js';

/** The person's route for a message: their record first, else what they told the front door. */
export function messageRouteFor(
  row: PersonContact & { answers: unknown; reference: string | null; request_id: string | null },
) {
  if (!row.reference || !row.request_id) return undefined;
  const route = contactRouteFor(row, row);
  return route
    ? { channel: route.channel, recipient: route.recipient, requestId: row.request_id }
    : undefined;
}
