/**
 * Turning two-factor sign-in off: only with a current code from the app (or a recovery code),
 * so a session left open cannot quietly remove it. Audited.
 */
import { readSecurityCode } from '@everyday/core';
import type { Kysely } from 'kysely';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import type { Actor } from './actor.js';
import { hashRecoveryCode, openSecret, totpStep, type TwoFactorKey } from './two-factor.js';
import { disableTwoFactor, twoFactorState, useRecoveryCode } from './two-factor.repository.js';

export async function turnOffTwoFactor(
  db: Kysely<Database>,
  actor: Actor,
  input: { code: string; ip: string },
  options: { key: TwoFactorKey; now: Date },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const state = await twoFactorState(trx, actor.userId, true);
    if (state?.secret == null) throw new AppError('conflict', 'Two-factor sign-in is already off');
    const typed = readSecurityCode(input.code);
    let accepted = false;
    if (typed?.kind === 'totp') {
      const step = totpStep(
        openSecret(options.key, state.secret),
        state.email,
        typed.code,
        options.now,
      );
      accepted = step !== undefined && (state.lastStep === null || step > state.lastStep);
    } else if (typed?.kind === 'recovery') {
      accepted = await useRecoveryCode(
        trx,
        actor.userId,
        hashRecoveryCode(typed.code),
        options.now,
      );
    }
    if (!accepted)
      throw new AppError('validation', 'Enter the code your app shows', {
        fields: [{ path: 'code', code: 'invalid_code', message: 'Enter the code your app shows' }],
      });
    await disableTwoFactor(trx, actor.userId, options.now);
    await writeAuditEvent(trx, {
      userId: actor.userId,
      actorLabel: actor.email,
      action: 'update',
      resourceType: 'user',
      resourceId: actor.userId,
      organisationId: null,
      ip: input.ip,
      outcome: 'allowed',
      reason: 'two-factor sign-in turned off',
    });
  });
}
