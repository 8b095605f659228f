import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BOOKING_CODE_ALPHABET,
  formatBookingCode,
  newBookingCode,
  normaliseBookingCode,
} from './booking-code.js';

const bytesFrom = (values: readonly number[]) => {
  let i = 0;
  return (size: number) =>
    Uint8Array.from({ length: size }, () => values[i++ % values.length] ?? 0);
};

describe('booking codes', () => {
  it('makes eight characters of the unambiguous alphabet, without 0, O, 1, I or L', () => {
    expect(BOOKING_CODE_ALPHABET).not.toMatch(/[0O1IL]/);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 64 }), (seed) => {
        const code = newBookingCode(bytesFrom([...seed, 1]));
        expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
        expect(normaliseBookingCode(formatBookingCode(code))).toBe(code);
      }),
    );
  });

  it('skips bytes that would favour the first characters', () => {
    // 31 × 8 = 248: bytes 248 to 255 are skipped, so 0 and 248 cannot both mean "A".
    expect(newBookingCode(bytesFrom([255, 248, 0, 1, 2, 3, 4, 5, 6, 7]))).toBe('ABCDEFGH');
  });

  it('is shown in two groups of four', () => {
    expect(formatBookingCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });

  it('forgives case, spaces and hyphens but refuses what cannot be a code', () => {
    expect(normaliseBookingCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normaliseBookingCode('abcd efgh')).toBe('ABCDEFGH');
    expect(normaliseBookingCode('ABCD-EFG')).toBeNull();
    expect(normaliseBookingCode('ABCD-EFGO')).toBeNull();
    expect(normaliseBookingCode('ABCD-EFG0')).toBeNull();
    expect(normaliseBookingCode('')).toBeNull();
  });
});
