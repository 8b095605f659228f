/**
 * Test support: an episode of care ready for its record — a person, the request they made (with
 * contact details, so messages can be sent) and an open episode — written straight to the
 * database with unique names. Booking makes episodes in the product; tests of the record start here.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { makeReference, type Pathway } from '@everyday/core';
import type { Database } from '../db/schema.js';
import { makeAnswers, QUESTION_SET_VERSION } from './requests.js';

export interface TestEpisode {
  readonly episodeId: string;
  readonly personId: string;
  readonly requestId: string;
  readonly name: string;
  readonly dateOfBirth: string;
}

export async function makeEpisode(
  db: Kysely<Database>,
  o: {
    practiceId: string;
    pathway: Pathway;
    leadOtId?: string | null;
    dateOfBirth?: string;
    givenName?: string;
    nhsNumber?: string | null;
    preferredLanguage?: 'en' | 'cy';
    clinicalReason?: string;
  },
): Promise<TestEpisode> {
  const answers = makeAnswers(o.practiceId, {
    person: {
      givenName: o.givenName ?? 'Gwen',
      dateOfBirth: o.dateOfBirth ?? '1950-04-12',
    },
    ...(o.preferredLanguage ? { preferredLanguage: o.preferredLanguage } : {}),
    ...(o.clinicalReason ? { clinicalReason: o.clinicalReason } : {}),
  });
  const person = await db
    .insertInto('people')
    .values({
      given_name: answers.person.givenName,
      family_name: answers.person.familyName,
      date_of_birth: answers.person.dateOfBirth,
      nhs_number: o.nhsNumber ?? null,
      registered_practice_id: o.practiceId,
      email: answers.contact.email ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const request = await db
    .insertInto('requests')
    .values({
      reference: makeReference(randomBytes(8)),
      idempotency_scope: 'test',
      idempotency_key: randomUUID(),
      route: 'self',
      channel: 'online',
      status: 'booked',
      person_id: person.id,
      practice_id: o.practiceId,
      answers: JSON.stringify(answers),
      question_set_version: QUESTION_SET_VERSION,
      suggested_pathway: o.pathway,
      suggested_urgency: 'routine',
      suggested_tier: 'individualised',
      triage_reasons: JSON.stringify({ pathway: [], urgency: [], tier: [] }),
      triage_rule_version: 'test',
      urgency: 'routine',
      pathway: o.pathway,
      tier: 'individualised',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const episode = await db
    .insertInto('episodes')
    .values({
      person_id: person.id,
      request_id: request.id,
      practice_id: o.practiceId,
      pathway: o.pathway,
      tier: 'individualised',
      lead_ot_id: o.leadOtId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    episodeId: episode.id,
    personId: person.id,
    requestId: request.id,
    name: `${answers.person.givenName} ${answers.person.familyName}`,
    dateOfBirth: answers.person.dateOfBirth,
  };
}
