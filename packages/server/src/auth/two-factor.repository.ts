/** Two-factor sign-in's storage (migration 0011): the users' sealed secrets, recovery codes and challenges. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface TwoFactorState {
  readonly email: string;
  /** Sealed; null when two-factor is off. */
  readonly secret: string | null;
  readonly pendingSecret: string | null;
  readonly enabledAt: Date | null;
  readonly lastStep: number | null;
}

/** The user's two-factor state, locked until the transaction ends when asked inside one. */
export async function twoFactorState(
  db: Db,
  userId: string,
  lock = false,
): Promise<TwoFactorState | undefined> {
  let query = db
    .selectFrom('users')
    .select(['email', 'totp_secret', 'totp_pending_secret', 'totp_enabled_at', 'totp_last_step'])
    .where('id', '=', userId);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row
    ? {
        email: row.email,
        secret: row.totp_secret,
        pendingSecret: row.totp_pending_secret,
        enabledAt: row.totp_enabled_at,
        lastStep: row.totp_last_step,
      }
    : undefined;
}

export async function savePendingSecret(db: Db, userId: string, sealed: string, now: Date) {
  await db
    .updateTable('users')
    .set({ totp_pending_secret: sealed, updated_at: now })
    .where('id', '=', userId)
    .execute();
}

/** Turn two-factor on with the confirmed secret and new recovery codes (replacing any old ones). */
export async function enableTwoFactor(
  trx: Transaction<Database>,
  userId: string,
  change: { sealed: string; step: number; recoveryCodeHashes: readonly string[]; now: Date },
): Promise<void> {
  await trx
    .updateTable('users')
    .set({
      totp_secret: change.sealed,
      totp_pending_secret: null,
      totp_enabled_at: change.now,
      totp_last_step: change.step,
      updated_at: change.now,
    })
    .where('id', '=', userId)
    .execute();
  await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await trx
    .insertInto('recovery_codes')
    .values(change.recoveryCodeHashes.map((code_hash) => ({ user_id: userId, code_hash })))
    .execute();
}

export async function disableTwoFactor(trx: Transaction<Database>, userId: string, now: Date) {
  await trx
    .updateTable('users')
    .set({
      totp_secret: null,
      totp_pending_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
      updated_at: now,
    })
    .where('id', '=', userId)
    .execute();
  await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await trx.deleteFrom('sign_in_challenges').where('user_id', '=', userId).execute();
}

export async function recordTotpStep(trx: Transaction<Database>, userId: string, step: number) {
  await trx.updateTable('users').set({ totp_last_step: step }).where('id', '=', userId).execute();
}

/** Use a recovery code once: true when it was one of the user's unused codes. */
export async function useRecoveryCode(
  trx: Transaction<Database>,
  userId: string,
  codeHash: string,
  now: Date,
): Promise<boolean> {
  const row = await trx
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function unusedRecoveryCodes(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertChallenge(
  db: Db,
  challenge: { tokenHash: string; userId: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sign_in_challenges')
    .values({
      token_hash: challenge.tokenHash,
      user_id: challenge.userId,
      created_at: challenge.createdAt,
      expires_at: challenge.expiresAt,
    })
    .execute();
}

/** The user a live challenge is for. */
export async function challengeUser(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ userId: string; email: string } | undefined> {
  const row = await db
    .selectFrom('sign_in_challenges')
    .innerJoin('users', 'users.id', 'sign_in_challenges.user_id')
    .select(['users.id', 'users.email'])
    .where('sign_in_challenges.token_hash', '=', tokenHash)
    .where('sign_in_challenges.expires_at', '>', now)
    .where('users.active', '=', true)
    .executeTakeFirst();
  return row ? { userId: row.id, email: row.email } : undefined;
}

export async function deleteChallenge(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sign_in_challenges').where('token_hash', '=', tokenHash).execute();
}
