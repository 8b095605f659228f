import { describe, expect, it } from 'vitest';
import { makeDraftAnswers } from './test-answers.js';
import { equalityOf, toRequestAnswers, toUrgentAnswers } from './to-answers.js';

const today = '2026-11-21';

describe('draft to API answers', () => {
  it('writes the answers the way the API takes them', () => {
    expect(
      toRequestAnswers(makeDraftAnswers({ accessNeeds: ['large_print'] }), 'cy', today),
    ).toEqual({
      for: 'self',
      personAgreed: undefined,
      referrer: undefined,
      person: {
        givenName: 'Ffion',
        familyName: 'Hughes',
        dateOfBirth: '1951-03-27',
        nhsNumber: '9434765919',
        postcode: 'CF10 1AA',
      },
      contact: { phone: '07123 456789', email: 'ffion@example.com', preferred: 'text' },
      practiceId: '0b7e6f3a-93c1-4f57-9a52-6f1d2b8a4c10',
      redFlags: [],
      preferredLanguage: 'cy',
      areas: ['home_daily_living'],
      fallsInLastYear: undefined,
      workStatus: undefined,
      difficulties: 'Getting dressed',
      since: '1_to_3_months',
      impact: 'quite_a_lot',
      goals: 'Dress on my own',
      access: { interpreter: false, language: undefined, needs: ['large_print'], other: undefined },
    });
  });

  it('leaves out answers to questions no longer asked', () => {
    const answers = toRequestAnswers(
      makeDraftAnswers({
        fallsInLastYear: 'one',
        workStatus: 'off_sick',
        interpreterLanguage: 'Polish',
      }),
      'en',
      today,
    );
    expect(answers.fallsInLastYear).toBeUndefined();
    expect(answers.workStatus).toBeUndefined();
    expect(answers.access.language).toBeUndefined();
  });

  it('sends what is known at the red flags, with the referrer when for someone else', () => {
    const urgent = toUrgentAnswers(
      makeDraftAnswers({
        for: 'someone_else',
        personAgreed: true,
        referrerName: ' Sam Hughes ',
        referrerRelationship: 'Son',
        redFlags: ['self_harm_thoughts'],
        noRedFlags: false,
        nhsNumber: '',
        // Asked on the contact page, after the urgent save: until then, the form's language.
        preferredLanguage: '',
      }),
      'en',
      today,
    );
    expect(urgent).toMatchObject({
      for: 'someone_else',
      personAgreed: true,
      referrer: { name: 'Sam Hughes', relationship: 'Son', phone: undefined },
      redFlags: ['self_harm_thoughts'],
      preferredLanguage: 'en',
    });
    expect(urgent.person.nhsNumber).toBeUndefined();
    expect(Object.keys(urgent)).not.toContain('areas');
  });

  it('sends the language they chose to be written to in, and the address for letters (issue 16 item 3)', () => {
    const answers = toRequestAnswers(
      makeDraftAnswers({
        preferredLanguage: 'cy',
        preferred: 'letter',
        addressLine1: ' 2 Heol y Castell ',
        addressTown: 'Caerdydd',
        addressPostcode: 'cf10 1aa',
      }),
      'en',
      today,
    );
    expect(answers.preferredLanguage).toBe('cy');
    expect(answers.contact.address).toEqual({
      line1: '2 Heol y Castell',
      line2: undefined,
      town: 'Caerdydd',
      postcode: 'CF10 1AA',
    });
    const byEmail = toRequestAnswers(
      makeDraftAnswers({ preferred: 'email', addressLine1: 'Old answer', preferredLanguage: 'en' }),
      'cy',
      today,
    );
    expect(byEmail.contact.address).toBeUndefined();
    expect(byEmail.preferredLanguage).toBe('en');
  });

  it('never guesses a missing answer', () => {
    expect(() => toRequestAnswers(makeDraftAnswers({ since: '' }), 'en', today)).toThrow();
  });
});

describe('the equality answers (issue 11 item 3)', () => {
  it('are left out when none was answered', () => {
    expect(toRequestAnswers(makeDraftAnswers(), 'en', today).equality).toBeUndefined();
  });

  it('send what was answered: gender only while it differs, the category only in its group', () => {
    expect(
      equalityOf({
        sex: 'female',
        genderSameAsSex: 'no',
        genderIdentity: 'non_binary',
        ethnicGroup: 'black',
        ethnicity: 'N',
      }),
    ).toEqual({
      sex: 'female',
      genderSameAsSex: 'no',
      genderIdentity: 'non_binary',
      ethnicity: 'N',
    });
    expect(
      equalityOf({
        sex: '',
        genderSameAsSex: 'yes',
        genderIdentity: 'male',
        ethnicGroup: 'white',
        ethnicity: '',
      }),
    ).toEqual({ genderSameAsSex: 'yes' });
  });

  it('send "prefer not to say" for the ethnic group as the ethnicity', () => {
    expect(
      equalityOf({
        sex: 'prefer_not_to_say',
        genderSameAsSex: '',
        genderIdentity: '',
        ethnicGroup: 'prefer_not_to_say',
        ethnicity: 'prefer_not_to_say',
      }),
    ).toEqual({ sex: 'prefer_not_to_say', ethnicity: 'prefer_not_to_say' });
  });
});
