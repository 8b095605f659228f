/**
 * Two-factor sign-in's mechanics: TOTP codes (RFC 6238: SHA-1, 6 digits, 30 seconds, as every
 * authenticator app reads them) through the maintained `otpauth` library, always at the time of
 * the injected clock; the shared secret sealed with AES-256-GCM before it is stored; recovery
 * codes from random bytes, kept as SHA-256. ADR 0016.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import {
  formatRecoveryCode,
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_LENGTH,
  TOTP_DIGITS,
} from '@everyday/core';
import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Everyday';
const PERIOD_SECONDS = 30;

/** The key secrets are sealed with: 32 bytes (app.ts keeps it in app_secrets). */
export type TwoFactorKey = Buffer;

function totp(secretBase32: string, email: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: email,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random secret (160 bits, RFC 4226's recommendation), as base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address an authenticator app reads (by QR code or pasted). */
export function totpUri(secretBase32: string, email: string): string {
  return totp(secretBase32, email).toString();
}

/**
 * The time step a code belongs to, if it is right at `now` or one step either side (clock
 * drift between phone and server); undefined when wrong.
 */
export function totpStep(
  secretBase32: string,
  email: string,
  code: string,
  now: Date,
): number | undefined {
  const generator = totp(secretBase32, email);
  const timestamp = now.getTime();
  const delta = generator.validate({ token: code, timestamp, window: 1 });
  return delta === null ? undefined : generator.counter({ timestamp }) + delta;
}

/** The code an authenticator app would show at `at` (tests and the demo use it). */
export function totpCode(secretBase32: string, at: Date): string {
  return totp(secretBase32, 'any').generate({ timestamp: at.getTime() });
}

export function sealSecret(key: TwoFactorKey, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), sealed]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export function openSecret(key: TwoFactorKey, stored: string): string {
  const [version, iv, tag, sealed] = stored.split('.');
  if (version !== 'v1' || iv === undefined || tag === undefined || sealed === undefined)
    throw new Error('Unreadable two-factor secret');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(sealed, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}

/** New recovery codes, shown once, as the person sees them (`7K2M-QX9P-3TWD`). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    formatRecoveryCode(randomBytes(RECOVERY_CODE_LENGTH)),
  );
}

/** What is stored of a recovery code: the SHA-256 of its letters without dashes. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.replace(/-/g, '').toUpperCase()).digest('hex');
}
