/**
 * Administrators see the triage rules their service uses and can put a new version in force.
 * A rule set must validate; the red-flag → crisis rule holds whatever it says.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../auth/guards.js';
import { errorResponses } from '../http/schemas.js';
import { putRuleSetInForce, ruleSetView, serviceFor, type RuleSetStore } from './rule-set-admin.js';

const ZRuleSetView = z.object({
  serviceId: z.uuid(),
  source: z.enum(['default', 'service']),
  version: z.string(),
  rules: z.record(z.string(), z.unknown()),
  history: z.array(z.object({ version: z.string(), active: z.boolean(), createdAt: z.string() })),
});

export function ruleSetRoutes(db: RuleSetStore): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['admin'];
    app.addHook('onRequest', async (request) => {
      requireRole(request, 'admin');
    });

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
        return ruleSetView(db, await serviceFor(db, actor.organisationIds));
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
        const serviceId = await serviceFor(db, actor.organisationIds);
        await putRuleSetInForce(db, actor, serviceId, request.body.rules, request.ip);
        return reply.status(201).send(await ruleSetView(db, serviceId));
      },
    );
  };
}
