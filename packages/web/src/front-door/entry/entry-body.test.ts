import { QUESTION_SET_V1 } from '@everyday/core';
import { describe, expect, it } from 'vitest';
import { staffRequestBody } from './entry-body.js';
import { emptyEntry } from './entry-values.js';

const base = {
  ...emptyEntry(['phone', 'desk']),
  channel: 'desk' as const,
  for: 'self' as const,
  givenName: ' Ann ',
  familyName: 'Jones',
  dateOfBirth: { day: '7', month: '3', year: '1951' },
  postcode: 'LA9 4JE',
  practiceId: 'practice-id',
  phone: '07400 123456',
  preferred: 'phone' as const,
  areas: ['home_daily_living' as const],
  difficulties: 'Dressing',
  since: 'over_1_year' as const,
  impact: 'a_lot' as const,
  goals: 'Dress myself',
  fallsInLastYear: 'one' as const,
  clinicalReason: 'not sent for desk requests',
};

describe('the body of a staff request', () => {
  it('sends trimmed answers, leaving blanks and follow-ups that do not apply out', () => {
    const body = staffRequestBody(base);
    expect(body).toEqual({
      channel: 'desk',
      questionSetVersion: QUESTION_SET_V1.version,
      answers: {
        for: 'self',
        person: {
          givenName: 'Ann',
          familyName: 'Jones',
          dateOfBirth: '1951-03-07',
          nhsNumber: undefined,
          postcode: 'LA9 4JE',
        },
        contact: { phone: '07400 123456', email: undefined, preferred: 'phone' },
        practiceId: 'practice-id',
        redFlags: [],
        areas: ['home_daily_living'],
        difficulties: 'Dressing',
        since: 'over_1_year',
        impact: 'a_lot',
        goals: 'Dress myself',
        fallsInLastYear: undefined,
        workStatus: undefined,
        clinicalReason: undefined,
        access: { interpreter: false, language: undefined, needs: [], other: undefined },
        preferredLanguage: undefined,
      },
    });
    expect(JSON.parse(JSON.stringify(body.answers))).not.toHaveProperty('fallsInLastYear');
  });

  it('links the chosen existing person, and sends the referrer and the interpreter', () => {
    const body = staffRequestBody(
      {
        ...base,
        for: 'someone_else',
        referrerName: 'Bet Jones',
        referrerRelationship: 'Daughter',
        personAgreed: true,
        access: ['interpreter', 'large_print'],
        interpreterLanguage: 'Polish',
      },
      'person-id',
    );
    expect(body.personId).toBe('person-id');
    expect(body.answers.referrer).toEqual({
      name: 'Bet Jones',
      relationship: 'Daughter',
      phone: undefined,
    });
    expect(body.answers.personAgreed).toBe(true);
    expect(body.answers.access).toEqual({
      interpreter: true,
      language: 'Polish',
      needs: ['large_print'],
      other: undefined,
    });
  });

  it('sends a clinician’s reason for referral', () => {
    const body = staffRequestBody({ ...base, channel: 'clinician_referral' });
    expect(body.channel).toBe('clinician_referral');
    expect(body.answers.clinicalReason).toBe('not sent for desk requests');
  });
});
