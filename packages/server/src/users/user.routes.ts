/** Administrators manage staff accounts: add, change roles and organisations, reset passwords. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Actor } from '../auth/actor.js';
import { requireRole } from '../auth/guards.js';
import { hashPassword } from '../auth/passwords.js';
import { revokeUserSessions } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { errorResponses } from '../http/schemas.js';
import {
  emailInUse,
  findUser,
  insertUser,
  listUsers,
  setUserOrganisations,
  unknownOrganisations,
} from './user.repository.js';
import {
  ZCreateUserBody,
  ZResetPasswordBody,
  ZUpdateUserBody,
  ZUser,
  ZUserParams,
  type TUser,
} from './user.schema.js';

async function checkOrganisations(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  const unknown = await unknownOrganisations(db, ids);
  if (unknown.length > 0) {
    throw new AppError('validation', 'Check the answers shown and try again', {
      fields: [
        {
          path: 'organisationIds',
          code: 'invalid_value',
          message: 'Choose organisations from the list',
        },
      ],
    });
  }
}

function auditUser(
  actor: Actor,
  ip: string,
  action: 'create' | 'update',
  userId: string,
  reason: string | null,
) {
  return {
    userId: actor.userId,
    actorLabel: actor.email,
    action,
    resourceType: 'user',
    resourceId: userId,
    organisationId: null,
    ip,
    outcome: 'allowed',
    reason,
  } as const;
}

export function userRoutes(db: Kysely<Database>): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['admin'];
    // Authorise before validating, so nobody but an admin learns anything about these routes.
    app.addHook('onRequest', async (request) => {
      requireRole(request, 'admin');
    });

    app.get(
      '/api/admin/users',
      {
        schema: {
          tags,
          summary: 'List staff accounts',
          response: { 200: z.object({ users: z.array(ZUser) }), ...errorResponses },
        },
      },
      async (request) => {
        requireRole(request, 'admin');
        return { users: await listUsers(db) };
      },
    );

    app.post(
      '/api/admin/users',
      {
        schema: {
          tags,
          summary: 'Add a staff account',
          body: ZCreateUserBody,
          response: { 201: z.object({ user: ZUser }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'admin');
        const body = request.body;
        await checkOrganisations(db, body.organisationIds);
        if (await emailInUse(db, body.email)) {
          throw new AppError('conflict', 'A user with this email address already exists', {
            fields: [
              {
                path: 'email',
                code: 'email_in_use',
                message: 'A user with this email address already exists',
              },
            ],
          });
        }
        const passwordHash = await hashPassword(body.password);
        const id = await db.transaction().execute(async (trx) => {
          const newId = await insertUser(trx, { ...body, passwordHash });
          await writeAuditEvent(
            trx,
            auditUser(actor, request.ip, 'create', newId, `roles: ${body.roles.join(', ')}`),
          );
          return newId;
        });
        const user = await findUser(db, id);
        return reply.status(201).send({ user: user as TUser });
      },
    );

    app.patch(
      '/api/admin/users/:id',
      {
        schema: {
          tags,
          summary: 'Change a staff account',
          params: ZUserParams,
          body: ZUpdateUserBody,
          response: { 200: z.object({ user: ZUser }), ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'admin');
        const { id } = request.params;
        const body = request.body;
        if (!(await findUser(db, id))) throw new AppError('not_found', 'No such user');
        if (
          id === actor.userId &&
          (body.active === false || (body.roles && !body.roles.includes('admin')))
        ) {
          throw new AppError('conflict', 'You cannot remove your own administrator access');
        }
        if (body.organisationIds) await checkOrganisations(db, body.organisationIds);
        await db.transaction().execute(async (trx) => {
          const changes = {
            ...(body.name !== undefined ? { name: body.name } : {}),
            ...(body.roles !== undefined ? { roles: body.roles } : {}),
            ...(body.active !== undefined ? { active: body.active } : {}),
          };
          await trx
            .updateTable('users')
            .set({ ...changes, updated_at: new Date() })
            .where('id', '=', id)
            .execute();
          if (body.organisationIds) await setUserOrganisations(trx, id, body.organisationIds);
          if (body.active === false) await revokeUserSessions(trx, id);
          await writeAuditEvent(
            trx,
            auditUser(actor, request.ip, 'update', id, `changed: ${Object.keys(body).join(', ')}`),
          );
        });
        return { user: (await findUser(db, id)) as TUser };
      },
    );

    app.post(
      '/api/admin/users/:id/password',
      {
        schema: {
          tags,
          summary: "Reset a user's password and sign them out everywhere",
          params: ZUserParams,
          body: ZResetPasswordBody,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'admin');
        const { id } = request.params;
        if (!(await findUser(db, id))) throw new AppError('not_found', 'No such user');
        const passwordHash = await hashPassword(request.body.password);
        await db.transaction().execute(async (trx) => {
          await trx
            .updateTable('users')
            .set({ password_hash: passwordHash, is_demo: false, updated_at: new Date() })
            .where('id', '=', id)
            .execute();
          await revokeUserSessions(trx, id);
          await writeAuditEvent(trx, auditUser(actor, request.ip, 'update', id, 'password reset'));
        });
        return reply.status(204).send(null);
      },
    );
  };
}
