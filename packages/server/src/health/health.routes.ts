/** Liveness and readiness in one: the process answers and the database answers. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DatabaseKind } from '../db/database.js';
import { checkDatabase, type HealthStore } from './health-check.js';

const ZHealth = z.object({
  status: z.enum(['ok', 'error']),
  database: z.enum(['embedded', 'postgres']),
  version: z.string(),
});

export function healthRoutes(
  db: HealthStore,
  kind: DatabaseKind,
  version: string,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      {
        schema: {
          tags: ['health'],
          summary: 'Is the service up',
          response: { 200: ZHealth, 503: ZHealth },
        },
      },
      async (request, reply) => {
        void reply.header('cache-control', 'no-store');
        try {
          await checkDatabase(db);
          return { status: 'ok' as const, database: kind, version };
        } catch (err) {
          request.log.error({ err }, 'health check: database did not answer');
          return reply.status(503).send({ status: 'error', database: kind, version });
        }
      },
    );
  };
}
