// What the one-page staff form holds while it is being filled in: text as typed, choices as
// chosen, nothing converted until it is sent (so nothing typed is ever lost on an error).
import type {
  AccessNeed,
  Area,
  ContactMethod,
  Duration,
  FallsInLastYear,
  Impact,
  RedFlag,
  WorkStatus,
} from '@everyday/core';
import type { StaffChannel } from '../../triage/request-types.js';
import { EMPTY_EQUALITY, type EqualityValues } from '../equality-answers.js';

/** The interpreter is ticked in the same list as the accessible-information needs. */
export type AccessChoice = AccessNeed | 'interpreter';

/** Equality monitoring (issue 11 item 3) is held as the public form holds it. */
export interface EntryValues extends EqualityValues {
  channel: StaffChannel | '';
  for: 'self' | 'someone_else' | '';
  personAgreed: boolean;
  referrerName: string;
  referrerRelationship: string;
  referrerPhone: string;
  givenName: string;
  familyName: string;
  dateOfBirth: { day: string; month: string; year: string };
  nhsNumber: string;
  postcode: string;
  practiceId: string;
  phone: string;
  email: string;
  preferred: ContactMethod | '';
  /** Where letters go: asked when letter is chosen. */
  addressLine1: string;
  addressLine2: string;
  addressTown: string;
  addressPostcode: string;
  preferredLanguage: 'en' | 'cy' | '';
  redFlags: RedFlag[];
  areas: Area[];
  fallsInLastYear: FallsInLastYear | '';
  workStatus: WorkStatus | '';
  difficulties: string;
  since: Duration | '';
  impact: Impact | '';
  goals: string;
  access: AccessChoice[];
  interpreterLanguage: string;
  accessOther: string;
  clinicalReason: string;
}

/** A blank form. A clinician's referral starts with them as the referrer. */
export function emptyEntry(channels: readonly StaffChannel[], referrerName = ''): EntryValues {
  const onlyChannel = channels.length === 1 ? channels[0] : undefined;
  const clinician = onlyChannel === 'clinician_referral';
  return {
    channel: onlyChannel ?? '',
    for: clinician ? 'someone_else' : '',
    personAgreed: false,
    referrerName: clinician ? referrerName : '',
    referrerRelationship: '',
    referrerPhone: '',
    givenName: '',
    familyName: '',
    dateOfBirth: { day: '', month: '', year: '' },
    nhsNumber: '',
    postcode: '',
    practiceId: '',
    phone: '',
    email: '',
    preferred: '',
    addressLine1: '',
    addressLine2: '',
    addressTown: '',
    addressPostcode: '',
    preferredLanguage: '',
    redFlags: [],
    areas: [],
    fallsInLastYear: '',
    workStatus: '',
    difficulties: '',
    since: '',
    impact: '',
    goals: '',
    access: [],
    interpreterLanguage: '',
    accessOther: '',
    clinicalReason: '',
    ...EMPTY_EQUALITY,
  };
}

/** `{ day: '7', month: '3', year: '1951' }` → `1951-03-07`, or null when it is not a real date. */
export function isoDateOf(parts: EntryValues['dateOfBirth']): string | null {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((p) => p.trim());
  if (!/^\d{1,2}$/.test(day ?? '') || !/^\d{1,2}$/.test(month ?? '') || !/^\d{4}$/.test(year ?? ''))
    return null;
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The channels a member of staff records requests through, by their roles. */
export function channelsFor(roles: readonly string[]): StaffChannel[] {
  const channels: StaffChannel[] = [];
  if (roles.includes('navigator') || roles.includes('ot')) channels.push('phone', 'desk');
  if (roles.includes('clinician')) channels.push('clinician_referral');
  return channels;
}
