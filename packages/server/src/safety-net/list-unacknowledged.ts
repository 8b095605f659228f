/**
 * What no clinician has acknowledged yet, in the caller's organisations: the count and the
 * oldest arrival for the banner on every staff page, and each request with its due time. An
 * aggregate read (references and times, no one's details), audited as such.
 */
import { isAcknowledgementOverdue } from '@everyday/core';
import type { AccessContext, PatientAccess } from '../access/patient-access.js';
import { countUnacknowledged, unacknowledgedRequests } from './crisis.repository.js';
import type { TUnacknowledged } from './crisis.schema.js';
import { dueAtFor } from './due-times.js';
import { practicePolicies } from './safety-settings.repository.js';

/** The banner lists this many at most; `count` is always the whole number. */
export const UNACKNOWLEDGED_ITEMS_LIMIT = 100;

export async function listUnacknowledged(
  access: PatientAccess,
  context: AccessContext,
  now: Date,
): Promise<TUnacknowledged> {
  let count = 0;
  const items = await access.withAggregateRead(
    context,
    { resourceType: 'request', purpose: 'unacknowledged crisis requests' },
    async (trx, scope) => {
      count = await countUnacknowledged(trx, scope);
      const rows = await unacknowledgedRequests(trx, {
        scope,
        limit: UNACKNOWLEDGED_ITEMS_LIMIT,
      });
      const policies = await practicePolicies(
        trx,
        rows.map((r) => r.practiceId),
      );
      return rows.map((r) => {
        const dueAt = dueAtFor(r.receivedAt, r.practiceId, policies);
        return {
          id: r.id,
          reference: r.reference,
          receivedAt: r.receivedAt.toISOString(),
          dueAt,
          overdue: isAcknowledgementOverdue(dueAt, now.getTime()),
          escalatedAt: r.escalatedAt?.toISOString() ?? null,
          practice: { id: r.practiceId, name: r.practiceName },
        };
      });
    },
  );
  return { count, oldestReceivedAt: items[0]?.receivedAt ?? null, items: [...items] };
}
