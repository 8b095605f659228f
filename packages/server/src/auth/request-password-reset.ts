/**
 * "Forgot your password?": for an active account with this email, a link to choose a new
 * password, valid for an hour, e-mailed through the outbox. The caller's answer is the same
 * whether or not the account exists, so nobody learns which addresses have accounts; the route
 * limits requests per address, and this limits links per account (over it, nothing is sent).
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { withServiceTask } from '../access/patient-access.js';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Database } from '../db/schema.js';
import { incrementCounter } from '../limits/counters.js';
import { sendPasswordLink } from './password-links.js';
import { activeUserByEmail } from './password-token.repository.js';

/** At most this many reset links per account per hour. */
export const RESET_LINKS_PER_ACCOUNT = { limit: 3, windowSeconds: 60 * 60 } as const;

export interface PasswordResetRequest {
  readonly email: string;
  readonly language: 'en' | 'cy';
  readonly ip: string;
}

export interface PasswordResetOptions {
  readonly publicUrl: string;
  readonly now: Date;
}

export async function requestPasswordReset(
  db: Kysely<Database>,
  input: PasswordResetRequest,
  options: PasswordResetOptions,
): Promise<void> {
  const email = input.email.toLowerCase();
  const key = `forgot:account:${createHash('sha256').update(email).digest('hex')}`;
  const count = await incrementCounter(db, key, RESET_LINKS_PER_ACCOUNT.windowSeconds, options.now);
  const user = await activeUserByEmail(db, email);
  const limited = count.count > RESET_LINKS_PER_ACCOUNT.limit;
  if (user && !limited) {
    await withServiceTask(db, 'password-reset', 'user', async (trx) => {
      await sendPasswordLink(trx, {
        user,
        purpose: 'reset',
        language: input.language,
        publicUrl: options.publicUrl,
        now: options.now,
      });
      return [user.id];
    });
  }
  await writeAuditEvent(db, {
    userId: user?.id ?? null,
    actorLabel: email,
    action: 'create',
    resourceType: 'password_reset',
    resourceId: user?.id ?? null,
    organisationId: null,
    ip: input.ip,
    outcome: user && !limited ? 'allowed' : 'denied',
    reason: user ? (limited ? 'too many links' : 'link sent') : 'no such active account',
  });
}
