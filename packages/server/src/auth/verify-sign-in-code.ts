/**
 * The second step of signing in with two-factor on: the challenge the right password gave, and
 * the code from the authenticator app (or a recovery code, once). A wrong code counts against
 * the sign-in throttle like a wrong password; a code is accepted once (its time step is kept).
 */
import { readSecurityCode } from '@everyday/core';
import type { Kysely } from 'kysely';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { createSession, hashToken } from './sessions.js';
import { checkSignInThrottle, countSignInFailure, signInAudit } from './sign-in-throttle.js';
import { hashRecoveryCode, openSecret, totpStep, type TwoFactorKey } from './two-factor.js';
import {
  challengeUser,
  deleteChallenge,
  recordTotpStep,
  twoFactorState,
  useRecoveryCode,
} from './two-factor.repository.js';

export interface SignInCodeInput {
  /** From the challenge cookie; undefined when there is none. */
  readonly challenge: string | undefined;
  readonly code: string;
  readonly ip: string;
}

export interface SignInCodeOptions {
  readonly idleMinutes: number;
  readonly now: Date;
  readonly key: TwoFactorKey;
}

const wrongCode = () =>
  new AppError('invalid_credentials', 'Enter the correct security code', {
    fields: [{ path: 'code', code: 'invalid_code', message: 'Enter the correct security code' }],
  });

/** Check the code; a session token when it is right. */
export async function verifySignInCode(
  db: Kysely<Database>,
  input: SignInCodeInput,
  options: SignInCodeOptions,
): Promise<{ userId: string; token: string }> {
  const { now } = options;
  const challengeHash = input.challenge === undefined ? undefined : hashToken(input.challenge);
  const user =
    challengeHash === undefined ? undefined : await challengeUser(db, challengeHash, now);
  if (!user || challengeHash === undefined)
    throw new AppError('unauthenticated', 'Sign in again: enter your email address and password');
  await checkSignInThrottle(db, user.email, input.ip, now, user.userId);

  const typed = readSecurityCode(input.code);
  const accepted = await db.transaction().execute(async (trx) => {
    const state = await twoFactorState(trx, user.userId, true);
    if (!typed || state?.secret == null) return false;
    switch (typed.kind) {
      case 'totp': {
        const step = totpStep(openSecret(options.key, state.secret), state.email, typed.code, now);
        if (step === undefined || (state.lastStep !== null && step <= state.lastStep)) return false;
        await recordTotpStep(trx, user.userId, step);
        return true;
      }
      case 'recovery':
        return useRecoveryCode(trx, user.userId, hashRecoveryCode(typed.code), now);
    }
  });
  if (!accepted) {
    await countSignInFailure(
      db,
      { email: user.email, ip: input.ip, userId: user.userId, reason: 'invalid_code' },
      now,
    );
    throw wrongCode();
  }
  await deleteChallenge(db, challengeHash);
  const token = await createSession(db, user.userId, options.idleMinutes, now);
  await writeAuditEvent(db, {
    ...signInAudit(user.email, input.ip),
    userId: user.userId,
    resourceId: user.userId,
    outcome: 'allowed',
    reason: typed?.kind === 'recovery' ? 'recovery code' : 'security code',
  });
  return { userId: user.userId, token };
}
