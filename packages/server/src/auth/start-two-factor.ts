/**
 * Setting up two-factor sign-in, step one: a new secret for the signed-in user's authenticator
 * app, kept (sealed) as pending until a code from the app confirms it (`confirm-two-factor.ts`).
 * The secret is shown now and never again.
 */
import type { Kysely } from 'kysely';
import type { Actor } from './actor.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { newTotpSecret, sealSecret, totpUri, type TwoFactorKey } from './two-factor.js';
import { savePendingSecret, twoFactorState } from './two-factor.repository.js';

export async function startTwoFactor(
  db: Kysely<Database>,
  actor: Actor,
  options: { key: TwoFactorKey; now: Date },
): Promise<{ secret: string; uri: string }> {
  const state = await twoFactorState(db, actor.userId);
  if (state?.secret != null)
    throw new AppError('conflict', 'Two-factor sign-in is already on. Turn it off first.');
  const secret = newTotpSecret();
  await savePendingSecret(db, actor.userId, sealSecret(options.key, secret), options.now);
  return { secret, uri: totpUri(secret, actor.email) };
}
