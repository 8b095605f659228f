/** Administrators manage staff accounts: add, change roles and organisations, send set-password links. */
import type { Clock } from '@everyday/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../auth/actor.js';
import { requireRole } from '../auth/guards.js';
import { errorResponses } from '../http/schemas.js';
import {
  addUser,
  changeUser,
  sendSetPasswordLink,
  type AdminContext,
  type UserStore,
} from './manage-users.js';
import { listUsers } from './user.repository.js';
import {
  ZCreateUserBody,
  ZSetPasswordLinkBody,
  ZUpdateUserBody,
  ZUser,
  ZUserParams,
} from './user.schema.js';

export function userRoutes(db: UserStore, clock: Clock, publicUrl: string): FastifyPluginAsyncZod {
  const adminContext = (request: FastifyRequest, actor: Actor): AdminContext => ({
    actor,
    ip: request.ip,
    at: clock.now(),
    publicUrl,
  });
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
        const user = await addUser(db, adminContext(request, actor), request.body);
        return reply.status(201).send({ user });
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
        const user = await changeUser(
          db,
          adminContext(request, actor),
          request.params.id,
          request.body,
        );
        return { user };
      },
    );

    app.post(
      '/api/admin/users/:id/set-password-link',
      {
        schema: {
          tags,
          summary: 'E-mail the user a new link to choose their password (valid 7 days)',
          params: ZUserParams,
          body: ZSetPasswordLinkBody,
          response: { 202: z.object({ sent: z.literal(true) }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'admin');
        await sendSetPasswordLink(
          db,
          adminContext(request, actor),
          request.params.id,
          request.body.language,
        );
        return reply.status(202).send({ sent: true });
      },
    );
  };
}
