import { describe, expect, it } from 'vitest';
import { answerFields, fieldProblem, isoDate, requestAnswersSchemas } from './index.js';

describe('request answers contract', () => {
  it('gives the documented field codes for single answers', () => {
    expect(fieldProblem(answerFields.givenName, '  ')).toBe('required');
    expect(fieldProblem(answerFields.givenName, 'x'.repeat(101))).toBe('too_long');
    expect(fieldProblem(answerFields.givenName, 'Ann')).toBeUndefined();
    expect(fieldProblem(answerFields.phone, '12')).toBe('invalid_phone');
    expect(fieldProblem(answerFields.email, 'not-an-email')).toBe('invalid_email');
    expect(fieldProblem(answerFields.postcode, '')).toBe('required');
    expect(fieldProblem(answerFields.postcode, 'ZZ')).toBe('invalid_postcode');
    expect(fieldProblem(answerFields.nhsNumber, '1234567890')).toBe('invalid_nhs_number');
    expect(fieldProblem(answerFields.areas, [])).toBe('too_short');
  });

  it('refuses a date of birth after the given today, read at each parse', () => {
    let today = '2026-06-01';
    const { ZPersonDetails } = requestAnswersSchemas(() => today);
    const person = {
      givenName: 'A',
      familyName: 'B',
      dateOfBirth: '2026-06-02',
      postcode: 'CF10 1AA',
    };
    expect(fieldProblem(ZPersonDetails, person)).toBe('date_in_future');
    today = '2026-06-02';
    expect(fieldProblem(ZPersonDetails, person)).toBeUndefined();
    expect(fieldProblem(ZPersonDetails, { ...person, dateOfBirth: '1899-12-31' })).toBe(
      'date_too_early',
    );
  });

  it('asks an address only when letter is the way to be contacted (issue 16 item 3)', () => {
    const { ZContactDetails } = requestAnswersSchemas(() => '2026-06-01');
    const address = { line1: '1 High Street', town: 'Cardiff', postcode: 'cf10 1aa' };
    const byLetter = ZContactDetails.safeParse({ preferred: 'letter' });
    expect(byLetter.success).toBe(false);
    expect(byLetter.error?.issues[0]).toMatchObject({
      path: ['address'],
      params: { code: 'required_for_preferred' },
    });
    expect(ZContactDetails.parse({ preferred: 'letter', address }).address).toEqual({
      line1: '1 High Street',
      town: 'Cardiff',
      postcode: 'CF10 1AA',
    });
    expect(ZContactDetails.safeParse({ preferred: 'email', email: 'a@b.example' }).success).toBe(
      true,
    );
    const bad = ZContactDetails.safeParse({
      preferred: 'letter',
      address: { line1: ' ', town: 'Cardiff', postcode: 'ZZ' },
    });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'address.line1',
      'address.postcode',
    ]);
  });

  it('accepts only real calendar dates', () => {
    expect(isoDate.safeParse('2026-02-29').success).toBe(false);
    expect(isoDate.safeParse('2028-02-29').success).toBe(true);
    expect(isoDate.safeParse('2026-2-1').success).toBe(false);
  });
});
