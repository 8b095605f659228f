/** Staff see messages that could not be sent (failed, dead) and can send a dead one again. */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { withServiceTask } from '../access/patient-access.js';
import { writeAuditEvent } from '../audit/audit-log.js';
import { requireRole } from '../auth/guards.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { errorResponses } from '../http/schemas.js';
import { listOutbox, retryMessage } from './outbox.repository.js';

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

export function outboxRoutes(db: Kysely<Database>, clock: Clock): FastifyPluginAsyncZod {
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
        const rows = await withServiceTask(db, `staff:${actor.email}`, 'outbox_message', (trx) =>
          listOutbox(trx, [request.query.status], 200),
        );
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
        const done = await withServiceTask(
          db,
          `staff:${actor.email}`,
          'outbox_message',
          async (trx) =>
            (await retryMessage(trx, request.params.id, clock.now())) ? [request.params.id] : [],
        );
        if (done.length === 0)
          throw new AppError('not_found', 'No failed or dead message with that id');
        await writeAuditEvent(db, {
          userId: actor.userId,
          actorLabel: actor.email,
          action: 'update',
          resourceType: 'outbox_message',
          resourceId: request.params.id,
          organisationId: null,
          ip: request.ip,
          outcome: 'allowed',
          reason: 'retry',
        });
        return reply.status(204).send(null);
      },
    );
  };
}
