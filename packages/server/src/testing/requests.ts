/** Test support: typed builders of request answers, with overrides. */
import { randomUUID } from 'node:crypto';
import { QUESTION_SET_V1, type RequestAnswers } from '@everyday/core';

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends object
    ? T[K] extends readonly unknown[]
      ? T[K]
      : DeepPartial<T[K]>
    : T[K];
};

export function makeAnswers(
  practiceId: string,
  overrides: DeepPartial<RequestAnswers> = {},
): RequestAnswers {
  const base: RequestAnswers = {
    for: 'self',
    person: {
      givenName: 'Gwen',
      familyName: `Morgan-${randomUUID().slice(0, 8)}`,
      dateOfBirth: '1950-04-12',
      postcode: 'LA9 4JE',
    },
    contact: { email: 'gwen@example.com', phone: '07912 345678', preferred: 'email' },
    practiceId,
    redFlags: [],
    areas: ['falls_mobility', 'home_daily_living'],
    difficulties: 'Getting in and out of the bath, and going to the shops since my fall.',
    since: '1_to_3_months',
    impact: 'a_lot',
    goals: 'To go to the shops on my own again.',
    fallsInLastYear: 'two_or_more',
    access: { interpreter: false, needs: [] },
  };
  return {
    ...base,
    ...overrides,
    person: { ...base.person, ...overrides.person },
    contact: { ...base.contact, ...overrides.contact },
    access: { ...base.access, ...overrides.access },
  };
}

export const QUESTION_SET_VERSION = QUESTION_SET_V1.version;
