/**
 * Discharging an episode: refused unless it is open and core's discharge rules are met (the
 * outcome measures repeated, the reason and the GP's advice given); then the discharge entry
 * is written, the episode closed, the PREM link queued to the person when asked for, and a
 * clinician who referred them told (messages/referral-outcome.ts). One
 * transaction: the caller's AuditedTransaction.
 */
import { checkDischarge } from '@everyday/core';
import type { z } from 'zod';
import type { AuditedTransaction } from '../access/patient-access.js';
import { findRequest } from '../front-door/request.repository.js';
import { AppError } from '../http/app-error.js';
import { queueReferralOutcome } from '../messages/referral-outcome.js';
import { toEntryDto } from './entry-service.js';
import { messageRouteFor } from './message-route.js';
import { createQuestionnaireLink } from './questionnaire-link.js';
import { entriesOfEpisode, insertEntry } from './record.repository.js';
import type { ZDischargeData } from './record.schema.js';
import { closeEpisode, episodeForRecord } from './episode.repository.js';

const DISCHARGE_MESSAGES = {
  measures_not_repeated:
    'Repeat the outcome measures at discharge (a discharge assessment or questionnaire), or say why they were not repeated',
  count_needed: 'Enter how many GP appointments were avoided',
  detail_needed: 'Say why the person was discharged',
  advice_needed: 'Enter what the GP needs to know or do',
  goals_still_active:
    'Goals are still active in the record: review each goal first, or choose another reason for discharge',
} as const;

export interface DischargeEpisodeInput {
  readonly episodeId: string;
  readonly data: z.infer<typeof ZDischargeData>;
  readonly by: { readonly userId: string; readonly name: string };
  readonly at: Date;
  /** Where the PREM link points. */
  readonly publicUrl: string;
}

export async function dischargeEpisode(trx: AuditedTransaction, input: DischargeEpisodeInput) {
  const { episodeId, data, by, at } = input;
  const row = await episodeForRecord(trx, episodeId);
  if (!row) throw new AppError('not_found', 'There is no such episode');
  if (row.status === 'closed')
    throw new AppError('conflict', 'This episode has already been discharged');
  const entries = (await entriesOfEpisode(trx, episodeId)).map(toEntryDto);
  const problems = checkDischarge(entries, data);
  if (problems.length > 0)
    throw new AppError('validation', 'Check the discharge', {
      fields: problems.map((p) => ({
        path: p.field,
        code: p.problem,
        message: DISCHARGE_MESSAGES[p.problem],
      })),
    });
  const entry = await insertEntry(trx, {
    episodeId,
    kind: 'discharge',
    data,
    scores: {},
    author: { userId: by.userId, label: by.name },
    at,
  });
  await closeEpisode(trx, episodeId, at);
  // The clinician who referred the person learns of the discharge (issue 16 item 4).
  const referral = row.request_id === null ? undefined : await findRequest(trx, row.request_id);
  if (referral) await queueReferralOutcome(trx, referral, 'discharged');
  const route = data.sendPrem ? messageRouteFor(row) : undefined;
  if (route) {
    const language =
      (row.answers as { preferredLanguage?: 'en' | 'cy' } | null)?.preferredLanguage ?? 'en';
    await createQuestionnaireLink(trx, {
      episodeId,
      kinds: ['prem'],
      language,
      purpose: 'prem',
      route,
      createdBy: by.userId,
      publicUrl: input.publicUrl,
      now: at,
    });
  }
  return { id: entry.id, entry: toEntryDto(entry), premSent: route !== undefined };
}
