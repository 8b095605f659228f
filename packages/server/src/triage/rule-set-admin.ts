/**
 * The triage rules a service uses, for its administrators: the rules in force with their
 * history, and putting a new version in force (validated; audited in the same transaction).
 */
import type { Kysely } from 'kysely';
import { DEFAULT_TRIAGE_RULES, validateTriageRuleSet } from '@everyday/core';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { activeRuleSet, serviceOf } from './rule-sets.js';

/** The database rule sets are kept in. */
export type RuleSetStore = Kysely<Database>;

/** The service an administrator administers; forbidden when they belong to none. */
export async function serviceFor(
  db: RuleSetStore,
  organisationIds: readonly string[],
): Promise<string> {
  const first = organisationIds[0];
  const serviceId = first ? await serviceOf(db, first) : undefined;
  if (!serviceId) throw new AppError('forbidden', 'You do not belong to a service');
  return serviceId;
}

/** The rules in force for a service, and every version it has had. */
export async function ruleSetView(db: RuleSetStore, serviceId: string) {
  const rules = await activeRuleSet(db, serviceId);
  const history = await db
    .selectFrom('triage_rule_sets')
    .select(['version', 'active', 'created_at'])
    .where('service_id', '=', serviceId)
    .orderBy('created_at', 'desc')
    .execute();
  return {
    serviceId,
    source: rules === DEFAULT_TRIAGE_RULES ? ('default' as const) : ('service' as const),
    version: rules.version,
    rules: rules as unknown as Record<string, unknown>,
    history: history.map((h) => ({
      version: h.version,
      active: h.active,
      createdAt: h.created_at.toISOString(),
    })),
  };
}

/** Put a new version of a service's rules in force; refused when invalid or its version is used. */
export async function putRuleSetInForce(
  db: RuleSetStore,
  actor: Actor,
  serviceId: string,
  rules: Record<string, unknown>,
  ip: string,
): Promise<void> {
  const checked = validateTriageRuleSet(rules);
  if (!checked.ok) {
    throw new AppError('validation', 'The rule set is not valid', {
      fields: checked.problems
        .slice(0, 50)
        .map((message) => ({ path: 'rules', code: 'invalid_value', message })),
    });
  }
  const exists = await db
    .selectFrom('triage_rule_sets')
    .select('id')
    .where('service_id', '=', serviceId)
    .where('version', '=', checked.rules.version)
    .executeTakeFirst();
  if (exists || checked.rules.version === DEFAULT_TRIAGE_RULES.version) {
    throw new AppError(
      'conflict',
      'A rule set with this version already exists: give the new one a new version',
      {
        fields: [
          {
            path: 'rules.version',
            code: 'version_in_use',
            message: 'Give the new rule set a new version',
          },
        ],
      },
    );
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('triage_rule_sets')
      .set({ active: false })
      .where('service_id', '=', serviceId)
      .where('active', '=', true)
      .execute();
    const row = await trx
      .insertInto('triage_rule_sets')
      .values({
        service_id: serviceId,
        version: checked.rules.version,
        rules: JSON.stringify(checked.rules),
        active: true,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAuditEvent(trx, {
      userId: actor.userId,
      actorLabel: actor.email,
      action: 'create',
      resourceType: 'triage_rule_set',
      resourceId: row.id,
      organisationId: serviceId,
      ip: ip,
      outcome: 'allowed',
      reason: checked.rules.version,
    });
  });
}
