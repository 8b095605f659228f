/** Administrators issue and revoke API keys; other systems use them to send requests. */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { writeAuditEvent } from '../audit/audit-log.js';
import { requireRole } from '../auth/guards.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { errorResponses } from '../http/schemas.js';
import { ZRequestAnswers } from '../requests/answers.schema.js';
import { idempotencyKey } from '../requests/idempotency.js';
import { ZSafetyReceipt } from '../requests/front-door.schema.js';
import { receiptOf, type RequestIntake } from '../requests/intake.js';
import { newKey, systemPrincipal } from './api-keys.js';

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

async function listKeys(db: Kysely<Database>, id?: string) {
  let q = db
    .selectFrom('api_keys')
    .innerJoin('organisations', 'organisations.id', 'api_keys.organisation_id')
    .selectAll('api_keys')
    .select('organisations.name as organisation_name')
    .orderBy('api_keys.created_at', 'desc');
  if (id) q = q.where('api_keys.id', '=', id);
  const rows = await q.execute();
  return rows.map((k) => ({
    id: k.id,
    name: k.name,
    organisationId: k.organisation_id,
    organisationName: k.organisation_name,
    prefix: k.key_prefix,
    createdAt: k.created_at.toISOString(),
    lastUsedAt: k.last_used_at?.toISOString() ?? null,
    revokedAt: k.revoked_at?.toISOString() ?? null,
  }));
}

export function apiKeyAdminRoutes(db: Kysely<Database>): FastifyPluginAsyncZod {
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
        const org = await db
          .selectFrom('organisations')
          .select('id')
          .where('id', '=', request.body.organisationId)
          .executeTakeFirst();
        if (!org) {
          throw new AppError('validation', 'Check the answers shown and try again', {
            fields: [
              {
                path: 'organisationId',
                code: 'invalid_value',
                message: 'Choose an organisation from the list',
              },
            ],
          });
        }
        const { key, prefix, hash } = newKey();
        const id = await db.transaction().execute(async (trx) => {
          const row = await trx
            .insertInto('api_keys')
            .values({
              name: request.body.name,
              organisation_id: org.id,
              key_hash: hash,
              key_prefix: prefix,
              created_by: actor.userId,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await writeAuditEvent(trx, {
            userId: actor.userId,
            actorLabel: actor.email,
            action: 'create',
            resourceType: 'api_key',
            resourceId: row.id,
            organisationId: org.id,
            ip: request.ip,
            outcome: 'allowed',
          });
          return row.id;
        });
        const [apiKey] = await listKeys(db, id);
        if (!apiKey) throw new Error('An API key just created could not be read back');
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
        await db.transaction().execute(async (trx) => {
          const row = await trx
            .updateTable('api_keys')
            .set({ revoked_at: new Date() })
            .where('id', '=', request.params.id)
            .where('revoked_at', 'is', null)
            .returning('organisation_id')
            .executeTakeFirst();
          if (!row) throw new AppError('not_found', 'No such API key, or it is already revoked');
          await writeAuditEvent(trx, {
            userId: actor.userId,
            actorLabel: actor.email,
            action: 'delete',
            resourceType: 'api_key',
            resourceId: request.params.id,
            organisationId: row.organisation_id,
            ip: request.ip,
            outcome: 'allowed',
          });
        });
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
  db: Kysely<Database>,
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
