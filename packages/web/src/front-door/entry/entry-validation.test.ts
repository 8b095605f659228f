import { describe, expect, it } from 'vitest';
import type { EntryValues } from './entry-values.js';
import { channelsFor, emptyEntry, isoDateOf } from './entry-values.js';
import { todayIso, validateEntry, validatePersonKey } from './entry-validation.js';

const today = '2026-11-21';

function complete(overrides: Partial<EntryValues> = {}): EntryValues {
  return {
    ...emptyEntry(['phone', 'desk']),
    channel: 'phone',
    for: 'self',
    givenName: 'Ann',
    familyName: 'Jones',
    dateOfBirth: { day: '27', month: '3', year: '1951' },
    postcode: 'la9 4je',
    practiceId: '0b6f3c1e-8a2d-4c5b-9e7f-1a2b3c4d5e6f',
    phone: '07400 123456',
    preferred: 'phone',
    areas: ['home_daily_living'],
    difficulties: 'Getting dressed',
    since: '1_to_3_months',
    impact: 'a_lot',
    goals: 'Dress myself',
    ...overrides,
  };
}

const paths = (values: EntryValues) =>
  validateEntry(values, today).map((p) => `${p.path}:${p.code}`);

describe('checks on the staff form', () => {
  it('passes a complete form', () => {
    expect(paths(complete())).toEqual([]);
  });

  it('asks an address when letter is the way to be contacted (issue 16 item 3)', () => {
    expect(paths(complete({ preferred: 'letter' }))).toEqual([
      'answers.contact.address.line1:required',
      'answers.contact.address.town:required',
      'answers.contact.address.postcode:required',
    ]);
    expect(
      paths(
        complete({
          preferred: 'letter',
          addressLine1: '1 High Street',
          addressTown: 'Kendal',
          addressPostcode: 'LA9 4JE',
        }),
      ),
    ).toEqual([]);
  });

  it('names every missing answer, in the order of the page, with the server’s paths', () => {
    expect(paths(emptyEntry(['phone', 'desk']))).toEqual([
      'channel:required',
      'answers.for:required',
      'answers.person.givenName:required',
      'answers.person.familyName:required',
      'answers.person.dateOfBirth:required',
      'answers.person.postcode:required',
      'answers.practiceId:required',
      'answers.contact.preferred:required',
      'answers.areas:too_short',
      'answers.difficulties:required',
      'answers.since:required',
      'answers.impact:required',
      'answers.goals:required',
    ]);
  });

  it('asks a carer for their name, relationship and the person’s agreement', () => {
    expect(paths(complete({ for: 'someone_else' }))).toEqual([
      'answers.referrer.name:required',
      'answers.referrer.relationship:required',
      'answers.personAgreed:agreement_required',
    ]);
  });

  it('checks dates of birth, NHS numbers, postcodes, phones and emails as the server does', () => {
    const dob = (day: string, month: string, year: string) =>
      paths(complete({ dateOfBirth: { day, month, year } }));
    expect(dob('31', '2', '1950')).toEqual(['answers.person.dateOfBirth:invalid_date']);
    expect(dob('1', '1', '2030')).toEqual(['answers.person.dateOfBirth:date_in_future']);
    expect(dob('1', '1', '1850')).toEqual(['answers.person.dateOfBirth:date_too_early']);
    expect(paths(complete({ nhsNumber: '943 476 5918' }))).toEqual([
      'answers.person.nhsNumber:invalid_nhs_number',
    ]);
    expect(paths(complete({ nhsNumber: '943 476 5919' }))).toEqual([]);
    expect(paths(complete({ postcode: 'nowhere' }))).toEqual([
      'answers.person.postcode:invalid_postcode',
    ]);
    expect(paths(complete({ phone: '12' }))).toEqual(['answers.contact.phone:invalid_phone']);
    expect(paths(complete({ email: 'ann@' }))).toEqual(['answers.contact.email:invalid_email']);
  });

  it('needs the contact details the chosen way of contacting needs', () => {
    expect(paths(complete({ phone: '', preferred: 'text' }))).toEqual([
      'answers.contact.phone:required_for_preferred',
    ]);
    expect(paths(complete({ phone: '020 7946 0000', preferred: 'text' }))).toEqual([
      'answers.contact.phone:mobile_required',
    ]);
    expect(paths(complete({ preferred: 'email' }))).toEqual([
      'answers.contact.email:required_for_preferred',
    ]);
  });

  it('asks the follow-up questions of falls and work, and the interpreter’s language', () => {
    expect(paths(complete({ areas: ['falls_mobility', 'work'], access: ['interpreter'] }))).toEqual(
      [
        'answers.fallsInLastYear:required',
        'answers.workStatus:required',
        'answers.access.language:required',
      ],
    );
  });

  it('needs a clinician’s reason for referral', () => {
    const referral = complete({
      channel: 'clinician_referral',
      for: 'someone_else',
      referrerName: 'Dr Rhys',
      referrerRelationship: 'GP',
      personAgreed: true,
    });
    expect(paths(referral)).toEqual(['answers.clinicalReason:required']);
    expect(paths({ ...referral, clinicalReason: 'Falls at home' })).toEqual([]);
  });

  it('checks only the name and date of birth before looking for existing records', () => {
    expect(
      validatePersonKey(complete({ givenName: ' ', postcode: '' }), today).map((p) => p.path),
    ).toEqual(['answers.person.givenName']);
  });
});

describe('staff form values', () => {
  it('reads a date of birth typed in three boxes', () => {
    expect(isoDateOf({ day: '7', month: '3', year: '1951' })).toBe('1951-03-07');
    expect(isoDateOf({ day: '29', month: '2', year: '2023' })).toBeNull();
    expect(isoDateOf({ day: 'x', month: '3', year: '1951' })).toBeNull();
    expect(isoDateOf({ day: '7', month: '3', year: '51' })).toBeNull();
  });

  it('offers phone and desk to navigators and OTs, a referral to clinicians', () => {
    expect(channelsFor(['navigator'])).toEqual(['phone', 'desk']);
    expect(channelsFor(['clinician'])).toEqual(['clinician_referral']);
    expect(channelsFor(['ot', 'clinician'])).toEqual(['phone', 'desk', 'clinician_referral']);
  });

  it('starts a clinician’s referral with them as the referrer', () => {
    const values = emptyEntry(['clinician_referral'], 'Dr Rhys');
    expect(values).toMatchObject({
      channel: 'clinician_referral',
      for: 'someone_else',
      referrerName: 'Dr Rhys',
    });
  });

  it('writes today in the local calendar', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
