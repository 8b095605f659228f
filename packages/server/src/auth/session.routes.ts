/** Sign in, see who is signed in, sign out. */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../http/schemas.js';
import { sessionUser, type SessionStore } from './session-user.js';
import { signIn } from './sign-in.js';
import { findSessionActor, revokeSession, SESSION_COOKIE } from './sessions.js';
import { ZSessionResponse, ZSignInBody, ZSignInResponse } from './session.schema.js';

export interface SessionRouteOptions {
  readonly db: SessionStore;
  readonly idleMinutes: number;
  readonly cookieSecure: boolean;
  readonly clock: Clock;
}

export function sessionRoutes(options: SessionRouteOptions): FastifyPluginAsyncZod {
  const { db } = options;
  return async (app) => {
    app.get(
      '/api/session',
      {
        schema: {
          tags: ['session'],
          summary: 'Who is signed in, and a CSRF token',
          response: { 200: ZSessionResponse },
        },
      },
      async (request, reply) => {
        void reply.header('cache-control', 'no-store');
        const user = request.actor ? await sessionUser(db, request.actor) : null;
        return { user, csrfToken: reply.generateCsrf() };
      },
    );

    app.post(
      '/api/session',
      {
        schema: {
          tags: ['session'],
          summary: 'Sign in with email and password',
          body: ZSignInBody,
          response: { 200: ZSignInResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        const now = options.clock.now();
        const result = await signIn(
          db,
          { ...request.body, ip: request.ip },
          { idleMinutes: options.idleMinutes, now },
        );
        void reply.setCookie(SESSION_COOKIE, result.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: options.cookieSecure,
        });
        const actor = await findSessionActor(db, result.token, options.idleMinutes, now);
        if (!actor) throw new Error('A session just created could not be read back');
        return { user: await sessionUser(db, actor) };
      },
    );

    app.delete(
      '/api/session',
      { schema: { tags: ['session'], summary: 'Sign out', response: { 204: z.null() } } },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await revokeSession(db, token);
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );
  };
}
