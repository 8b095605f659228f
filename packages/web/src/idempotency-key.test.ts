import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newIdempotencyKey } from './idempotency-key.js';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('makes a UUID v4', () => {
    expect(newIdempotencyKey(webcrypto as Crypto)).toMatch(uuidV4);
  });

  it('makes a UUID v4 where randomUUID is missing (pages served over plain HTTP)', () => {
    const insecure = {
      getRandomValues: (array: Uint8Array) => webcrypto.getRandomValues(array),
    } as unknown as Crypto;
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey(insecure)));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(uuidV4);
  });
});
