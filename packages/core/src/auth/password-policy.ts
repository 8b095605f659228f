/**
 * Staff password rules, after NCSC guidance: length over complexity, no forced composition
 * rules, and a refusal of the few passwords everyone tries first.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

const COMMON = new Set([
  'password1234',
  'password12345',
  '123456789012',
  'qwertyuiopas',
  'letmein12345',
  'changeme1234',
  'welcome12345',
]);

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common';

export function checkPassword(password: string): PasswordProblem | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  if (COMMON.has(password.toLowerCase())) return 'too_common';
  return undefined;
}
