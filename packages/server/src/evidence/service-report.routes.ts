/**
 * GET /api/evidence/report.pdf: the service report for commissioners and boards (issue 12 item
 * 3) for a period, practice and pathway, in English or Welsh (`lang`), always under the
 * small-number rule. For the dashboard's roles: OTs, leads and admins.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireRole } from '../auth/guards.js';
import { printServiceReport, type ServiceReportDeps } from './service-report.js';
import { ZServiceReportQuery } from './service-report.schema.js';

export function serviceReportRoutes(deps: ServiceReportDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/evidence/report.pdf',
      {
        schema: {
          tags: ['evidence'],
          summary: 'The service report for a period as a PDF, under disclosure control',
          querystring: ZServiceReportQuery,
          produces: ['application/pdf'],
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'ot', 'lead', 'admin');
        const { lang, ...query } = request.query;
        const report = await printServiceReport({ actor, ip: request.ip }, query, lang, deps);
        return reply
          .headers({
            'content-type': 'application/pdf',
            'content-disposition': `attachment; filename="${report.filename}"`,
            'cache-control': 'no-store',
          })
          .send(report.pdf);
      },
    );
  };
}
