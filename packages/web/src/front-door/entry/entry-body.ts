// The staff form as the body of POST /api/requests/staff.
import type { EqualityAnswers, RequestAnswers } from '@everyday/core';
import { QUESTION_SET_V1, fallsQuestionApplies } from '@everyday/core';
import type { StaffChannel } from '../../triage/request-types.js';
import type { EntryValues } from './entry-values.js';
import { isoDateOf } from './entry-values.js';
import { equalityOf } from '../to-answers.js';

export interface StaffRequestBody {
  channel: StaffChannel;
  personId?: string;
  questionSetVersion: string;
  answers: RequestAnswers & { equality?: EqualityAnswers | undefined };
}

/** Blank text is left out rather than sent empty. */
function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * The body to send. Called once the form has passed its checks (entry-validation.ts), so every
 * required choice is made; the server checks everything again.
 * @param personId the existing person the user chose from the possible matches, if any
 */
export function staffRequestBody(values: EntryValues, personId?: string): StaffRequestBody {
  const someoneElse = values.for === 'someone_else';
  const clinician = values.channel === 'clinician_referral';
  const areas = values.areas;
  const interpreter = values.access.includes('interpreter');
  const answers = {
    for: values.for,
    ...(someoneElse
      ? {
          personAgreed: values.personAgreed,
          referrer: {
            name: values.referrerName.trim(),
            relationship: values.referrerRelationship.trim(),
            phone: optional(values.referrerPhone),
          },
        }
      : {}),
    person: {
      givenName: values.givenName.trim(),
      familyName: values.familyName.trim(),
      dateOfBirth: isoDateOf(values.dateOfBirth) ?? '',
      nhsNumber: optional(values.nhsNumber),
      postcode: values.postcode.trim(),
    },
    contact: {
      phone: optional(values.phone),
      email: optional(values.email),
      preferred: values.preferred,
      address:
        values.preferred === 'letter'
          ? {
              line1: values.addressLine1.trim(),
              line2: optional(values.addressLine2),
              town: values.addressTown.trim(),
              postcode: values.addressPostcode.trim(),
            }
          : undefined,
    },
    practiceId: values.practiceId,
    redFlags: values.redFlags,
    areas,
    difficulties: values.difficulties.trim(),
    since: values.since,
    impact: values.impact,
    goals: values.goals.trim(),
    fallsInLastYear:
      fallsQuestionApplies(areas) && values.fallsInLastYear !== ''
        ? values.fallsInLastYear
        : undefined,
    workStatus: areas.includes('work') && values.workStatus !== '' ? values.workStatus : undefined,
    clinicalReason: clinician ? optional(values.clinicalReason) : undefined,
    access: {
      interpreter,
      language: interpreter ? optional(values.interpreterLanguage) : undefined,
      needs: values.access.filter((need) => need !== 'interpreter'),
      other: optional(values.accessOther),
    },
    equality: equalityOf(values),
    preferredLanguage: values.preferredLanguage === '' ? undefined : values.preferredLanguage,
  };
  return {
    channel: values.channel === '' ? 'phone' : values.channel,
    ...(personId ? { personId } : {}),
    questionSetVersion: QUESTION_SET_V1.version,
    // Checked before sending: every choice that is '' here has been reported as missing.
    answers: answers as RequestAnswers & { equality?: EqualityAnswers | undefined },
  };
}
