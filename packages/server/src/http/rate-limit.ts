/**
 * Per-client rate limits for public endpoints, counted in the database so every server process
 * shares them. Over the limit, a clear 429 that says when to try again.
 */
import type { Clock } from '@everyday/core';
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Kysely } from 'kysely';
import { incrementCounter } from '../limits/counters.js';
import type { Database } from '../db/schema.js';
import { AppError } from './app-error.js';

export interface RateLimit {
  /** Counted separately per name, e.g. `referrals`. */
  readonly name: string;
  readonly limit: number;
  readonly windowSeconds: number;
}

export function rateLimitHook(
  db: Kysely<Database>,
  limit: RateLimit,
  clock: Clock,
): onRequestAsyncHookHandler {
  return async (request: FastifyRequest) => {
    const count = await incrementCounter(
      db,
      `rate:${limit.name}:${request.ip}`,
      limit.windowSeconds,
      clock.now(),
    );
    if (count.count > limit.limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil(count.secondsLeftInWindow));
      const minutes = Math.ceil(retryAfterSeconds / 60);
      throw new AppError(
        'rate_limited',
        `Too many requests from this device. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        { retryAfterSeconds },
      );
    }
  };
}
