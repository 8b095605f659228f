/**
 * How a message reaches a person: by the contact method they prefer where it can carry a
 * message (email, or a text to a UK mobile), else by whatever they gave. The person's record is
 * preferred to what a request's answers said, since staff keep the record up to date.
 */
import { parseUkPhone } from '@everyday/core';

export interface ContactDetails {
  readonly phone?: string | null | undefined;
  readonly email?: string | null | undefined;
  /** `email`, `text`, `phone` or `letter`, as the front door asks it. */
  readonly preferred?: string | null | undefined;
}

export interface ContactRoute {
  readonly channel: 'email' | 'sms';
  readonly recipient: string;
}

/** The person's contact columns, as stored on their record. */
export interface PersonContact {
  readonly phone: string | null;
  readonly email: string | null;
  readonly preferred_contact: string | null;
  readonly preferred_language: 'en' | 'cy';
}

/** The route a set of contact details gives, or none when nothing given can carry a message. */
export function routeFromContact(contact: ContactDetails): ContactRoute | undefined {
  const mobile = contact.phone && parseUkPhone(contact.phone)?.mobile ? contact.phone : undefined;
  const byEmail = contact.email
    ? ({ channel: 'email', recipient: contact.email } as const)
    : undefined;
  const bySms = mobile ? ({ channel: 'sms', recipient: mobile } as const) : undefined;
  return contact.preferred === 'text' || contact.preferred === 'phone'
    ? (bySms ?? byEmail)
    : (byEmail ?? bySms);
}

/** What a request's answers say about contact, read defensively (they are stored JSON). */
function answersContact(answers: unknown): {
  contact: ContactDetails;
  language: 'en' | 'cy' | undefined;
} {
  const a = (typeof answers === 'object' && answers !== null ? answers : {}) as {
    contact?: ContactDetails;
    preferredLanguage?: 'en' | 'cy';
  };
  return { contact: a.contact ?? {}, language: a.preferredLanguage };
}

/**
 * How to reach the person of a request, and in which language: from their record when it holds
 * a phone or email, else from the request's answers.
 */
export function contactRouteFor(
  person: PersonContact | null | undefined,
  request: { readonly answers: unknown },
): (ContactRoute & { readonly language: 'en' | 'cy' }) | undefined {
  const fromAnswers = answersContact(request.answers);
  const route =
    person && (person.phone || person.email)
      ? routeFromContact({
          phone: person.phone,
          email: person.email,
          preferred: person.preferred_contact,
        })
      : routeFromContact(fromAnswers.contact);
  if (!route) return undefined;
  return { ...route, language: person?.preferred_language ?? fromAnswers.language ?? 'en' };
}
