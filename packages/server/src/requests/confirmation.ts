/**
 * Which confirmation a person is sent when their request is received, and how: by the contact
 * method they prefer where it can carry a message, else by whatever they gave. No names or
 * clinical details go in the message, only the reference.
 */
import { parseUkPhone } from '@everyday/core';
import type { TRequestAnswers, TUrgentAnswers } from './answers.schema.js';
import type { OutboxInput } from './request.repository.js';

export function confirmationFor(
  answers: TRequestAnswers | TUrgentAnswers,
  reference: string,
  requestId: string,
): OutboxInput | undefined {
  const { contact } = answers;
  const mobile = contact.phone && parseUkPhone(contact.phone)?.mobile ? contact.phone : undefined;
  const byEmail = contact.email
    ? ({ channel: 'email', recipient: contact.email } as const)
    : undefined;
  const bySms = mobile ? ({ channel: 'sms', recipient: mobile } as const) : undefined;
  let route: { channel: 'email' | 'sms'; recipient: string } | undefined;
  switch (contact.preferred) {
    case 'email':
      route = byEmail ?? bySms;
      break;
    case 'text':
    case 'phone':
      route = bySms ?? byEmail;
      break;
    case 'letter':
      route = byEmail ?? bySms;
      break;
  }
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
