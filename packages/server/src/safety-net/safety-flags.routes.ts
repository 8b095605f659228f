/**
 * Staff actions on a request's safety flags (docs/api/safety-net-contract.md): an OT clears the
 * screen's or the safeguarding flag with a reason; an OT, navigator or clinician raises a
 * safeguarding concern. Both through the access module (audited) and in the request's history.
 */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PatientAccess } from '../access/patient-access.js';
import { accessContext, requireRole } from '../auth/guards.js';
import { errorResponses } from '../http/schemas.js';
import { requestDetail } from '../triage/request-detail.js';
import { CLEARABLE_FLAGS, ZRequestDetail } from '../triage/inbox.schema.js';
import { clearFlag } from './clear-flag.js';
import { markSafeguarding } from './mark-safeguarding.js';
import { requestOrganisation } from '../front-door/request.repository.js';

const ZParams = z.object({ id: z.uuid() });

export const ZClearFlagBody = z
  .object({
    flag: z.enum(CLEARABLE_FLAGS),
    reason: z.string().trim().min(10).max(1000),
  })
  .strict();

export const ZMarkSafeguardingBody = z
  .object({ reason: z.string().trim().min(1).max(1000) })
  .strict();

const ZMarkSafeguardingResult = z.object({
  id: z.uuid(),
  reference: z.string(),
  safeguarding: z.literal(true),
  safeguardingLead: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});

export function safetyFlagRoutes(access: PatientAccess, clock: Clock): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['safety net'];

    app.post(
      '/api/requests/:id/clear-flag',
      {
        schema: {
          tags,
          summary:
            "Clear the screen's red flags (never ticked ones) or the safeguarding flag, with a reason",
          params: ZParams,
          body: ZClearFlagBody,
          response: { 200: ZRequestDetail, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot');
        const { id } = request.params;
        return access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'update',
            level: 'clinical',
            resourceType: 'request',
            resourceId: id,
            organisation: requestOrganisation(id),
          },
          async (trx) => {
            const at = clock.now();
            await clearFlag(trx, {
              requestId: id,
              flag: request.body.flag,
              reason: request.body.reason,
              userId: actor.userId,
              now: at,
            });
            return requestDetail(trx, id, at);
          },
        );
      },
    );

    app.post(
      '/api/requests/:id/mark-safeguarding',
      {
        schema: {
          tags,
          summary:
            'Raise a safeguarding concern on a request; it is routed to the safeguarding lead',
          params: ZParams,
          body: ZMarkSafeguardingBody,
          response: { 200: ZMarkSafeguardingResult, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot', 'navigator', 'clinician');
        const { id } = request.params;
        return access.withPatientRecord(
          accessContext(request, actor),
          {
            // Raising a concern adds to the request; navigators and clinicians may add, not edit.
            action: 'create',
            level: 'clinical',
            resourceType: 'safeguarding_concern',
            resourceId: id,
            organisation: requestOrganisation(id),
          },
          (trx) =>
            markSafeguarding(trx, {
              requestId: id,
              reason: request.body.reason,
              userId: actor.userId,
              now: clock.now(),
            }),
        );
      },
    );
  };
}
