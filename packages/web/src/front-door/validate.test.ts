import { describe, expect, it } from 'vitest';
import type { Problem } from './draft.js';
import { makeDraftAnswers } from './test-answers.js';
import { firstIncompleteStep, validateAll, validateStep } from './validate.js';

const today = '2026-11-21';
const codes = (problems: Problem[]) => problems.map((p) => `${p.field}:${p.code}`);

describe('referral checks', () => {
  it('finds nothing wrong with a complete self-referral', () => {
    expect(validateAll(makeDraftAnswers(), today)).toEqual([]);
    expect(firstIncompleteStep(makeDraftAnswers(), today)).toBeUndefined();
  });

  it('checks the NHS number by Modulus 11, refuses 0000000000 and allows none', () => {
    const check = (nhsNumber: string) =>
      codes(validateStep('nhs-number', makeDraftAnswers({ nhsNumber }), today));
    expect(check('')).toEqual([]);
    expect(check('943-476-5919')).toEqual([]);
    expect(check('4865447041')).toEqual(['nhs-number:check_digit']);
    expect(check('0000000000')).toEqual(['nhs-number:not_issued']);
    expect(check('12345')).toEqual(['nhs-number:format']);
  });

  it('checks the postcode', () => {
    expect(codes(validateStep('postcode', makeDraftAnswers({ postcode: '' }), today))).toEqual([
      'postcode:required',
    ]);
    expect(
      codes(validateStep('postcode', makeDraftAnswers({ postcode: 'NOT A CODE' }), today)),
    ).toEqual(['postcode:invalid_postcode']);
  });

  it('needs a phone for phone or text, a mobile for text, and an email for email', () => {
    const check = (overrides: Parameters<typeof makeDraftAnswers>[0]) =>
      codes(validateStep('contact', makeDraftAnswers(overrides), today));
    expect(check({ preferred: 'phone', phone: '' })).toEqual(['phone:required_for_preferred']);
    expect(check({ preferred: 'text', phone: '020 7946 0000' })).toEqual(['phone:mobile_required']);
    expect(check({ preferred: 'email', email: '' })).toEqual(['email:required_for_preferred']);
    expect(
      check({
        preferred: 'letter',
        phone: '',
        email: '',
        addressLine1: '1 High Street',
        addressTown: 'Cardiff',
        addressPostcode: 'CF10 1AA',
      }),
    ).toEqual([]);
    expect(check({ phone: '12' })).toEqual(['phone:invalid_phone']);
    expect(check({ email: 'not-an-email' })).toEqual(['email:invalid_email']);
    expect(check({ preferred: '' })).toEqual(['preferred:required']);
  });

  it('asks an address when letter is chosen, and which language to write in with the communication needs (issue 16 item 3)', () => {
    const check = (a: Parameters<typeof makeDraftAnswers>[0]) =>
      codes(validateStep('contact', makeDraftAnswers(a), today));
    expect(check({ preferred: 'letter' })).toEqual([
      'address-line1:required',
      'address-town:required',
      'address-postcode:required',
    ]);
    expect(
      check({
        preferred: 'letter',
        addressLine1: '1 High Street',
        addressTown: 'Cardiff',
        addressPostcode: 'ZZ',
      }),
    ).toEqual(['address-postcode:invalid_postcode']);
    expect(check({ preferred: 'email', addressLine1: '' })).toEqual([]);
    expect(
      codes(validateStep('access', makeDraftAnswers({ preferredLanguage: '' }), today)),
    ).toEqual(['preferred-language:required']);
  });

  it('needs a red flag or "None of these"', () => {
    const none = makeDraftAnswers({ noRedFlags: false, redFlags: [] });
    expect(codes(validateStep('red-flags', none, today))).toEqual(['red-flags:required']);
    const flagged = makeDraftAnswers({ noRedFlags: false, redFlags: ['fall_injury'] });
    expect(validateStep('red-flags', flagged, today)).toEqual([]);
  });

  it('needs agreement and the referrer when asking for someone else', () => {
    const answers = makeDraftAnswers({ for: 'someone_else' });
    expect(codes(validateStep('about-you', answers, today))).toEqual([
      'person-agreed:agreement_required',
      'referrer-name:required',
      'referrer-relationship:required',
    ]);
    expect(firstIncompleteStep(answers, today)).toBe('about-you');
  });

  it('needs the language when an interpreter is needed', () => {
    const answers = makeDraftAnswers({ interpreter: 'yes' });
    expect(codes(validateStep('access', answers, today))).toEqual([
      'interpreter-language:required',
    ]);
  });

  it('asks falls and work only when chosen, and reports them in page order', () => {
    const answers = makeDraftAnswers({ areas: ['falls_mobility', 'work'], goals: '' });
    expect(codes(validateAll(answers, today))).toEqual([
      'falls:required',
      'work-status:required',
      'goals:required',
    ]);
  });

  it('keeps to the lengths the server allows', () => {
    const answers = makeDraftAnswers({ givenName: 'x'.repeat(101) });
    expect(codes(validateStep('name', answers, today))).toEqual(['given-name:too_long']);
  });
});
