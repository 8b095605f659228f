/**
 * Sending a link to set or reset a password: a random 32-byte token (only its SHA-256 is
 * stored), valid for an hour to reset a forgotten password and for seven days to set the first
 * one, e-mailed through the outbox in the same transaction that stores it.
 */
import { randomBytes } from 'node:crypto';
import type { AuditedTransaction } from '../access/patient-access.js';
import { enqueueMessage } from '../front-door/request.repository.js';
import { insertPasswordToken, type PasswordTokenPurpose } from './password-token.repository.js';
import { hashToken } from './sessions.js';

/** How long each kind of link works. */
export const PASSWORD_LINK_LIFETIME_MS: Readonly<Record<PasswordTokenPurpose, number>> = {
  reset: 60 * 60_000,
  set: 7 * 24 * 60 * 60_000,
};

/** The outbox message kind of each purpose (messages/message-text.ts words them). */
export const PASSWORD_LINK_MESSAGE_KIND = {
  reset: 'password_reset',
  set: 'password_set',
} as const satisfies Record<PasswordTokenPurpose, string>;

export interface PasswordLinkInput {
  readonly user: { readonly id: string; readonly email: string };
  readonly purpose: PasswordTokenPurpose;
  readonly language: 'en' | 'cy';
  readonly publicUrl: string;
  readonly now: Date;
}

/** Store a new token for the user (ending any earlier unused one) and queue the e-mail. */
export async function sendPasswordLink(
  trx: AuditedTransaction,
  input: PasswordLinkInput,
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(input.now.getTime() + PASSWORD_LINK_LIFETIME_MS[input.purpose]);
  await insertPasswordToken(trx, {
    tokenHash: hashToken(token),
    userId: input.user.id,
    purpose: input.purpose,
    createdAt: input.now,
    expiresAt,
  });
  const lang = input.language === 'cy' ? '&lang=cy' : '';
  await enqueueMessage(trx, {
    kind: PASSWORD_LINK_MESSAGE_KIND[input.purpose],
    channel: 'email',
    language: input.language,
    recipient: input.user.email,
    payload: {
      link: `${input.publicUrl}/set-password?token=${token}${lang}`,
      expiresAt: expiresAt.toISOString(),
    },
    requestId: null,
  });
}
