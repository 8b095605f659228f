/** Administrators read the audit log, filter it, and download it as CSV. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../auth/guards.js';
import { toCsv } from '../http/csv.js';
import { errorResponses } from '../http/schemas.js';
import { countAuditEvents, listAuditEvents, type AuditStore } from './audit.repository.js';
import { ZAuditPage, ZAuditQuery } from './audit.schema.js';

const PAGE_SIZE = 50;
const CSV_LIMIT = 100_000;

export function auditRoutes(db: AuditStore): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', async (request) => {
      requireRole(request, 'admin');
    });
    app.get(
      '/api/admin/audit',
      {
        schema: {
          tags: ['admin'],
          summary: 'Audit events, newest first',
          querystring: ZAuditQuery,
          response: { 200: ZAuditPage, ...errorResponses },
        },
      },
      async (request) => {
        requireRole(request, 'admin');
        const { page, ...filters } = request.query;
        const [total, events] = await Promise.all([
          countAuditEvents(db, filters),
          listAuditEvents(db, filters, PAGE_SIZE, (page - 1) * PAGE_SIZE),
        ]);
        return { events, total, page, pageSize: PAGE_SIZE };
      },
    );

    app.get(
      '/api/admin/audit.csv',
      {
        schema: {
          tags: ['admin'],
          summary: `Audit events as CSV (at most ${CSV_LIMIT} rows)`,
          querystring: ZAuditQuery,
          response: { 200: z.string(), ...errorResponses },
        },
      },
      async (request, reply) => {
        requireRole(request, 'admin');
        const { page: _page, ...filters } = request.query;
        const events = await listAuditEvents(db, filters, CSV_LIMIT, 0);
        const csv = toCsv(events, [
          'id',
          'at',
          'userEmail',
          'userId',
          'action',
          'resourceType',
          'resourceId',
          'organisationId',
          'ip',
          'outcome',
          'reason',
        ]);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="everyday-audit.csv"')
          .send(csv);
      },
    );
  };
}
