/** Sign in, see who is signed in, sign out. */
import type { Clock } from '@everyday/core';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../http/schemas.js';
import { sessionUser, type SessionStore } from './session-user.js';
import { SIGN_IN_CHALLENGE_MS, signIn } from './sign-in.js';
import { findSessionActor, revokeSession, SESSION_COOKIE } from './sessions.js';
import {
  ZCodeNeededResponse,
  ZSignInBody,
  ZSignInCodeBody,
  ZSessionResponse,
  ZSignInResponse,
} from './session.schema.js';
import type { TwoFactorKey } from './two-factor.js';
import { verifySignInCode } from './verify-sign-in-code.js';

/** The cookie naming the sign-in waiting for its two-factor code. */
export const CHALLENGE_COOKIE = 'everyday_sign_in_challenge';

export interface SessionRouteOptions {
  readonly db: SessionStore;
  readonly idleMinutes: number;
  readonly cookieSecure: boolean;
  readonly clock: Clock;
  readonly twoFactorKey: TwoFactorKey;
}

export function sessionRoutes(options: SessionRouteOptions): FastifyPluginAsyncZod {
  const { db } = options;
  /** Set the session cookie and answer with who is now signed in. */
  const startSession = async (token: string, reply: FastifyReply, now: Date) => {
    void reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: options.cookieSecure,
    });
    const actor = await findSessionActor(db, token, options.idleMinutes, now);
    if (!actor) throw new Error('A session just created could not be read back');
    return sessionUser(db, actor);
  };
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
          response: { 200: ZSignInResponse, 202: ZCodeNeededResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        const now = options.clock.now();
        const result = await signIn(
          db,
          { ...request.body, ip: request.ip },
          { idleMinutes: options.idleMinutes, now },
        );
        if (result.kind === 'code_needed') {
          void reply.setCookie(CHALLENGE_COOKIE, result.challenge, {
            path: '/api/session',
            httpOnly: true,
            sameSite: 'strict',
            secure: options.cookieSecure,
            maxAge: SIGN_IN_CHALLENGE_MS / 1000,
          });
          return reply.status(202).send({ codeNeeded: true });
        }
        return reply.status(200).send({ user: await startSession(result.token, reply, now) });
      },
    );

    app.post(
      '/api/session/code',
      {
        schema: {
          tags: ['session'],
          summary: 'Second step of signing in: the code from the authenticator app',
          body: ZSignInCodeBody,
          response: { 200: ZSignInResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        const now = options.clock.now();
        const result = await verifySignInCode(
          db,
          {
            challenge: request.cookies[CHALLENGE_COOKIE],
            code: request.body.code,
            ip: request.ip,
          },
          { idleMinutes: options.idleMinutes, now, key: options.twoFactorKey },
        );
        void reply.clearCookie(CHALLENGE_COOKIE, { path: '/api/session' });
        return { user: await startSession(result.token, reply, now) };
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
