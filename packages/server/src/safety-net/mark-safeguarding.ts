/**
 * A member of staff raises a safeguarding concern on a request themselves (issue 9, item 2): the
 * request is marked and routed to the safeguarding lead the same way a screen match is
 * (safeguarding-routing.ts), with a `mark_safeguarding` event keeping the reason.
 */
import type { AuditedTransaction } from '../access/patient-access.js';
import { AppError } from '../http/app-error.js';
import { addRequestEvent } from '../front-door/request.repository.js';
import { safeguardingLeadFor } from './safeguarding-routing.js';
import { lockRequest, setSafeguarding } from './safety-flags.repository.js';

export interface MarkSafeguardingResult {
  readonly id: string;
  readonly reference: string;
  readonly safeguarding: true;
  readonly safeguardingLead: { readonly id: string; readonly name: string } | null;
}

export async function markSafeguarding(
  trx: AuditedTransaction,
  input: { requestId: string; reason: string; userId: string; now: Date },
): Promise<MarkSafeguardingResult> {
  const row = await lockRequest(trx, input.requestId);
  if (!row) throw new AppError('not_found', 'No such request');
  // Already marked: keep the lead it went to; the new reason is still recorded.
  const leadId = row.safeguarding
    ? (row.safeguarding_lead_id ?? (await safeguardingLeadFor(trx, row.practice_id)))
    : await safeguardingLeadFor(trx, row.practice_id);
  await setSafeguarding(trx, row.id, { safeguarding: true, leadId, at: input.now });
  await addRequestEvent(trx, row.id, 'mark_safeguarding', input.userId, {
    reason: input.reason,
    leadId,
  });
  const lead = leadId
    ? await trx
        .selectFrom('users')
        .select(['id', 'name'])
        .where('id', '=', leadId)
        .executeTakeFirst()
    : undefined;
  return {
    id: row.id,
    reference: row.reference,
    safeguarding: true,
    safeguardingLead: lead ? { id: lead.id, name: lead.name } : null,
  };
}
