/**
 * Who a request's booking link can go to (issue 16 item 2), for the OT choosing: the person when
 * their mobile or email can carry it, the carer or referrer named on the request when they gave
 * a mobile, and whether there is an address for a letter. No numbers leave the server.
 */
import type { AuditedTransaction } from '../access/patient-access.js';
import { AppError } from '../http/app-error.js';
import { contactRouteFor, routeFromContact } from '../messages/contact-route.js';
import { findPerson } from '../people/person.repository.js';
import { requestForBooking } from './booking.repository.js';
import { answersPeople } from './send-booking-link.js';
import { letterAddress } from './print-booking-letter.js';

export interface LinkRecipients {
  readonly id: string;
  readonly person: { readonly reachable: boolean; readonly channel: 'sms' | 'email' | null };
  readonly contact: {
    readonly name: string;
    readonly relationship: string;
    readonly reachable: boolean;
  } | null;
  readonly hasAddress: boolean;
}

export async function listLinkRecipients(
  trx: AuditedTransaction,
  requestId: string,
): Promise<LinkRecipients> {
  const r = await requestForBooking(trx, requestId);
  if (!r || (r.status !== 'waiting' && r.status !== 'booked'))
    throw new AppError('conflict', 'Only requests on the waiting list can be sent a booking link');
  const person = r.person_id ? await findPerson(trx, r.person_id) : undefined;
  const addressed = contactRouteFor(person, r);
  const { referrer } = answersPeople(r.answers);
  return {
    id: requestId,
    person: { reachable: addressed !== undefined, channel: addressed?.channel ?? null },
    contact: referrer
      ? {
          name: referrer.name,
          relationship: referrer.relationship,
          reachable: routeFromContact({ phone: referrer.phone, preferred: 'text' }) !== undefined,
        }
      : null,
    hasAddress: letterAddress(person, r.answers).length > 0,
  };
}
