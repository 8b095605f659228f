/**
 * GET /api/evidence/dashboard: what the service achieved, for whom, over a period, as figures
 * with their definitions; GET /api/evidence/dashboard.csv: one of its tables. For OTs, leads
 * and admins (the aggregate views' roles); a lead or an admin, who may not see the people,
 * gets figures under the small-number rule and no comments. GET /api/evidence/people: the people
 * counted in a figure, for OTs only; the access module refuses (and audits) anyone else.
 */
import {
  ZEvidenceDashboard,
  ZEvidencePeople,
  ZEvidencePeopleQuery,
  ZEvidenceQuery,
  type Clock,
} from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PatientAccess } from '../access/patient-access.js';
import { accessContext, requireActor, requireRole } from '../auth/guards.js';
import { errorResponses } from '../http/schemas.js';
import { evidenceCsv } from './evidence-csv.js';
import { ZEvidenceCsvQuery } from './evidence.schema.js';
import { listPeopleBehindFigure } from './list-people-behind-figure.js';
import { readEvidenceDashboard } from './read-evidence-dashboard.js';

export function evidenceRoutes(access: PatientAccess, clock: Clock): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['evidence'];
    app.get(
      '/api/evidence/dashboard',
      {
        schema: {
          tags,
          summary: 'The evidence dashboard for a period, practice and pathway (no patient detail)',
          querystring: ZEvidenceQuery,
          response: { 200: ZEvidenceDashboard, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot', 'lead', 'admin');
        return readEvidenceDashboard(access, accessContext(request, actor), request.query, clock);
      },
    );

    app.get(
      '/api/evidence/dashboard.csv',
      {
        schema: {
          tags,
          summary: 'One table of the evidence dashboard as CSV',
          querystring: ZEvidenceCsvQuery,
          response: { 200: z.string().describe('text/csv'), ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'ot', 'lead', 'admin');
        const { table, ...query } = request.query;
        const dashboard = await readEvidenceDashboard(
          access,
          accessContext(request, actor),
          query,
          clock,
        );
        return reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="everyday-evidence-${table}-${query.from}-${query.to}.csv"`,
          )
          .send(evidenceCsv(dashboard, table));
      },
    );

    app.get(
      '/api/evidence/people',
      {
        schema: {
          tags,
          summary: 'The people counted in a figure of the evidence dashboard (OTs only, audited)',
          querystring: ZEvidencePeopleQuery,
          response: { 200: ZEvidencePeople, ...errorResponses },
        },
      },
      async (request) => {
        // Any member of staff reaches the access module, which refuses every role but the OT's
        // (the OT record's level) and audits the refusal.
        const actor = requireActor(request);
        return listPeopleBehindFigure(access, accessContext(request, actor), request.query, clock);
      },
    );
  };
}
