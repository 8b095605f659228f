/**
 * The sign-in throttle (core's policy, counters in the database), shared by both steps of
 * signing in: a wrong password and a wrong two-factor code each count against the account
 * and the client address, and either step is refused while the account or address is paused.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DEFAULT_SIGN_IN_THROTTLE, decideSignInThrottle } from '@everyday/core';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { incrementCounter, readCounter } from '../limits/counters.js';

const policy = DEFAULT_SIGN_IN_THROTTLE;

function keys(email: string, ip: string) {
  return {
    account: `signin:account:${createHash('sha256').update(email.toLowerCase()).digest('hex')}`,
    address: `signin:address:${ip}`,
  };
}

/** The audit entry of a sign-in attempt, less its outcome. */
export function signInAudit(email: string, ip: string) {
  return {
    actorLabel: email.toLowerCase(),
    action: 'create',
    resourceType: 'session',
    organisationId: null,
    ip,
  } as const;
}

/** Refuse (429, audited) while the account or the address is paused. */
export async function checkSignInThrottle(
  db: Kysely<Database>,
  email: string,
  ip: string,
  now: Date,
  userId: string | null = null,
): Promise<void> {
  const k = keys(email, ip);
  const [account, address] = await Promise.all([
    readCounter(db, k.account, policy.windowSeconds, now),
    readCounter(db, k.address, policy.windowSeconds, now),
  ]);
  const throttle = decideSignInThrottle(
    {
      account: account.count,
      address: address.count,
      secondsLeftInWindow: account.secondsLeftInWindow,
    },
    policy,
  );
  if (throttle.allowed) return;
  await writeAuditEvent(db, {
    ...signInAudit(email, ip),
    userId,
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

/** Count a failed attempt against the account and the address, and audit it. */
export async function countSignInFailure(
  db: Kysely<Database>,
  attempt: { email: string; ip: string; userId: string | null; reason: string },
  now: Date,
): Promise<void> {
  const k = keys(attempt.email, attempt.ip);
  await Promise.all([
    incrementCounter(db, k.account, policy.windowSeconds, now),
    incrementCounter(db, k.address, policy.windowSeconds, now),
  ]);
  await writeAuditEvent(db, {
    ...signInAudit(attempt.email, attempt.ip),
    userId: attempt.userId,
    resourceId: null,
    outcome: 'denied',
    reason: attempt.reason,
  });
}
