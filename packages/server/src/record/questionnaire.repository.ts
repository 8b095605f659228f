/** Questionnaire links: a person completes questionnaires for their episode without an account. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { AuditedTransaction, LookupTransaction } from '../access/patient-access.js';

/** The database questionnaire links are kept in (and their rate-limit counters). */
export type QuestionnaireStore = Kysely<Database>;

export async function insertQuestionnaireLink(
  trx: AuditedTransaction,
  l: {
    episodeId: string;
    kinds: readonly string[];
    language: 'en' | 'cy';
    tokenHash: string;
    purpose: 'outcomes' | 'prem';
    sent: boolean;
    createdBy: string | null;
    expiresAt: Date;
  },
) {
  return trx
    .insertInto('questionnaire_links')
    .values({
      episode_id: l.episodeId,
      kinds: [...l.kinds],
      language: l.language,
      token_hash: l.tokenHash,
      purpose: l.purpose,
      sent: l.sent,
      created_by: l.createdBy,
      expires_at: l.expiresAt,
    })
    .returning(['id', 'expires_at'])
    .executeTakeFirstOrThrow();
}

export async function questionnaireLinksOf(trx: AuditedTransaction, episodeId: string) {
  return trx
    .selectFrom('questionnaire_links')
    .select([
      'id',
      'kinds',
      'language',
      'purpose',
      'sent',
      'created_at',
      'expires_at',
      'completed_at',
    ])
    .where('episode_id', '=', episodeId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** The link and its person, locked so a link is completed once even when submitted twice. */
export async function questionnaireLinkForUpdate(trx: AuditedTransaction, tokenHash: string) {
  return trx
    .selectFrom('questionnaire_links as q')
    .innerJoin('episodes as e', 'e.id', 'q.episode_id')
    .innerJoin('people as p', 'p.id', 'e.person_id')
    .select([
      'q.id',
      'q.episode_id',
      'q.kinds',
      'q.language',
      'q.expires_at',
      'q.completed_at',
      'p.given_name',
      'p.date_of_birth',
      // For a crisis request raised from the answers (questionnaire-crisis.ts).
      'e.person_id',
      'e.practice_id',
      'e.pathway',
      'e.tier',
      'p.family_name',
      'p.phone',
      'p.email',
      'p.preferred_contact',
      'p.preferred_language',
    ])
    .where('q.token_hash', '=', tokenHash)
    .forUpdate()
    .executeTakeFirst();
}

export async function completeQuestionnaireLink(trx: AuditedTransaction, id: string, at: Date) {
  await trx
    .updateTable('questionnaire_links')
    .set({ completed_at: at })
    .where('id', '=', id)
    .execute();
}

/** The practice of the episode a token's link is for (what the access module checks). */
export async function questionnaireLinkByHash(
  trx: LookupTransaction,
  tokenHash: string,
): Promise<{ practice_id: string } | undefined> {
  return trx
    .selectFrom('questionnaire_links as q')
    .innerJoin('episodes as e', 'e.id', 'q.episode_id')
    .select('e.practice_id')
    .where('q.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * The link in the latest message of `kind` queued for a request: what the person holds once it
 * reaches them (the demo's synthetic people answer their PREM from it).
 */
export async function latestLinkSentFor(
  trx: AuditedTransaction,
  requestId: string,
  kind: 'prem_link' | 'questionnaire_link',
): Promise<string | null> {
  const row = await trx
    .selectFrom('outbox_messages')
    .select('payload')
    .where('request_id', '=', requestId)
    .where('kind', '=', kind)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const payload = row?.payload as { link?: unknown } | undefined;
  return typeof payload?.link === 'string' ? payload.link : null;
}
