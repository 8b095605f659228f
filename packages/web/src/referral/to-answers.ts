// The draft, as typed, turned into the API's answers (docs/api/front-door-contract.md). Only
// called once the pages' checks pass (a missing answer throws rather than being guessed);
// questions no longer asked are left out.
import type { AccessNeed, Area, RequestAnswers } from '@everyday/core';
import { ACCESS_NEEDS, AREAS, normalisePostcode, parseNhsNumber } from '@everyday/core';
import { checkDateOfBirth } from './date-of-birth.js';
import type { DraftAnswers } from './draft.js';

export type Language = 'en' | 'cy';

/** What is known at the red-flag question (the body of POST /api/referrals/urgent). */
export type UrgentAnswers = Pick<
  RequestAnswers,
  'for' | 'personAgreed' | 'referrer' | 'person' | 'contact' | 'practiceId' | 'redFlags'
> & { preferredLanguage: Language };

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** An answer the page checks made sure of; missing here is a bug, not something to guess. */
function need<T extends string>(value: T | '', name: string): T {
  if (value === '') throw new Error(`The answer to ${name} is missing`);
  return value;
}

function inOrder<T extends string>(all: readonly T[], chosen: readonly T[]): T[] {
  return all.filter((value) => chosen.includes(value));
}

export function toUrgentAnswers(a: DraftAnswers, language: Language, today: string): UrgentAnswers {
  const someoneElse = a.for === 'someone_else';
  const dob = checkDateOfBirth(a.dobDay, a.dobMonth, a.dobYear, today);
  if (!dob.ok) throw new Error('The date of birth is not valid');
  const nhs = parseNhsNumber(a.nhsNumber);
  return {
    for: need(a.for, 'who needs help'),
    personAgreed: someoneElse ? a.personAgreed : undefined,
    referrer: someoneElse
      ? {
          name: a.referrerName.trim(),
          relationship: a.referrerRelationship.trim(),
          phone: optional(a.referrerPhone),
        }
      : undefined,
    person: {
      givenName: a.givenName.trim(),
      familyName: a.familyName.trim(),
      dateOfBirth: dob.iso,
      nhsNumber: nhs.valid ? nhs.value : undefined,
      postcode: normalisePostcode(a.postcode) ?? a.postcode.trim(),
    },
    contact: {
      phone: optional(a.phone),
      email: optional(a.email),
      preferred: need(a.preferred, 'how to contact them'),
    },
    practiceId: need(a.practiceId, 'GP practice'),
    redFlags: a.noRedFlags ? [] : [...a.redFlags],
    preferredLanguage: language,
  };
}

export function toRequestAnswers(
  a: DraftAnswers,
  language: Language,
  today: string,
): RequestAnswers {
  const areas: Area[] = inOrder(AREAS, a.areas);
  const needs: AccessNeed[] = inOrder(ACCESS_NEEDS, a.accessNeeds);
  const interpreter = a.interpreter === 'yes';
  return {
    ...toUrgentAnswers(a, language, today),
    areas,
    fallsInLastYear:
      areas.includes('falls_mobility') && a.fallsInLastYear !== '' ? a.fallsInLastYear : undefined,
    workStatus: areas.includes('work') && a.workStatus !== '' ? a.workStatus : undefined,
    difficulties: a.difficulties.trim(),
    since: need(a.since, 'since when'),
    impact: need(a.impact, 'how much it affects them'),
    goals: a.goals.trim(),
    access: {
      interpreter,
      language: interpreter ? optional(a.interpreterLanguage) : undefined,
      needs,
      other: optional(a.accessOther),
    },
  };
}
