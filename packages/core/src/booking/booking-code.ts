/**
 * Short booking codes (issue 16 item 2): a person with no mobile or email is given a code, read
 * out on the phone or printed in a letter, that they type at /book to reach their booking link.
 * Eight characters from an alphabet without the look-alikes 0/O, 1/I/L (as Crockford's Base32
 * leaves out I, L and O for the same reason), shown in two groups of four: "ABCD-EFGH".
 * Pure: the random bytes are passed in, the server stores only the code's hash.
 */

/** 31 characters: A–Z without I, L and O, and the digits 2–9. */
export const BOOKING_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const BOOKING_CODE_LENGTH = 8;

/** The largest multiple of the alphabet's size below 256: bytes above it are skipped, so every character is equally likely. */
const UNBIASED_LIMIT =
  Math.floor(256 / BOOKING_CODE_ALPHABET.length) * BOOKING_CODE_ALPHABET.length;

/**
 * A new code from a source of random bytes (the server passes `crypto.randomBytes`), in its
 * canonical form: eight characters, no separator.
 */
export function newBookingCode(randomBytes: (size: number) => Uint8Array): string {
  let code = '';
  while (code.length < BOOKING_CODE_LENGTH) {
    for (const byte of randomBytes(BOOKING_CODE_LENGTH * 2)) {
      if (byte >= UNBIASED_LIMIT) continue;
      code += BOOKING_CODE_ALPHABET.charAt(byte % BOOKING_CODE_ALPHABET.length);
      if (code.length === BOOKING_CODE_LENGTH) break;
    }
  }
  return code;
}

/** The code as people read it: "ABCD-EFGH". */
export function formatBookingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What a person typed, as a canonical code, or null when it cannot be one. Case, spaces and
 * hyphens are forgiven, and so are the look-alikes the alphabet leaves out (O read as 0 is
 * not in it either way, so O and 0 are refused rather than guessed).
 */
export function normaliseBookingCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s\-–—]/g, '');
  if (code.length !== BOOKING_CODE_LENGTH) return null;
  for (const ch of code) if (!BOOKING_CODE_ALPHABET.includes(ch)) return null;
  return code;
}
