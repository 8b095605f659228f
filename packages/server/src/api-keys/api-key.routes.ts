/** Administrators issue and revoke API keys; other systems use them to send requests. */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../auth/actor.js';
import { requireRole } from '../auth/guards.js';
import { AppError } from '../http/app-error.js';
import { errorResponses } from '../http/schemas.js';
import { ZRequestAnswers } from '../front-door/answers.schema.js';
import { idempotencyKey } from '../front-door/idempotency.js';
import { ZSafetyReceipt } from '../front-door/front-door.schema.js';
import { receiptOf, type RequestIntake } from '../front-door/intake.js';
import { systemPrincipal } from './api-keys.js';
import {
  issueApiKey,
  listKeys,
  revokeApiKey,
  type ApiKeyStore,
  type KeyAdminContext,
} from './manage-api-keys.js';

const ZApiKey = z.object({
  id: z.uuid(),
  name: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export function apiKeyAdminRoutes(db: ApiKeyStore, clock: Clock): FastifyPluginAsyncZod {
  const keyContext = (request: FastifyRequest, actor: Actor): KeyAdminContext => ({
    actor,
    ip: request.ip,
    at: clock.now(),
  });
  return async (app) => {
    const tags = ['admin'];
    app.addHook('onRequest', async (request) => {
      requireRole(request, 'admin');
    });

    app.get(
      '/api/admin/api-keys',
      {
        schema: {
          tags,
          summary: 'API keys',
          response: { 200: z.object({ apiKeys: z.array(ZApiKey) }), ...errorResponses },
        },
      },
      async () => ({
        apiKeys: await listKeys(db),
      }),
    );

    app.post(
      '/api/admin/api-keys',
      {
        schema: {
          tags,
          summary: 'Issue an API key for an organisation (shown once)',
          body: z
            .object({ name: z.string().trim().min(1).max(100), organisationId: z.uuid() })
            .strict(),
          response: { 201: z.object({ apiKey: ZApiKey, key: z.string() }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'admin');
        const { apiKey, key } = await issueApiKey(db, keyContext(request, actor), request.body);
        return reply.status(201).send({ apiKey, key });
      },
    );

    app.delete(
      '/api/admin/api-keys/:id',
      {
        schema: {
          tags,
          summary: 'Revoke an API key',
          params: z.object({ id: z.uuid() }),
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'admin');
        await revokeApiKey(db, keyContext(request, actor), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}

const ZSystemRequestBody = z
  .object({
    questionSetVersion: z.string().min(1).max(50).optional(),
    source: z
      .object({
        system: z.string().trim().min(1).max(100),
        externalId: z.string().trim().max(200).optional(),
      })
      .strict(),
    answers: ZRequestAnswers,
  })
  .strict();

/** The receipt another system gets: the reference, and what the safety net made of it. */
const ZSystemReceipt = ZSafetyReceipt.extend({ id: z.uuid(), reference: z.string() });

/** `POST /api/requests` for other systems, authenticated by API key (no cookie, so no CSRF). */
export function systemRequestRoutes(
  db: ApiKeyStore,
  intake: RequestIntake,
  clock: Clock,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/requests',
      {
        config: { csrf: false },
        schema: {
          tags: ['requests'],
          summary:
            'Send a request from another system (Authorization: Bearer <API key>; Idempotency-Key header)',
          body: ZSystemRequestBody,
          response: {
            200: ZSystemReceipt,
            201: ZSystemReceipt,
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const principal = await systemPrincipal(db, request, clock.now());
        if (principal.kind !== 'system') throw new AppError('unauthenticated', 'Send an API key');
        const body = request.body;
        const result = await intake.submit(
          { principal, ip: request.ip },
          {
            route: 'system',
            channel: body.source.system,
            questionSetVersion: body.questionSetVersion ?? 'external',
            idempotency: { scope: `key:${principal.keyId}`, key: idempotencyKey(request) },
            answers: body.answers,
            complete: true,
            submittedBy: null,
            apiKeyId: principal.keyId,
            source: body.source,
          },
        );
        return reply.status(result.replayed ? 200 : 201).send(receiptOf(result));
      },
    );
  };
}
