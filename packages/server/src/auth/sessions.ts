/**
 * Sessions in the database: the cookie holds a random token, the table holds its SHA-256.
 * Any server process can therefore recognise any session. Sessions slide with use up to an
 * idle limit and end after an absolute limit.
 */
import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Actor } from './actor.js';

export const SESSION_COOKIE = 'everyday_session';
const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
const TOUCH_AFTER_MS = 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Kysely<Database>,
  userId: string,
  idleMinutes: number,
  now: Date,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + idleMinutes * 60_000),
    })
    .execute();
  return token;
}

/** The actor behind a session token, or undefined when the session is unknown, expired or the user inactive. */
export async function findSessionActor(
  db: Kysely<Database>,
  token: string,
  idleMinutes: number,
  now: Date,
): Promise<Actor | undefined> {
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.roles',
      'sessions.created_at',
      'sessions.last_seen_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now)
    .where('users.active', '=', true)
    .executeTakeFirst();
  if (!row) return undefined;
  if (now.getTime() - row.created_at.getTime() > ABSOLUTE_LIFETIME_MS) {
    await revokeSession(db, token);
    return undefined;
  }
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now, expires_at: new Date(now.getTime() + idleMinutes * 60_000) })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  const { memberOf, scope } = await organisationScopeOf(db, row.id);
  return {
    userId: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    organisationIds: memberOf,
    scope,
  };
}

/** A user's own organisations and, through the tree, every organisation beneath them. */
export async function organisationScopeOf(
  db: Kysely<Database>,
  userId: string,
): Promise<{ memberOf: string[]; scope: Set<string> }> {
  const result = await sql<{ id: string; direct: boolean }>`
    WITH RECURSIVE scope(id, direct) AS (
      SELECT organisation_id, true FROM user_organisations WHERE user_id = ${userId}
      UNION
      SELECT o.id, false FROM organisations o JOIN scope s ON o.parent_id = s.id
    )
    SELECT id, bool_or(direct) AS direct FROM scope GROUP BY id`.execute(db);
  return {
    memberOf: result.rows.filter((r) => r.direct).map((r) => r.id),
    scope: new Set(result.rows.map((r) => r.id)),
  };
}

export async function revokeSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}

export async function revokeUserSessions(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function pruneSessions(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}
