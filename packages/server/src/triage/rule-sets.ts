/**
 * Which triage rules a service uses: its active rule set from the database when it has one,
 * else the default rules from core. A stored set that no longer validates is not used (and the
 * default applies), so triage never fails for want of rules.
 */
import type { Kysely, Transaction } from 'kysely';
import { DEFAULT_TRIAGE_RULES, validateTriageRuleSet, type TriageRuleSet } from '@everyday/core';
import type { Database } from '../db/schema.js';

/** The service (root organisation) an organisation belongs to. */
export async function serviceOf(
  db: Kysely<Database> | Transaction<Database>,
  organisationId: string,
): Promise<string | undefined> {
  const row = await db
    .withRecursive('chain(id, parent_id)', (qb) =>
      qb
        .selectFrom('organisations')
        .select(['id', 'parent_id'])
        .where('id', '=', organisationId)
        .unionAll((u) =>
          u
            .selectFrom('organisations as o')
            .innerJoin('chain', 'chain.parent_id', 'o.id')
            .select(['o.id', 'o.parent_id']),
        ),
    )
    .selectFrom('chain')
    .select('id')
    .where('parent_id', 'is', null)
    .executeTakeFirst();
  return row?.id;
}

export async function activeRuleSet(
  db: Kysely<Database> | Transaction<Database>,
  organisationId: string,
): Promise<TriageRuleSet> {
  const serviceId = await serviceOf(db, organisationId);
  if (!serviceId) return DEFAULT_TRIAGE_RULES;
  const row = await db
    .selectFrom('triage_rule_sets')
    .select('rules')
    .where('service_id', '=', serviceId)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!row) return DEFAULT_TRIAGE_RULES;
  const checked = validateTriageRuleSet(row.rules);
  return checked.ok ? checked.rules : DEFAULT_TRIAGE_RULES;
}
