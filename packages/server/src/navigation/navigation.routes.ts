/** GET /api/navigation/counts: what staff navigation shows beside its links (OTs). */
import { ZNavigationCounts, type Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PatientAccess } from '../access/patient-access.js';
import { accessContext, requireRole } from '../auth/guards.js';
import { errorResponses } from '../http/schemas.js';
import { readStaffCounts } from './staff-counts.js';

export function navigationRoutes(access: PatientAccess, clock: Clock): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/navigation/counts',
      {
        schema: {
          tags: ['navigation'],
          summary: "New requests, people waiting and today's appointments in your diary",
          response: { 200: ZNavigationCounts, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot');
        return readStaffCounts(access, accessContext(request, actor), actor.userId, clock);
      },
    );
  };
}
