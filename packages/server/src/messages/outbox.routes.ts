/** Staff see messages that could not be sent (failed, dead) and can send a dead one again. */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../auth/guards.js';
import { errorResponses } from '../http/schemas.js';
import { listMessages, retryFailedMessage, type OutboxStore } from './staff-outbox.js';

const ZMessage = z.object({
  id: z.uuid(),
  kind: z.string(),
  channel: z.string(),
  language: z.string(),
  status: z.string(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  nextAttemptAt: z.string(),
  reference: z.string().nullable(),
});

export function outboxRoutes(db: OutboxStore, clock: Clock): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['messages'];
    app.addHook('onRequest', async (request) => {
      requireRole(request, 'admin', 'ot');
    });

    app.get(
      '/api/messages',
      {
        schema: {
          tags,
          summary: 'Messages by status (the dead-letter view: ?status=dead)',
          querystring: z
            .object({
              status: z.enum(['pending', 'sending', 'sent', 'failed', 'dead']).default('dead'),
            })
            .strict(),
          response: { 200: z.object({ messages: z.array(ZMessage) }), ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'admin', 'ot');
        const rows = await listMessages(db, actor, request.query.status);
        return {
          messages: rows.map((m) => ({
            id: m.id,
            kind: m.kind,
            channel: m.channel,
            language: m.language,
            status: m.status,
            attempts: m.attempts,
            lastError: m.last_error,
            createdAt: m.created_at.toISOString(),
            nextAttemptAt: m.next_attempt_at.toISOString(),
            reference: m.reference,
          })),
        };
      },
    );

    app.post(
      '/api/messages/:id/retry',
      {
        schema: {
          tags,
          summary: 'Send a failed or dead message again',
          params: z.object({ id: z.uuid() }),
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'admin', 'ot');
        await retryFailedMessage(db, actor, request.params.id, {
          ip: request.ip,
          at: clock.now(),
        });
        return reply.status(204).send(null);
      },
    );
  };
}
