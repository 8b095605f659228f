/**
 * Administrators see the triage rules their service uses and can put a new version in force.
 * A rule set must validate; the red-flag → crisis rule holds whatever it says.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { DEFAULT_TRIAGE_RULES, validateTriageRuleSet } from '@everyday/core';
import { writeAuditEvent } from '../audit/audit-log.js';
import { requireRole } from '../auth/guards.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { errorResponses } from '../http/schemas.js';
import { activeRuleSet, serviceOf } from './rule-sets.js';

const ZRuleSetView = z.object({
  serviceId: z.uuid(),
  source: z.enum(['default', 'service']),
  version: z.string(),
  rules: z.record(z.string(), z.unknown()),
  history: z.array(z.object({ version: z.string(), active: z.boolean(), createdAt: z.string() })),
});

export function ruleSetRoutes(db: Kysely<Database>): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['admin'];
    app.addHook('onRequest', async (request) => {
      requireRole(request, 'admin');
    });

    async function serviceFor(organisationIds: readonly string[]): Promise<string> {
      const first = organisationIds[0];
      const serviceId = first ? await serviceOf(db, first) : undefined;
      if (!serviceId) throw new AppError('forbidden', 'You do not belong to a service');
      return serviceId;
    }

    async function view(serviceId: string) {
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

    app.get(
      '/api/admin/triage-rules',
      {
        schema: {
          tags,
          summary: "The triage rules the admin's service uses",
          response: { 200: ZRuleSetView, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'admin');
        return view(await serviceFor(actor.organisationIds));
      },
    );

    app.post(
      '/api/admin/triage-rules',
      {
        schema: {
          tags,
          summary: 'Put a new version of the triage rules in force',
          body: z.object({ rules: z.record(z.string(), z.unknown()) }).strict(),
          response: { 201: ZRuleSetView, ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'admin');
        const serviceId = await serviceFor(actor.organisationIds);
        const checked = validateTriageRuleSet(request.body.rules);
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
            ip: request.ip,
            outcome: 'allowed',
            reason: checked.rules.version,
          });
        });
        return reply.status(201).send(await view(serviceId));
      },
    );
  };
}
