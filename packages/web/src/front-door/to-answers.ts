// The draft, as typed, turned into the API's answers (docs/api/front-door-contract.md). Only
// called once the pages' checks pass (a missing answer throws rather than being guessed);
// questions no longer asked are left out.
import type {
  AccessNeed,
  Area,
  ContactMethod,
  EqualityAnswers,
  PostalAddress,
  RedFlag,
  RequestAnswers,
} from '@everyday/core';
import {
  ACCESS_NEEDS,
  AREAS,
  fallsQuestionApplies,
  normalisePostcode,
  parseNhsNumber,
} from '@everyday/core';
import { checkDateOfBirth } from './date-of-birth.js';
import type { DraftAnswers } from './draft.js';
import type { EqualityValues } from './equality-answers.js';

export type Language = 'en' | 'cy';

/**
 * The body of POST /api/referrals/urgent (docs/api/safety-net-contract.md, "The urgent save"):
 * only what is needed to reach the person today, with whatever else is already known.
 */
export interface UrgentAnswers {
  for: RequestAnswers['for'];
  personAgreed?: boolean | undefined;
  referrer?: RequestAnswers['referrer'];
  person: {
    givenName: string;
    familyName: string;
    dateOfBirth?: string | undefined;
    nhsNumber?: string | undefined;
    postcode?: string | undefined;
  };
  contact: { phone: string; email?: string | undefined; preferred: ContactMethod };
  practiceId: string;
  /** Ticked; may be empty when the free text matched the safety screen. */
  redFlags: RedFlag[];
  freeText?: { difficulties?: string | undefined; goals?: string | undefined } | undefined;
  preferredLanguage: Language;
}

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

function whoAsks(a: DraftAnswers): Pick<RequestAnswers, 'for' | 'personAgreed' | 'referrer'> {
  const someoneElse = a.for === 'someone_else';
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
  };
}

/** Where letters go, as the contract takes it (the page checks made sure of it). */
function addressOf(a: DraftAnswers): PostalAddress {
  return {
    line1: a.addressLine1.trim(),
    line2: optional(a.addressLine2),
    town: a.addressTown.trim(),
    postcode: normalisePostcode(a.addressPostcode) ?? a.addressPostcode.trim(),
  };
}

function tickedRedFlags(a: DraftAnswers): RedFlag[] {
  return a.noRedFlags ? [] : [...a.redFlags];
}

/** The urgent save's answers: name, phone and practice, and anything else already valid. */
export function toUrgentAnswers(a: DraftAnswers, language: Language, today: string): UrgentAnswers {
  const dob = checkDateOfBirth(a.dobDay, a.dobMonth, a.dobYear, today);
  const nhs = parseNhsNumber(a.nhsNumber);
  const difficulties = optional(a.difficulties);
  const goals = optional(a.goals);
  return {
    ...whoAsks(a),
    person: {
      givenName: a.givenName.trim(),
      familyName: a.familyName.trim(),
      dateOfBirth: dob.ok ? dob.iso : undefined,
      nhsNumber: nhs.valid ? nhs.value : undefined,
      postcode: normalisePostcode(a.postcode) ?? undefined,
    },
    contact: {
      phone: need(a.phone.trim(), 'the phone number'),
      email: optional(a.email),
      // They are called back today; how they would like to be contacted later can follow.
      preferred: a.preferred === '' ? 'phone' : a.preferred,
    },
    practiceId: need(a.practiceId, 'GP practice'),
    redFlags: tickedRedFlags(a),
    freeText: difficulties || goals ? { difficulties, goals } : undefined,
    preferredLanguage: a.preferredLanguage === '' ? language : a.preferredLanguage,
  };
}

/**
 * What was answered in the equality questions (issue 11 item 3), or undefined when none was:
 * gender only while it is said to differ, the category only within its group.
 */
export function equalityOf(a: EqualityValues): EqualityAnswers | undefined {
  const ethnicity =
    a.ethnicGroup === 'prefer_not_to_say'
      ? 'prefer_not_to_say'
      : a.ethnicGroup !== '' && a.ethnicity !== '' && a.ethnicity !== 'prefer_not_to_say'
        ? a.ethnicity
        : undefined;
  const equality: EqualityAnswers = {
    ...(a.sex === '' ? {} : { sex: a.sex }),
    ...(a.genderSameAsSex === '' ? {} : { genderSameAsSex: a.genderSameAsSex }),
    ...(a.genderSameAsSex === 'no' && a.genderIdentity !== ''
      ? { genderIdentity: a.genderIdentity }
      : {}),
    ...(ethnicity === undefined ? {} : { ethnicity }),
  };
  return Object.keys(equality).length > 0 ? equality : undefined;
}

export function toRequestAnswers(
  a: DraftAnswers,
  language: Language,
  today: string,
): RequestAnswers & { equality?: EqualityAnswers | undefined } {
  const areas: Area[] = inOrder(AREAS, a.areas);
  const needs: AccessNeed[] = inOrder(ACCESS_NEEDS, a.accessNeeds);
  const interpreter = a.interpreter === 'yes';
  const dob = checkDateOfBirth(a.dobDay, a.dobMonth, a.dobYear, today);
  if (!dob.ok) throw new Error('The date of birth is not valid');
  const nhs = parseNhsNumber(a.nhsNumber);
  return {
    ...whoAsks(a),
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
      address: a.preferred === 'letter' ? addressOf(a) : undefined,
    },
    practiceId: need(a.practiceId, 'GP practice'),
    redFlags: tickedRedFlags(a),
    // The language they asked to be written to in; the form's language until they have said.
    preferredLanguage: a.preferredLanguage === '' ? language : a.preferredLanguage,
    areas,
    fallsInLastYear:
      fallsQuestionApplies(areas) && a.fallsInLastYear !== '' ? a.fallsInLastYear : undefined,
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
    equality: equalityOf(a),
  };
}
