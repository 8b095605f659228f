/**
 * Signing in: throttled per account and per address with counters in the database, a decoy
 * hash for unknown accounts, and an audit event for every attempt.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DEFAULT_SIGN_IN_THROTTLE, decideSignInThrottle } from '@everyday/core';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { incrementCounter, readCounter } from '../limits/counters.js';
import { verifyPassword } from './passwords.js';
import { createSession } from './sessions.js';

const policy = DEFAULT_SIGN_IN_THROTTLE;

function accountKey(email: string): string {
  return `signin:account:${createHash('sha256').update(email.toLowerCase()).digest('hex')}`;
}

export interface SignInResult {
  readonly userId: string;
  readonly token: string;
}

export async function signIn(
  db: Kysely<Database>,
  input: { email: string; password: string; ip: string },
  options: { idleMinutes: number; now: Date },
): Promise<SignInResult> {
  const { now } = options;
  const keys = { account: accountKey(input.email), address: `signin:address:${input.ip}` };
  const [account, address] = await Promise.all([
    readCounter(db, keys.account, policy.windowSeconds, now),
    readCounter(db, keys.address, policy.windowSeconds, now),
  ]);
  const throttle = decideSignInThrottle(
    {
      account: account.count,
      address: address.count,
      secondsLeftInWindow: account.secondsLeftInWindow,
    },
    policy,
  );
  const audit = {
    actorLabel: input.email.toLowerCase(),
    action: 'create',
    resourceType: 'session',
    organisationId: null,
    ip: input.ip,
  } as const;
  if (!throttle.allowed) {
    await writeAuditEvent(db, {
      ...audit,
      userId: null,
      resourceId: null,
      outcome: 'denied',
      reason: 'throttled',
    });
    const minutes = Math.ceil(throttle.retryAfterSeconds / 60);
    throw new AppError(
      'too_many_attempts',
      `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      { retryAfterSeconds: throttle.retryAfterSeconds },
    );
  }

  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', input.email.toLowerCase()))
    .where('active', '=', true)
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash, input.password);
  if (!user || !ok) {
    await Promise.all([
      incrementCounter(db, keys.account, policy.windowSeconds, now),
      incrementCounter(db, keys.address, policy.windowSeconds, now),
    ]);
    await writeAuditEvent(db, {
      ...audit,
      userId: user?.id ?? null,
      resourceId: null,
      outcome: 'denied',
      reason: 'invalid_credentials',
    });
    throw new AppError('invalid_credentials', 'Enter a correct email address and password');
  }
  const token = await createSession(db, user.id, options.idleMinutes, now);
  await writeAuditEvent(db, { ...audit, userId: user.id, resourceId: user.id, outcome: 'allowed' });
  return { userId: user.id, token };
}
