// Each field of the staff form: its element id, and the API paths whose errors it shows. The
// order is the order of the page, which is the order of the error summary.
import type { TFunction } from 'i18next';
import type { FieldError } from '../../api-types.js';
import { codeMessage, type FormErrors } from '../../form-errors.js';

export const ENTRY_FIELD_IDS = {
  channel: 'channel',
  for: 'for',
  referrerName: 'referrer-name',
  referrerRelationship: 'referrer-relationship',
  referrerPhone: 'referrer-phone',
  personAgreed: 'person-agreed',
  givenName: 'given-name',
  familyName: 'family-name',
  dateOfBirth: 'date-of-birth',
  nhsNumber: 'nhs-number',
  personChoice: 'existing-record',
  postcode: 'postcode',
  practiceId: 'practice',
  phone: 'phone',
  email: 'email',
  preferred: 'preferred-contact',
  addressLine1: 'address-line1',
  addressLine2: 'address-line2',
  addressTown: 'address-town',
  addressPostcode: 'address-postcode',
  preferredLanguage: 'preferred-language',
  redFlags: 'red-flags',
  areas: 'areas',
  fallsInLastYear: 'falls',
  workStatus: 'work-status',
  difficulties: 'difficulties',
  since: 'since',
  impact: 'impact',
  goals: 'goals',
  access: 'access',
  interpreterLanguage: 'interpreter-language',
  accessOther: 'access-other',
  clinicalReason: 'clinical-reason',
} as const;
export type EntryField = keyof typeof ENTRY_FIELD_IDS;

const FIELD_BY_PATH: Readonly<Record<string, EntryField>> = {
  channel: 'channel',
  personId: 'personChoice',
  'answers.for': 'for',
  'answers.personAgreed': 'personAgreed',
  'answers.referrer': 'referrerName',
  'answers.referrer.name': 'referrerName',
  'answers.referrer.relationship': 'referrerRelationship',
  'answers.referrer.phone': 'referrerPhone',
  'answers.person.givenName': 'givenName',
  'answers.person.familyName': 'familyName',
  'answers.person.dateOfBirth': 'dateOfBirth',
  'answers.person.nhsNumber': 'nhsNumber',
  'answers.person.postcode': 'postcode',
  'answers.practiceId': 'practiceId',
  'answers.contact': 'preferred',
  'answers.contact.phone': 'phone',
  'answers.contact.email': 'email',
  'answers.contact.preferred': 'preferred',
  'answers.contact.address': 'addressLine1',
  'answers.contact.address.line1': 'addressLine1',
  'answers.contact.address.line2': 'addressLine2',
  'answers.contact.address.town': 'addressTown',
  'answers.contact.address.postcode': 'addressPostcode',
  'answers.preferredLanguage': 'preferredLanguage',
  'answers.redFlags': 'redFlags',
  'answers.areas': 'areas',
  'answers.fallsInLastYear': 'fallsInLastYear',
  'answers.workStatus': 'workStatus',
  'answers.difficulties': 'difficulties',
  'answers.since': 'since',
  'answers.impact': 'impact',
  'answers.goals': 'goals',
  'answers.access': 'access',
  'answers.access.interpreter': 'access',
  'answers.access.needs': 'access',
  'answers.access.language': 'interpreterLanguage',
  'answers.access.other': 'accessOther',
  'answers.clinicalReason': 'clinicalReason',
};

/**
 * The field an API path is about: `answers.areas.2` and `answers.areas[2]` are about `areas`;
 * a path below a known one (`answers.person.dateOfBirth.year`) falls back to it.
 */
export function entryFieldOf(path: string): EntryField | null {
  const segments = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((segment) => segment !== '' && !/^\d+$/.test(segment));
  for (let n = segments.length; n > 0; n--) {
    const field = FIELD_BY_PATH[segments.slice(0, n).join('.')];
    if (field) return field;
  }
  return null;
}

const ENTRY_SCOPES = { byField: ['staffForm.errors'], byCode: ['staffForm.errors', 'fieldErrors'] };

const ORDER = Object.keys(ENTRY_FIELD_IDS) as EntryField[];

/**
 * Field errors → the error summary (in page order, each linking to its field) and a message
 * beside each field. Messages: `staffForm.errors.<field>.<code>`, then `staffForm.errors.<code>`,
 * then the common `fieldErrors.<code>`, then the server's own message.
 */
export function entryErrors(t: TFunction, errors: readonly FieldError[]): FormErrors {
  const byField = new Map<EntryField, string>();
  const general: string[] = [];
  for (const error of errors) {
    const field = entryFieldOf(error.path);
    const text = codeMessage(t, ENTRY_SCOPES, field, error.code, error.message);
    if (field === null) general.push(text);
    else if (!byField.has(field)) byField.set(field, text);
  }
  const fields: Partial<Record<string, string>> = {};
  const summary = ORDER.flatMap((field) => {
    const text = byField.get(field);
    if (text === undefined) return [];
    fields[field] = text;
    return [{ text, href: `#${ENTRY_FIELD_IDS[field]}` }];
  });
  return { summary: [...summary, ...general.map((text) => ({ text }))], fields };
}
