/**
 * The short reference a person is given for their request, e.g. `K7PM-3XRA`: eight characters
 * from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 8/B, U/V), easy to read out on the
 * phone. 25 characters give about 1.5 × 10^11 references.
 */
export const REFERENCE_ALPHABET = 'ACDEFGHJKMNPQRTWXYZ234679';

/** Make a reference from eight random bytes (the caller supplies them: core does no I/O). */
export function makeReference(randomBytes: Uint8Array): string {
  if (randomBytes.length < 8) throw new Error('makeReference needs 8 random bytes');
  let out = '';
  for (let i = 0; i < 8; i++) {
    // 256 is not a multiple of the alphabet's length; the slight bias does not matter for a reference.
    out += REFERENCE_ALPHABET.charAt((randomBytes[i] ?? 0) % REFERENCE_ALPHABET.length);
    if (i === 3) out += '-';
  }
  return out;
}

/** Read a reference as a person might type it: any case, with or without the hyphen or spaces. */
export function normaliseReference(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (!new RegExp(`^[${REFERENCE_ALPHABET}]{8}$`).test(compact)) return undefined;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}
