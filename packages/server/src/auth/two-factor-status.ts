/** Whether the signed-in user has two-factor sign-in on, and how many recovery codes are left. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Actor } from './actor.js';
import { twoFactorState, unusedRecoveryCodes } from './two-factor.repository.js';

export async function twoFactorStatus(
  db: Kysely<Database>,
  actor: Actor,
): Promise<{ enabled: boolean; enabledAt: string | null; recoveryCodesLeft: number }> {
  const state = await twoFactorState(db, actor.userId);
  const enabled = state?.secret != null;
  return {
    enabled,
    enabledAt: state?.enabledAt?.toISOString() ?? null,
    recoveryCodesLeft: enabled ? await unusedRecoveryCodes(db, actor.userId) : 0,
  };
}
