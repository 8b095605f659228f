/**
 * Handovers (issue 16 item 4): a clinician's view of the requests handed over to their practice
 * and of their own referrals, and acknowledging a handover. Through the access module: the view
 * is a search at the clinical level over the caller's organisations; an acknowledgement is a
 * write at the clinical level to the handover's practice.
 */
import type { Clock } from '@everyday/core';
import { ZHandoversView } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PatientAccess } from '../access/patient-access.js';
import { accessContext, requireRole } from '../auth/guards.js';
import { errorResponses } from '../http/schemas.js';
import { acknowledgeHandover } from './acknowledge-handover.js';
import { practiceOfHandover } from './handover.repository.js';
import { handoverView } from './list-handovers.js';

const ZParams = z.object({ id: z.uuid() });
const ZAcknowledged = z.object({ requestId: z.uuid(), reference: z.string() });

export function handoverRoutes(access: PatientAccess, clock: Clock): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['triage'];

    app.get(
      '/api/handovers',
      {
        schema: {
          tags,
          summary: 'Requests handed over to your practice, and your own referrals',
          response: { 200: ZHandoversView, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'clinician', 'ot');
        const [view] = await access.withPatientSearch(
          accessContext(request, actor),
          { level: 'clinical', resourceType: 'handover', purpose: 'handovers and referrals' },
          async (trx, scope) => [await handoverView(trx, scope, actor.userId)],
        );
        return view ?? { handovers: [], referrals: [] };
      },
    );

    app.post(
      '/api/handovers/:id/acknowledge',
      {
        schema: {
          tags,
          summary: 'Acknowledge a request handed over to your practice',
          params: ZParams,
          response: { 200: ZAcknowledged, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'clinician', 'ot');
        const { id } = request.params;
        return access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'create',
            level: 'clinical',
            resourceType: 'handover',
            resourceId: id,
            organisation: { lookup: (trx) => practiceOfHandover(trx, id) },
          },
          (trx) => acknowledgeHandover(trx, id, actor.userId, clock.now()),
        );
      },
    );
  };
}
