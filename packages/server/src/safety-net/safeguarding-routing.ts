/**
 * Who a safeguarding concern is routed to: the safeguarding lead named in the practice's safety
 * settings, else the one named for the organisation above it (its PCN, then the service), else
 * nobody in particular, and the request then shows, flagged, to every OT in scope. A lead whose
 * account is no longer active is passed over, so a concern never goes to someone who has left.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/** Organisation trees are shallow (service → PCN → practice); this bounds a malformed one. */
const MAX_DEPTH = 8;

export async function safeguardingLeadFor(
  trx: Transaction<Database>,
  practiceId: string,
): Promise<string | null> {
  let organisationId: string | null = practiceId;
  for (let depth = 0; organisationId !== null && depth < MAX_DEPTH; depth++) {
    const row: { parent_id: string | null; lead: string | null } | undefined = await trx
      .selectFrom('organisations')
      .leftJoin('safety_settings', 'safety_settings.organisation_id', 'organisations.id')
      .leftJoin('users', (join) =>
        join
          .onRef('users.id', '=', 'safety_settings.safeguarding_lead_user_id')
          .on('users.active', '=', true),
      )
      .select(['organisations.parent_id', 'users.id as lead'])
      .where('organisations.id', '=', organisationId)
      .executeTakeFirst();
    if (!row) return null;
    if (row.lead) return row.lead;
    organisationId = row.parent_id;
  }
  return null;
}
