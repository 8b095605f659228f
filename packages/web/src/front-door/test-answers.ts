// Test data: a complete draft (overridable), for the referral's unit tests.
import type { DraftAnswers } from './draft.js';
import { emptyAnswers } from './draft.js';

export function makeDraftAnswers(overrides: Partial<DraftAnswers> = {}): DraftAnswers {
  return {
    ...emptyAnswers,
    for: 'self',
    givenName: 'Ffion',
    familyName: 'Hughes',
    dobDay: '27',
    dobMonth: '3',
    dobYear: '1951',
    nhsNumber: '943 476 5919',
    postcode: 'cf10 1aa',
    practiceId: '0b7e6f3a-93c1-4f57-9a52-6f1d2b8a4c10',
    practiceName: 'Example Surgery',
    phone: '07123 456789',
    email: 'ffion@example.com',
    preferred: 'text',
    preferredLanguage: 'cy',
    noRedFlags: true,
    areas: ['home_daily_living'],
    difficulties: 'Getting dressed',
    since: '1_to_3_months',
    impact: 'quite_a_lot',
    goals: 'Dress on my own',
    interpreter: 'no',
    ...overrides,
  };
}
