/** Persistence of requests, their history and their messages. Every function takes an AuditedTransaction. */
import type { AuditedTransaction, LookupTransaction } from '../access/patient-access.js';
import type { Pathway, Tier, Urgency } from '@everyday/core';
import type { RequestEventAction, RequestRow, RequestStatus } from '../db/schema.js';

export interface NewRequest {
  readonly reference: string;
  readonly idempotencyScope: string;
  readonly idempotencyKey: string;
  readonly route: 'self' | 'navigator' | 'clinician' | 'system';
  readonly channel: string;
  readonly personId: string;
  readonly practiceId: string;
  readonly answers: unknown;
  readonly questionSetVersion: string;
  readonly redFlags: readonly string[];
  readonly complete: boolean;
  readonly suggestion: {
    pathway: Pathway;
    urgency: Urgency;
    tier: Tier;
    reasons: unknown;
    ruleVersion: string;
  };
  readonly possibleDuplicateIds: readonly string[];
  readonly submittedBy: string | null;
  readonly apiKeyId: string | null;
  readonly sourceSystem: string | null;
  readonly externalId: string | null;
  /** What the safety screen found, and its version (migration 0005). */
  readonly screen: ScreenStored;
  readonly receivedAt: Date;
}

/** The safety screen's findings as stored on a request. */
export interface ScreenStored {
  readonly matches: readonly unknown[];
  readonly version: string;
  readonly safeguarding: boolean;
  readonly safeguardingLeadId: string | null;
}

export async function findByIdempotencyKey(
  trx: AuditedTransaction,
  scope: string,
  key: string,
): Promise<RequestRow | undefined> {
  return trx
    .selectFrom('requests')
    .selectAll()
    .where('idempotency_scope', '=', scope)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function referenceInUse(trx: AuditedTransaction, reference: string): Promise<boolean> {
  return (
    (await trx
      .selectFrom('requests')
      .select('id')
      .where('reference', '=', reference)
      .executeTakeFirst()) !== undefined
  );
}

export async function insertRequest(trx: AuditedTransaction, r: NewRequest): Promise<RequestRow> {
  return trx
    .insertInto('requests')
    .values({
      reference: r.reference,
      idempotency_scope: r.idempotencyScope,
      idempotency_key: r.idempotencyKey,
      route: r.route,
      channel: r.channel,
      person_id: r.personId,
      practice_id: r.practiceId,
      answers: JSON.stringify(r.answers),
      question_set_version: r.questionSetVersion,
      red_flags: [...r.redFlags],
      complete: r.complete,
      suggested_pathway: r.suggestion.pathway,
      suggested_urgency: r.suggestion.urgency,
      suggested_tier: r.suggestion.tier,
      triage_reasons: JSON.stringify(r.suggestion.reasons),
      triage_rule_version: r.suggestion.ruleVersion,
      urgency: r.suggestion.urgency,
      possible_duplicate_ids: [...r.possibleDuplicateIds],
      submitted_by: r.submittedBy,
      api_key_id: r.apiKeyId,
      source_system: r.sourceSystem,
      external_id: r.externalId,
      screen_matches: JSON.stringify(r.screen.matches),
      screen_version: r.screen.version,
      safeguarding: r.screen.safeguarding,
      safeguarding_lead_id: r.screen.safeguardingLeadId,
      received_at: r.receivedAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findRequest(
  trx: AuditedTransaction,
  id: string,
): Promise<RequestRow | undefined> {
  return trx.selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Replace a request's answers and suggestion (when a person completes a request saved early).
 * Urgency only ever rises to crisis here: a request saved urgently is never quietly downgraded.
 */
export async function completeRequest(
  trx: AuditedTransaction,
  id: string,
  change: {
    answers: unknown;
    redFlags: readonly string[];
    suggestion: NewRequest['suggestion'];
    screen: ScreenStored;
    possibleDuplicateIds: readonly string[];
    at: Date;
  },
): Promise<RequestRow> {
  return trx
    .updateTable('requests')
    .set({
      answers: JSON.stringify(change.answers),
      red_flags: [...change.redFlags],
      complete: true,
      suggested_pathway: change.suggestion.pathway,
      suggested_tier: change.suggestion.tier,
      ...(change.suggestion.urgency === 'crisis'
        ? { suggested_urgency: 'crisis' as const, urgency: 'crisis' as const }
        : {}),
      triage_reasons: JSON.stringify(change.suggestion.reasons),
      triage_rule_version: change.suggestion.ruleVersion,
      screen_matches: JSON.stringify(change.screen.matches),
      screen_version: change.screen.version,
      safeguarding: change.screen.safeguarding,
      safeguarding_lead_id: change.screen.safeguardingLeadId,
      possible_duplicate_ids: [...change.possibleDuplicateIds],
      updated_at: change.at,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function setRequestOutcome(
  trx: AuditedTransaction,
  id: string,
  change: {
    status: RequestStatus;
    pathway?: Pathway | null;
    tier?: Tier | null;
    urgency?: Urgency;
    /** When it was acted on (the clock's now): a waiting time starts here. */
    at: Date;
  },
  expectedStatuses: readonly RequestStatus[],
): Promise<RequestRow | undefined> {
  return trx
    .updateTable('requests')
    .set({
      status: change.status,
      ...(change.pathway !== undefined ? { pathway: change.pathway } : {}),
      ...(change.tier !== undefined ? { tier: change.tier } : {}),
      ...(change.urgency !== undefined ? { urgency: change.urgency } : {}),
      acted_at: change.at,
      updated_at: change.at,
    })
    .where('id', '=', id)
    .where('status', 'in', [...expectedStatuses])
    .returningAll()
    .executeTakeFirst();
}

export async function addRequestEvent(
  trx: AuditedTransaction,
  requestId: string,
  action: RequestEventAction,
  userId: string | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  await trx
    .insertInto('request_events')
    .values({ request_id: requestId, action, user_id: userId, details: JSON.stringify(details) })
    .execute();
}

export async function requestEvents(trx: AuditedTransaction, requestId: string) {
  return trx
    .selectFrom('request_events')
    .leftJoin('users', 'users.id', 'request_events.user_id')
    .select([
      'request_events.at',
      'request_events.action',
      'request_events.details',
      'users.name as by',
    ])
    .where('request_id', '=', requestId)
    .orderBy('request_events.id')
    .execute();
}

export interface OutboxInput {
  readonly kind: string;
  readonly channel: 'email' | 'sms' | 'letter';
  readonly language: 'en' | 'cy';
  readonly recipient: string;
  readonly payload: Record<string, unknown>;
  readonly requestId: string | null;
}

/** Place a message in the durable outbox, in the same transaction as what it reports. */
export async function enqueueMessage(trx: AuditedTransaction, m: OutboxInput): Promise<void> {
  await trx
    .insertInto('outbox_messages')
    .values({
      kind: m.kind,
      channel: m.channel,
      language: m.language,
      recipient: m.recipient,
      payload: JSON.stringify(m.payload),
      request_id: m.requestId,
    })
    .execute();
}

/** The organisation a request belongs to: what the access module checks scope against. */
export async function practiceOfRequest(
  trx: LookupTransaction,
  id: string,
): Promise<string | undefined> {
  const row = await trx
    .selectFrom('requests')
    .select('practice_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.practice_id;
}

/** The access module's organisation lookup for a request. */
export function requestOrganisation(requestId: string) {
  return { lookup: (trx: LookupTransaction) => practiceOfRequest(trx, requestId) };
}
