/**
 * Signing in: throttled per account and per address with counters in the database, a decoy
 * hash for unknown accounts, and an audit event for every attempt. For an account with
 * two-factor on, a right password gives no session yet but a short-lived challenge that the
 * second step (`verify-sign-in-code.ts`) completes with a code.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { verifyPassword } from './passwords.js';
import { createSession, hashToken } from './sessions.js';
import { checkSignInThrottle, countSignInFailure, signInAudit } from './sign-in-throttle.js';
import { insertChallenge } from './two-factor.repository.js';

/** How long the second step may take. */
export const SIGN_IN_CHALLENGE_MS = 5 * 60_000;

export type SignInResult =
  | { readonly kind: 'signed_in'; readonly userId: string; readonly token: string }
  | { readonly kind: 'code_needed'; readonly userId: string; readonly challenge: string };

export async function signIn(
  db: Kysely<Database>,
  input: { email: string; password: string; ip: string },
  options: { idleMinutes: number; now: Date },
): Promise<SignInResult> {
  const { now } = options;
  await checkSignInThrottle(db, input.email, input.ip, now);
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'totp_secret'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', input.email.toLowerCase()))
    .where('active', '=', true)
    .executeTakeFirst();
  // An account whose owner has not yet set a password is checked against the decoy, too.
  const ok = await verifyPassword(user?.password_hash ?? undefined, input.password);
  if (!user || !ok) {
    await countSignInFailure(
      db,
      { email: input.email, ip: input.ip, userId: user?.id ?? null, reason: 'invalid_credentials' },
      now,
    );
    throw new AppError('invalid_credentials', 'Enter a correct email address and password');
  }
  if (user.totp_secret !== null) {
    const challenge = randomBytes(32).toString('base64url');
    await insertChallenge(db, {
      tokenHash: hashToken(challenge),
      userId: user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SIGN_IN_CHALLENGE_MS),
    });
    await writeAuditEvent(db, {
      ...signInAudit(input.email, input.ip),
      userId: user.id,
      resourceId: user.id,
      outcome: 'allowed',
      reason: 'password accepted, code needed',
    });
    return { kind: 'code_needed', userId: user.id, challenge };
  }
  const token = await createSession(db, user.id, options.idleMinutes, now);
  await writeAuditEvent(db, {
    ...signInAudit(input.email, input.ip),
    userId: user.id,
    resourceId: user.id,
    outcome: 'allowed',
  });
  return { kind: 'signed_in', userId: user.id, token };
}
