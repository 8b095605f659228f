/**
 * A member of staff's own account: "forgot your password?", choosing a password from a link,
 * and turning two-factor sign-in on and off.
 */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rateLimitHook, type RateLimit } from '../http/rate-limit.js';
import { errorResponses, ZErrorBody } from '../http/schemas.js';
import {
  ZForgotPasswordBody,
  ZForgotPasswordResponse,
  ZRecoveryCodes,
  ZSecurityCodeBody,
  ZSetPasswordBody,
  ZTwoFactorSetup,
  ZTwoFactorStatus,
} from './account.schema.js';
import { confirmTwoFactor } from './confirm-two-factor.js';
import { requireActor } from './guards.js';
import type { SessionStore } from './session-user.js';
import { requestPasswordReset } from './request-password-reset.js';
import { setPassword } from './set-password.js';
import { startTwoFactor } from './start-two-factor.js';
import { turnOffTwoFactor } from './turn-off-two-factor.js';
import type { TwoFactorKey } from './two-factor.js';
import { twoFactorStatus } from './two-factor-status.js';

export interface AccountRouteOptions {
  readonly db: SessionStore;
  readonly clock: Clock;
  readonly publicUrl: string;
  readonly twoFactorKey: TwoFactorKey;
}

/** Per client address: forgotten-password requests, and codes typed while setting up two-factor. */
const FORGOT_PASSWORD_LIMIT: RateLimit = { name: 'forgot-password', limit: 10, windowSeconds: 900 };
const TWO_FACTOR_CODE_LIMIT: RateLimit = { name: 'two-factor-code', limit: 20, windowSeconds: 900 };

export function accountRoutes(options: AccountRouteOptions): FastifyPluginAsyncZod {
  const { db, clock } = options;
  const key = options.twoFactorKey;
  return async (app) => {
    const tags = ['account'];
    const codeLimit = rateLimitHook(db, TWO_FACTOR_CODE_LIMIT, clock);

    app.post(
      '/api/auth/forgot-password',
      {
        onRequest: rateLimitHook(db, FORGOT_PASSWORD_LIMIT, clock),
        schema: {
          tags,
          summary: 'E-mail a link to choose a new password (the same answer for any address)',
          body: ZForgotPasswordBody,
          response: { 202: ZForgotPasswordResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        await requestPasswordReset(
          db,
          { ...request.body, ip: request.ip },
          { publicUrl: options.publicUrl, now: clock.now() },
        );
        return reply.status(202).send({ accepted: true });
      },
    );

    app.post(
      '/api/auth/set-password',
      {
        schema: {
          tags,
          summary: 'Choose a password with a one-time link; signs the user out everywhere',
          body: ZSetPasswordBody,
          response: { 204: z.null(), 410: ZErrorBody, ...errorResponses },
        },
      },
      async (request, reply) => {
        await setPassword(db, { ...request.body, ip: request.ip }, clock.now());
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/account/two-factor',
      {
        schema: {
          tags,
          summary: 'Whether two-factor sign-in is on for the signed-in user',
          response: { 200: ZTwoFactorStatus, ...errorResponses },
        },
      },
      async (request) => twoFactorStatus(db, requireActor(request)),
    );

    app.post(
      '/api/account/two-factor/setup',
      {
        schema: {
          tags,
          summary: 'A new secret for an authenticator app, shown once, to confirm with a code',
          response: { 200: ZTwoFactorSetup, ...errorResponses },
        },
      },
      async (request) => startTwoFactor(db, requireActor(request), { key, now: clock.now() }),
    );

    app.post(
      '/api/account/two-factor/confirm',
      {
        onRequest: codeLimit,
        schema: {
          tags,
          summary: 'Turn two-factor sign-in on with a code from the app; recovery codes, once',
          body: ZSecurityCodeBody,
          response: { 200: ZRecoveryCodes, ...errorResponses },
        },
      },
      async (request) =>
        confirmTwoFactor(
          db,
          requireActor(request),
          { code: request.body.code, ip: request.ip },
          { key, now: clock.now() },
        ),
    );

    app.post(
      '/api/account/two-factor/off',
      {
        onRequest: codeLimit,
        schema: {
          tags,
          summary: 'Turn two-factor sign-in off, with a current code',
          body: ZSecurityCodeBody,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await turnOffTwoFactor(
          db,
          requireActor(request),
          { code: request.body.code, ip: request.ip },
          { key, now: clock.now() },
        );
        return reply.status(204).send(null);
      },
    );
  };
}
