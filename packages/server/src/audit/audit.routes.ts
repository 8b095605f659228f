/** Administrators read the audit log, filter it, and download it as CSV. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PatientAccess } from '../access/patient-access.js';
import { accessContext, requireRole } from '../auth/guards.js';
import { toCsv } from '../http/csv.js';
import { errorResponses } from '../http/schemas.js';
import type { AuditStore } from './audit.repository.js';
import { ZAuditPage, ZAuditQuery } from './audit.schema.js';
import { readAuditLog } from './read-audit-log.js';

const PAGE_SIZE = 50;
const CSV_LIMIT = 100_000;

export function auditRoutes(db: AuditStore): FastifyPluginAsyncZod {
  // Whose record an event is about is patient data: named only through the access module.
  const access = new PatientAccess(db);
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
        const actor = requireRole(request, 'admin');
        const { page, ...filters } = request.query;
        const result = await readAuditLog({ db, access }, accessContext(request, actor), filters, {
          limit: PAGE_SIZE,
          offset: (page - 1) * PAGE_SIZE,
          count: true,
        });
        return { ...result, page, pageSize: PAGE_SIZE };
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
        const actor = requireRole(request, 'admin');
        const { page: _page, ...filters } = request.query;
        const { events } = await readAuditLog(
          { db, access },
          accessContext(request, actor),
          filters,
          {
            limit: CSV_LIMIT,
            offset: 0,
            count: false,
          },
        );
        const rows = events.map(({ person, ...event }) => ({
          ...event,
          personName: person?.name ?? null,
        }));
        const csv = toCsv(rows, [
          'id',
          'at',
          'userEmail',
          'userId',
          'action',
          'resourceType',
          'resourceId',
          'personName',
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
