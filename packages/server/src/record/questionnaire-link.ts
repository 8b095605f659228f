/**
 * Questionnaire links: a random token the person holds (shown once, sent in a message) and its
 * SHA-256, which is all the database keeps. A link expires after 14 days and completes once.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { QuestionnaireKind } from '@everyday/core';
import type { AuditedTransaction } from '../access/patient-access.js';
import type { OutboxInput } from '../front-door/request.repository.js';
import { enqueueMessage } from '../front-door/request.repository.js';
import { insertQuestionnaireLink } from './questionnaire.repository.js';

export const QUESTIONNAIRE_LINK_DAYS = 14;

export function hashQuestionnaireToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewQuestionnaireLink {
  readonly episodeId: string;
  readonly kinds: readonly QuestionnaireKind[];
  readonly language: 'en' | 'cy';
  readonly purpose: 'outcomes' | 'prem';
  /** Where to send it (the person's preferred route), or undefined to hand the link over. */
  readonly route: Pick<OutboxInput, 'channel' | 'recipient' | 'requestId'> | undefined;
  readonly createdBy: string | null;
  readonly publicUrl: string;
  readonly now: Date;
}

/** Make a link, and queue its message in the same transaction when there is a route. */
export async function createQuestionnaireLink(trx: AuditedTransaction, l: NewQuestionnaireLink) {
  const token = randomBytes(24).toString('base64url');
  const expiresAt = new Date(l.now.getTime() + QUESTIONNAIRE_LINK_DAYS * 86_400_000);
  const row = await insertQuestionnaireLink(trx, {
    episodeId: l.episodeId,
    kinds: l.kinds,
    language: l.language,
    tokenHash: hashQuestionnaireToken(token),
    purpose: l.purpose,
    sent: l.route !== undefined,
    createdBy: l.createdBy,
    expiresAt,
  });
  const path = `/questionnaire/${token}`;
  if (l.route)
    await enqueueMessage(trx, {
      ...l.route,
      kind: l.purpose === 'prem' ? 'prem_link' : 'questionnaire_link',
      language: l.language,
      payload: { link: `${l.publicUrl}${path}` },
    });
  return {
    id: row.id,
    path,
    expiresAt: new Date(row.expires_at).toISOString(),
    sent: l.route !== undefined,
  };
}
