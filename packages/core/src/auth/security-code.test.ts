import { describe, expect, it } from 'vitest';
import { formatRecoveryCode, readSecurityCode, RECOVERY_CODE_ALPHABET } from './security-code.js';

describe('security codes at the second step of signing in', () => {
  it('reads six digits as a one-time code, forgiving spaces', () => {
    expect(readSecurityCode(' 123 456 ')).toEqual({ kind: 'totp', code: '123456' });
    expect(readSecurityCode('12345')).toBeUndefined();
    expect(readSecurityCode('1234567')).toBeUndefined();
  });

  it('reads a recovery code in any case, with or without dashes, and confusable letters as digits', () => {
    expect(readSecurityCode('7k2m-qx9p-3twd')).toEqual({ kind: 'recovery', code: '7K2MQX9P3TWD' });
    expect(readSecurityCode('7K2MQX9P3TWO')).toEqual({ kind: 'recovery', code: '7K2MQX9P3TW0' });
    expect(readSecurityCode('UUUU-UUUU-UUUU')).toBeUndefined();
  });

  it('formats random bytes as three groups of four letters of its alphabet, read back the same', () => {
    const code = formatRecoveryCode(new Uint8Array([0, 1, 31, 32, 255, 100, 7, 8, 9, 10, 11, 12]));
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    for (const c of code.replace(/-/g, '').split(/(?:)/u))
      expect(RECOVERY_CODE_ALPHABET).toContain(c);
    expect(readSecurityCode(code)).toEqual({ kind: 'recovery', code: code.replace(/-/g, '') });
    expect(() => formatRecoveryCode(new Uint8Array(4))).toThrow(RangeError);
  });
});
