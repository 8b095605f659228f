/**
 * What a member of staff types at the second step of signing in: the 6-digit code their
 * authenticator app shows (TOTP, RFC 6238), or one of the recovery codes they were given when
 * they turned two-factor on. Spaces and dashes are forgiven, as people copy them.
 */
export type SecurityCode =
  | { readonly kind: 'totp'; readonly code: string }
  | { readonly kind: 'recovery'; readonly code: string };

/** Digits in a one-time code. */
export const TOTP_DIGITS = 6;

/** Letters recovery codes are made of: no 0/O or 1/I/L to misread (Crockford's base 32). */
export const RECOVERY_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Characters in a recovery code (three groups of four: 60 random bits). */
export const RECOVERY_CODE_LENGTH = 12;
/** How many recovery codes are given. */
export const RECOVERY_CODE_COUNT = 10;

/** Read what was typed as a one-time code or a recovery code; undefined when it is neither. */
export function readSecurityCode(typed: string): SecurityCode | undefined {
  const compact = typed.replace(/[\s-]/g, '').toUpperCase();
  if (new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(compact)) return { kind: 'totp', code: compact };
  if (compact.length !== RECOVERY_CODE_LENGTH) return undefined;
  // Read the letters people confuse as the digits they look like.
  const recovery = compact.replace(/O/g, '0').replace(/[IL]/g, '1');
  return new RegExp(`^[${RECOVERY_CODE_ALPHABET}]+$`).test(recovery)
    ? { kind: 'recovery', code: recovery }
    : undefined;
}

/**
 * A recovery code from random bytes (at least RECOVERY_CODE_LENGTH of them), shown in groups
 * of four: `7K2M-QX9P-3TWD`.
 */
export function formatRecoveryCode(random: Uint8Array): string {
  if (random.length < RECOVERY_CODE_LENGTH) throw new RangeError('Not enough random bytes');
  const chars = [...random.slice(0, RECOVERY_CODE_LENGTH)].map(
    (b) => RECOVERY_CODE_ALPHABET[b % RECOVERY_CODE_ALPHABET.length] ?? '0',
  );
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
