/**
 * One-time links to set or reset a password (migration 0011): the link carries a random token,
 * the table holds its SHA-256, its purpose, when it ends and when it was used.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

export type PasswordTokenPurpose = 'reset' | 'set';

type Db = Kysely<Database> | Transaction<Database>;

export interface StoredPasswordToken {
  readonly userId: string;
  readonly email: string;
  readonly purpose: PasswordTokenPurpose;
  readonly expiresAt: Date;
  readonly usedAt: Date | null;
}

/** Store a new token, ending any unused one the user had: only the latest link works. */
export async function insertPasswordToken(
  trx: Transaction<Database>,
  token: {
    tokenHash: string;
    userId: string;
    purpose: PasswordTokenPurpose;
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await trx
    .deleteFrom('password_tokens')
    .where('user_id', '=', token.userId)
    .where('used_at', 'is', null)
    .execute();
  await trx
    .insertInto('password_tokens')
    .values({
      token_hash: token.tokenHash,
      user_id: token.userId,
      purpose: token.purpose,
      created_at: token.createdAt,
      expires_at: token.expiresAt,
    })
    .execute();
}

/** The token with this hash, locked until the transaction ends so it is used only once. */
export async function lockPasswordToken(
  trx: Transaction<Database>,
  tokenHash: string,
): Promise<StoredPasswordToken | undefined> {
  const row = await trx
    .selectFrom('password_tokens')
    .innerJoin('users', 'users.id', 'password_tokens.user_id')
    .select(['user_id', 'users.email', 'purpose', 'expires_at', 'used_at'])
    .where('token_hash', '=', tokenHash)
    .forUpdate()
    .executeTakeFirst();
  return row
    ? {
        userId: row.user_id,
        email: row.email,
        purpose: row.purpose,
        expiresAt: row.expires_at,
        usedAt: row.used_at,
      }
    : undefined;
}

export async function markPasswordTokenUsed(
  trx: Transaction<Database>,
  tokenHash: string,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('password_tokens')
    .set({ used_at: at })
    .where('token_hash', '=', tokenHash)
    .execute();
}

/** An active staff account by email (any case), for the forgot-password path. */
export async function activeUserByEmail(
  db: Db,
  email: string,
): Promise<{ id: string; email: string } | undefined> {
  return db
    .selectFrom('users')
    .select(['id', 'email'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .where('active', '=', true)
    .executeTakeFirst();
}
