/**
 * Send a booking link for a request on the waiting list (issue 16 item 2): to the person by their
 * own mobile or email, or, when the person agrees, to a carer or referrer (the one named on the
 * request, or one the OT types), or to no one (the code is read out or printed). Every link has a
 * short code too. The message goes through the outbox in the same transaction, and the request's
 * history says who it went to (their relationship, never their number) and that the person agreed.
 */
import { parseUkPhone, type Clock } from '@everyday/core';
import type { AuditedTransaction } from '../access/patient-access.js';
import { AppError } from '../http/app-error.js';
import { contactRouteFor, routeFromContact, type ContactRoute } from '../messages/contact-route.js';
import { findPerson } from '../people/person.repository.js';
import { addRequestEvent, enqueueMessage } from '../front-door/request.repository.js';
import { requestForBooking } from './booking.repository.js';
import { bookingLinkFor } from './booking-link.js';
import { issueBookingCode } from './booking-code.js';

/** A carer's or referrer's contact the OT types in. */
export interface TypedContact {
  readonly name: string;
  readonly relationship: string;
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
}

export type LinkRecipient =
  | { readonly kind: 'person' }
  /** `contact` absent: the carer or referrer named on the request's answers. */
  | { readonly kind: 'contact'; readonly contact: TypedContact | undefined; readonly consent: true }
  /** Made, not sent: the code is read out on the phone or printed in a letter. */
  | { readonly kind: 'none' };

export interface SendBookingLinkInput {
  readonly requestId: string;
  readonly recipient: LinkRecipient;
  readonly expiresInDays: number;
  readonly userId: string;
}

export interface SentBookingLink {
  readonly id: string;
  readonly link: string;
  readonly expiresAt: string;
  readonly code: string;
  readonly sent: boolean;
  /** Who it went to: the person, their contact (with relationship and name), or nobody. */
  readonly sentTo:
    | { readonly kind: 'person' }
    | { readonly kind: 'contact'; readonly name: string; readonly relationship: string }
    | { readonly kind: 'none' };
}

export interface BookingLinkDeps {
  readonly secret: string;
  readonly publicUrl: string;
  readonly clock: Clock;
}

/** What a request's answers say about the person and whoever asked for them, read defensively. */
export function answersPeople(answers: unknown): {
  givenName: string | undefined;
  familyName: string | undefined;
  language: 'en' | 'cy' | undefined;
  referrer: { name: string; relationship: string; phone: string | undefined } | undefined;
} {
  const a = (typeof answers === 'object' && answers !== null ? answers : {}) as {
    person?: { givenName?: unknown; familyName?: unknown };
    preferredLanguage?: unknown;
    referrer?: { name?: unknown; relationship?: unknown; phone?: unknown };
  };
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  const referrerName = str(a.referrer?.name);
  return {
    givenName: str(a.person?.givenName),
    familyName: str(a.person?.familyName),
    language:
      a.preferredLanguage === 'cy' || a.preferredLanguage === 'en'
        ? a.preferredLanguage
        : undefined,
    referrer: referrerName
      ? {
          name: referrerName,
          relationship: str(a.referrer?.relationship) ?? '',
          phone: str(a.referrer?.phone),
        }
      : undefined,
  };
}

const contactField = (path: string, message: string) =>
  new AppError('validation', message, { fields: [{ path, code: 'no_route', message }] });

/** The route to the person's contact, or a field error saying what to change. */
function contactRoute(
  typed: TypedContact | undefined,
  onRequest: ReturnType<typeof answersPeople>['referrer'],
): { route: ContactRoute; name: string; relationship: string } {
  if (typed) {
    if (typed.phone && !parseUkPhone(typed.phone)?.mobile)
      throw contactField('contact.phone', 'Enter a UK mobile number, like 07700 900 123');
    const route = routeFromContact({ phone: typed.phone, email: typed.email, preferred: 'text' });
    if (!route) throw contactField('contact.phone', 'Enter their mobile number or email address');
    return { route, name: typed.name, relationship: typed.relationship };
  }
  if (!onRequest)
    throw contactField('contact', 'There is no carer or referrer on this request: enter one');
  const route = routeFromContact({ phone: onRequest.phone, preferred: 'text' });
  if (!route)
    throw contactField(
      'contact',
      'The carer or referrer on this request has no mobile number: enter one, or an email address',
    );
  return { route, name: onRequest.name, relationship: onRequest.relationship };
}

export async function sendBookingLink(
  trx: AuditedTransaction,
  input: SendBookingLinkInput,
  deps: BookingLinkDeps,
): Promise<SentBookingLink> {
  const { requestId: id } = input;
  const r = await requestForBooking(trx, id);
  if (!r || (r.status !== 'waiting' && r.status !== 'booked'))
    throw new AppError('conflict', 'Only requests on the waiting list can be sent a booking link');
  const person = r.person_id ? await findPerson(trx, r.person_id) : undefined;
  const addressed = contactRouteFor(person, r);
  const named = answersPeople(r.answers);
  // The link opens in the language the person is written to in (issue 16 item 3).
  const language = addressed?.language ?? person?.preferred_language ?? named.language ?? 'en';
  const now = deps.clock.now();
  const link = bookingLinkFor(deps.secret, deps.publicUrl, id, now, input.expiresInDays, language);
  const code = await issueBookingCode(trx, {
    requestId: id,
    language,
    createdBy: input.userId,
    now,
    expiresAt: new Date(link.expiresAt),
  });
  const payload = {
    reference: r.reference,
    link: link.link,
    code,
    bookUrl: `${deps.publicUrl}/book`,
  };

  let sentTo: SentBookingLink['sentTo'] = { kind: 'none' };
  let details: Record<string, unknown> = { sentTo: 'none' };
  switch (input.recipient.kind) {
    case 'person':
      if (addressed) {
        await enqueueMessage(trx, {
          ...addressed,
          requestId: id,
          kind: 'self_booking_link',
          payload,
        });
        sentTo = { kind: 'person' };
        details = { sentTo: 'person', channel: addressed.channel };
      }
      break;
    case 'contact': {
      const to = contactRoute(input.recipient.contact, named.referrer);
      await enqueueMessage(trx, {
        ...to.route,
        language,
        requestId: id,
        kind: 'self_booking_link_contact',
        payload: { ...payload, givenName: person?.given_name ?? named.givenName ?? '' },
      });
      sentTo = { kind: 'contact', name: to.name, relationship: to.relationship };
      details = {
        sentTo: 'contact',
        channel: to.route.channel,
        relationship: to.relationship,
        consent: input.recipient.consent,
      };
      break;
    }
    case 'none':
      break;
  }
  await addRequestEvent(trx, id, 'booking_link_sent', input.userId, details);
  return { id, ...link, code, sent: sentTo.kind !== 'none', sentTo };
}
