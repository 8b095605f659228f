/**
 * GET /api/demo-status (public): whether this service runs the demo, so that every page can say
 * its people are synthetic (issue 11 item 4). Read once: the demo is seeded before the server
 * listens, and a real service never becomes one.
 */
import { ZDemoStatus } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isDemoService, type DemoStatusStore } from './seed.js';

export function demoStatusRoutes(db: DemoStatusStore): FastifyPluginAsyncZod {
  return async (app) => {
    let known: Promise<boolean> | undefined;
    app.get(
      '/api/demo-status',
      {
        schema: {
          tags: ['demo'],
          summary: 'Whether this service is the demo (its people are synthetic)',
          response: { 200: ZDemoStatus },
        },
      },
      async (_request, reply) => {
        void reply.header('cache-control', 'public, max-age=300');
        known ??= isDemoService(db);
        return { demo: await known };
      },
    );
  };
}
