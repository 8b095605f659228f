/**
 * Setting up two-factor sign-in, step two: a code from the app proves it holds the pending
 * secret; two-factor is then on, and ten recovery codes are made, shown this once (only their
 * hashes are kept). Audited.
 */
import { readSecurityCode } from '@everyday/core';
import type { Kysely } from 'kysely';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import type { Actor } from './actor.js';
import {
  hashRecoveryCode,
  newRecoveryCodes,
  openSecret,
  totpStep,
  type TwoFactorKey,
} from './two-factor.js';
import { enableTwoFactor, twoFactorState } from './two-factor.repository.js';

export async function confirmTwoFactor(
  db: Kysely<Database>,
  actor: Actor,
  input: { code: string; ip: string },
  options: { key: TwoFactorKey; now: Date },
): Promise<{ recoveryCodes: string[] }> {
  const recoveryCodes = newRecoveryCodes();
  await db.transaction().execute(async (trx) => {
    const state = await twoFactorState(trx, actor.userId, true);
    if (state?.secret != null) throw new AppError('conflict', 'Two-factor sign-in is already on');
    if (!state?.pendingSecret)
      throw new AppError('conflict', 'Start setting up two-factor sign-in again');
    const typed = readSecurityCode(input.code);
    const step =
      typed?.kind === 'totp'
        ? totpStep(
            openSecret(options.key, state.pendingSecret),
            actor.email,
            typed.code,
            options.now,
          )
        : undefined;
    if (step === undefined)
      throw new AppError('validation', 'Enter the code your app shows', {
        fields: [{ path: 'code', code: 'invalid_code', message: 'Enter the code your app shows' }],
      });
    await enableTwoFactor(trx, actor.userId, {
      sealed: state.pendingSecret,
      step,
      recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
      now: options.now,
    });
    await writeAuditEvent(trx, {
      userId: actor.userId,
      actorLabel: actor.email,
      action: 'update',
      resourceType: 'user',
      resourceId: actor.userId,
      organisationId: null,
      ip: input.ip,
      outcome: 'allowed',
      reason: 'two-factor sign-in turned on',
    });
  });
  return { recoveryCodes };
}
