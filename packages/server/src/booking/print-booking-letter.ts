/**
 * The booking letter (issue 16 item 2): for a person with no mobile or email, a letter to their
 * address with a new short code for their booking link, the address of /book and how to phone
 * instead, in the language they are written to in. Each letter carries its own code (codes are
 * kept only as hashes, so an earlier one cannot be printed again); earlier codes still work
 * until they expire. The request's history records that a letter was printed.
 */
import { communicationNeedsOf, composeBookingLetter, londonDateOf } from '@everyday/core';
import type { AuditedTransaction } from '../access/patient-access.js';
import type { ServiceContact } from '../config.js';
import type { PersonRow } from '../db/schema.js';
import { renderPdf } from '../documents/pdf.js';
import { addRequestEvent } from '../front-door/request.repository.js';
import { AppError } from '../http/app-error.js';
import { contactRouteFor } from '../messages/contact-route.js';
import { findPerson } from '../people/person.repository.js';
import { requestForBooking } from './booking.repository.js';
import { bookingLinkFor } from './booking-link.js';
import { issueBookingCode } from './booking-code.js';
import { answersPeople, type BookingLinkDeps } from './send-booking-link.js';

/** How long a letter's code works: long enough for the post and a few days to act on it. */
export const LETTER_CODE_DAYS = 21;

const SERVICE_NAME = {
  en: 'Occupational therapy service',
  cy: 'Gwasanaeth therapi galwedigaethol',
} as const;

/** The address letters go to: the person's record first, else the request's answers. */
export function letterAddress(person: PersonRow | undefined, answers: unknown): string[] {
  if (person && person.address_lines.length > 0)
    return [...person.address_lines, ...(person.address_postcode ? [person.address_postcode] : [])];
  const a = (typeof answers === 'object' && answers !== null ? answers : {}) as {
    contact?: { address?: Partial<Record<'line1' | 'line2' | 'town' | 'postcode', unknown>> };
  };
  const address = a.contact?.address;
  if (!address) return [];
  return [address.line1, address.line2, address.town, address.postcode].filter(
    (line): line is string => typeof line === 'string' && line.trim() !== '',
  );
}

export async function printBookingLetter(
  trx: AuditedTransaction,
  input: { readonly requestId: string; readonly userId: string },
  deps: BookingLinkDeps & { readonly service: ServiceContact },
): Promise<{ id: string; pdf: Buffer }> {
  const id = input.requestId;
  const r = await requestForBooking(trx, id);
  if (!r || (r.status !== 'waiting' && r.status !== 'booked'))
    throw new AppError('conflict', 'Only requests on the waiting list can be sent a booking link');
  const person = r.person_id ? await findPerson(trx, r.person_id) : undefined;
  const named = answersPeople(r.answers);
  const language =
    contactRouteFor(person, r)?.language ?? person?.preferred_language ?? named.language ?? 'en';
  const now = deps.clock.now();
  const link = bookingLinkFor(deps.secret, deps.publicUrl, id, now, LETTER_CODE_DAYS, language);
  const code = await issueBookingCode(trx, {
    requestId: id,
    language,
    createdBy: input.userId,
    now,
    expiresAt: new Date(link.expiresAt),
  });
  await addRequestEvent(trx, id, 'booking_link_sent', input.userId, { sentTo: 'letter' });
  const name = person
    ? `${person.given_name} ${person.family_name}`
    : [named.givenName, named.familyName].filter(Boolean).join(' ');
  const doc = composeBookingLetter({
    language,
    service: {
      name: SERVICE_NAME[language],
      address: deps.service.address,
      phone: deps.service.phone,
    },
    person: { name, address: letterAddress(person, r.answers) },
    reference: r.reference,
    code,
    bookUrl: `${deps.publicUrl}/book`,
    expiresOn: londonDateOf(new Date(link.expiresAt).getTime()),
    date: deps.clock.today(),
  });
  // Printed as the person needs it: large print when their communication needs say so.
  const { print } = communicationNeedsOf(
    person
      ? {
          accessNeeds: person.access_needs,
          interpreterLanguage: person.interpreter_language,
          preferredLanguage: person.preferred_language,
        }
      : null,
    r.answers,
  );
  return { id, pdf: await renderPdf({ ...doc, print }, { creationDate: now }) };
}
