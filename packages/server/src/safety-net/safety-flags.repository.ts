/**
 * Persistence of the safety flags staff set and clear on a request (clear-flag.ts,
 * mark-safeguarding.ts). Every function takes an AuditedTransaction.
 */
import type { AuditedTransaction } from '../access/patient-access.js';
import type { Pathway, Tier, Urgency } from '@everyday/core';
import type { RequestRow } from '../db/schema.js';

/** The request, locked for the rest of the transaction. */
export async function lockRequest(
  trx: AuditedTransaction,
  id: string,
): Promise<RequestRow | undefined> {
  return trx.selectFrom('requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function setSafeguarding(
  trx: AuditedTransaction,
  id: string,
  change: { safeguarding: boolean; leadId: string | null; at: Date },
): Promise<void> {
  await trx
    .updateTable('requests')
    .set({
      safeguarding: change.safeguarding,
      safeguarding_lead_id: change.leadId,
      updated_at: change.at,
    })
    .where('id', '=', id)
    .execute();
}

/** New red flags and triage suggestion; the working urgency too when given. */
export async function setRedFlagsAndTriage(
  trx: AuditedTransaction,
  id: string,
  change: {
    redFlags: readonly string[];
    suggestion: {
      pathway: Pathway;
      urgency: Urgency;
      tier: Tier;
      reasons: unknown;
      ruleVersion: string;
    };
    urgency?: 'crisis' | 'urgent' | 'routine';
    at: Date;
  },
): Promise<void> {
  await trx
    .updateTable('requests')
    .set({
      red_flags: [...change.redFlags],
      suggested_pathway: change.suggestion.pathway,
      suggested_urgency: change.suggestion.urgency,
      suggested_tier: change.suggestion.tier,
      triage_reasons: JSON.stringify(change.suggestion.reasons),
      triage_rule_version: change.suggestion.ruleVersion,
      ...(change.urgency !== undefined ? { urgency: change.urgency } : {}),
      updated_at: change.at,
    })
    .where('id', '=', id)
    .execute();
}
