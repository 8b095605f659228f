/**
 * Choosing a password from a one-time link (forgot password, or a new account's first
 * password): the link works once and until it expires; the password follows core's policy
 * (checked by the route's schema); every other session of the user ends; audited.
 */
import type { Kysely } from 'kysely';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { hashPassword } from './passwords.js';
import { lockPasswordToken, markPasswordTokenUsed } from './password-token.repository.js';
import { hashToken, revokeUserSessions } from './sessions.js';

export interface SetPasswordInput {
  readonly token: string;
  readonly password: string;
  readonly ip: string;
}

function linkProblem(code: 'link_unknown' | 'link_used' | 'link_expired', message: string) {
  return new AppError('gone', message, { fields: [{ path: 'token', code, message }] });
}

export async function setPassword(
  db: Kysely<Database>,
  input: SetPasswordInput,
  now: Date,
): Promise<void> {
  const tokenHash = hashToken(input.token);
  // Hashed before the transaction: argon2 is slow and the token row is locked inside.
  const passwordHash = await hashPassword(input.password);
  const outcome = await db.transaction().execute(async (trx) => {
    const token = await lockPasswordToken(trx, tokenHash);
    if (!token) return { problem: 'link_unknown' as const, user: null };
    const user = { id: token.userId, email: token.email };
    if (token.usedAt) return { problem: 'link_used' as const, user };
    if (token.expiresAt.getTime() <= now.getTime())
      return { problem: 'link_expired' as const, user };
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, is_demo: false, updated_at: now })
      .where('id', '=', token.userId)
      .execute();
    await markPasswordTokenUsed(trx, tokenHash, now);
    await revokeUserSessions(trx, token.userId);
    await writeAuditEvent(trx, {
      userId: token.userId,
      actorLabel: token.email,
      action: 'update',
      resourceType: 'user',
      resourceId: token.userId,
      organisationId: null,
      ip: input.ip,
      outcome: 'allowed',
      reason: token.purpose === 'set' ? 'password set from link' : 'password reset from link',
    });
    return { problem: null, user };
  });
  if (outcome.problem === null) return;
  await writeAuditEvent(db, {
    userId: outcome.user?.id ?? null,
    actorLabel: outcome.user?.email ?? 'unknown password link',
    action: 'update',
    resourceType: 'user',
    resourceId: outcome.user?.id ?? null,
    organisationId: null,
    ip: input.ip,
    outcome: 'denied',
    reason: outcome.problem,
  });
  switch (outcome.problem) {
    case 'link_unknown':
      throw linkProblem('link_unknown', 'This link is not valid. Ask for a new one.');
    case 'link_used':
      throw linkProblem('link_used', 'This link has already been used. Ask for a new one.');
    case 'link_expired':
      throw linkProblem('link_expired', 'This link has expired. Ask for a new one.');
  }
}
