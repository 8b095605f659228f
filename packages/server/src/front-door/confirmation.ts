/**
 * Which confirmation a person is sent when their request is received, and how: by the contact
 * method they prefer where it can carry a message, else by whatever they gave. No names or
 * clinical details go in the message, only the reference.
 */
import { routeFromContact } from '../messages/contact-route.js';
import type { TRequestAnswers, TUrgentAnswers } from './answers.schema.js';
import type { OutboxInput } from './request.repository.js';

export function confirmationFor(
  answers: TRequestAnswers | TUrgentAnswers,
  reference: string,
  requestId: string,
): OutboxInput | undefined {
  const route = routeFromContact(answers.contact);
  if (!route) return undefined;
  return {
    kind: 'request_received',
    channel: route.channel,
    recipient: route.recipient,
    language: answers.preferredLanguage ?? 'en',
    payload: { reference },
    requestId,
  };
}
