import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeReference, normaliseReference, REFERENCE_ALPHABET } from './reference.js';

describe('request references', () => {
  it('uses 25 characters with no look-alikes', () => {
    expect(new Set(REFERENCE_ALPHABET).size).toBe(REFERENCE_ALPHABET.length);
    for (const c of '0O1IL5S8BUV') expect(REFERENCE_ALPHABET).not.toContain(c);
  });

  it('always makes XXXX-XXXX from the alphabet, readable back however it is typed', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), (bytes) => {
        const ref = makeReference(bytes);
        expect(ref).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
        expect(normaliseReference(ref.toLowerCase().replace('-', ' '))).toBe(ref);
      }),
    );
  });

  it('refuses what cannot be a reference', () => {
    expect(normaliseReference('ABCD-EFG')).toBeUndefined();
    expect(normaliseReference('ABCD-EFG0')).toBeUndefined();
  });
});
