/**
 * A crisis in a questionnaire answered at home becomes a crisis request (issue 9, item 6): PHQ-9
 * item 9 above 0, or free text the screen matched as clinical, raises a `crisis` request for the
 * episode's person and practice; a safeguarding match raises it `safeguarding`, routed to the
 * lead. It then reaches the crisis banner, acknowledgement, escalation and the crisis log like a
 * request from any other route. It is written in the questionnaire's own transaction, so the
 * entries are never saved without it. The person has already seen the advice; no message is sent.
 */
import { randomBytes } from 'node:crypto';
import { makeReference, type Pathway, type Tier, type TriageReason } from '@everyday/core';
import type { AuditedTransaction } from '../access/patient-access.js';
import {
  addRequestEvent,
  insertRequest,
  referenceInUse,
} from '../front-door/request.repository.js';
import { safeguardingLeadFor } from '../safety-net/safeguarding-routing.js';
import type { QuestionnaireSafety } from './questionnaire-screening.js';

/** The request's source: route `system`, channel `questionnaire` (requests.channel has no CHECK). */
export const QUESTIONNAIRE_CHANNEL = 'questionnaire';
export const QUESTIONNAIRE_QUESTION_SET = 'questionnaire-link';

export interface QuestionnaireCrisisLink {
  readonly id: string;
  readonly episode_id: string;
  readonly person_id: string;
  readonly practice_id: string;
  readonly pathway: Pathway;
  readonly tier: Tier;
  readonly given_name: string;
  readonly family_name: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly preferred_contact: string | null;
  readonly preferred_language: 'en' | 'cy';
}

export interface QuestionnaireCrisisResult {
  readonly id: string;
  readonly reference: string;
  readonly urgency: 'crisis' | 'urgent';
  readonly safeguarding: boolean;
}

/** Whether the answers must become a request: a red flag (item 9 or a clinical match) or safeguarding. */
export function needsCrisisRequest(safety: QuestionnaireSafety): boolean {
  return safety.redFlags.length > 0 || safety.safeguarding;
}

const REASON_ITEM_NINE: TriageReason = {
  rule: 'questionnaire.phq9-item9',
  text: {
    en: 'PHQ-9 item 9 (thoughts of self-harm) answered above 0 on a questionnaire',
    cy: 'Cwestiwn 9 PHQ-9 (meddyliau am hunan-niweidio) wedi’i ateb uwchlaw 0 ar holiadur',
  },
};
const REASON_SCREEN: TriageReason = {
  rule: 'questionnaire.screen',
  text: {
    en: 'The safety screen found words of concern in a questionnaire answered at home',
    cy: 'Daeth y sgrin ddiogelwch o hyd i eiriau sy’n peri pryder mewn holiadur a atebwyd gartref',
  },
};

async function newReference(trx: AuditedTransaction): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const reference = makeReference(randomBytes(8));
    if (!(await referenceInUse(trx, reference))) return reference;
  }
  throw new Error('Could not find an unused reference');
}

/**
 * Raise the request, in the caller's transaction. Returns undefined when nothing calls for one.
 * One link is completed once, so the link's id is the idempotency key.
 */
export async function raiseQuestionnaireCrisis(
  trx: AuditedTransaction,
  input: {
    readonly link: QuestionnaireCrisisLink;
    readonly safety: QuestionnaireSafety;
    /** The questionnaires' answers by kind, as saved to the record. */
    readonly answers: Readonly<Record<string, unknown>>;
    readonly language: 'en' | 'cy';
    readonly at: Date;
  },
): Promise<QuestionnaireCrisisResult | undefined> {
  const { link, safety, at } = input;
  if (!needsCrisisRequest(safety)) return undefined;
  const urgency = safety.redFlags.length > 0 ? 'crisis' : 'urgent';
  const clinical = safety.matches.some((m) => m.kind === 'clinical');
  const reasons = [
    ...(safety.itemNine ? [REASON_ITEM_NINE] : []),
    ...(safety.matches.length > 0 ? [REASON_SCREEN] : []),
  ];
  const row = await insertRequest(trx, {
    reference: await newReference(trx),
    idempotencyScope: 'questionnaire',
    idempotencyKey: link.id,
    route: 'system',
    channel: QUESTIONNAIRE_CHANNEL,
    personId: link.person_id,
    practiceId: link.practice_id,
    // Shaped like the front door's answers where it can be (person, contact, red flags ticked),
    // with the questionnaires under `answers`, so a match's field (`answers.<kind>.<item>`)
    // names the text it was found in.
    answers: {
      source: 'questionnaire',
      episodeId: link.episode_id,
      questionnaireLinkId: link.id,
      for: 'self',
      person: { givenName: link.given_name, familyName: link.family_name },
      contact: {
        ...(link.phone ? { phone: link.phone } : {}),
        ...(link.email ? { email: link.email } : {}),
        preferred: link.preferred_contact,
      },
      practiceId: link.practice_id,
      // Item 9 is the person's own answer, so it counts as a red flag they ticked.
      redFlags: safety.itemNine ? ['self_harm_thoughts'] : [],
      preferredLanguage: input.language,
      answers: input.answers,
    },
    questionSetVersion: QUESTIONNAIRE_QUESTION_SET,
    redFlags: safety.redFlags,
    complete: true,
    suggestion: {
      pathway: link.pathway,
      urgency,
      tier: link.tier,
      reasons: { pathway: [], urgency: reasons, tier: [] },
      ruleVersion: `questionnaire:${safety.screenVersion}`,
    },
    possibleDuplicateIds: [],
    submittedBy: null,
    apiKeyId: null,
    sourceSystem: null,
    externalId: null,
    screen: {
      matches: safety.matches,
      version: safety.screenVersion,
      safeguarding: safety.safeguarding,
      safeguardingLeadId: safety.safeguarding
        ? await safeguardingLeadFor(trx, link.practice_id)
        : null,
    },
    receivedAt: at,
  });
  await addRequestEvent(trx, row.id, 'received', null, {
    route: 'system',
    channel: QUESTIONNAIRE_CHANNEL,
    complete: true,
    episodeId: link.episode_id,
    questionnaireLinkId: link.id,
    itemNine: safety.itemNine,
    clinical,
    // Which rules fired, never the person's words (as every other route's history).
    ...(safety.matches.length > 0 ? { screen: safety.matches.map((m) => m.rule) } : {}),
  });
  return {
    id: row.id,
    reference: row.reference,
    urgency,
    safeguarding: row.safeguarding,
  };
}
