import { describe, expect, it } from 'vitest';
import { decideSignInThrottle, DEFAULT_SIGN_IN_THROTTLE, windowStart } from './sign-in-throttle.js';
import { checkPassword } from './password-policy.js';

describe('decideSignInThrottle', () => {
  it('allows sign-in below the account limit', () => {
    expect(decideSignInThrottle({ account: 4, address: 4, secondsLeftInWindow: 100 })).toEqual({
      allowed: true,
    });
  });
  it('pauses an account after five failures until the window ends', () => {
    expect(decideSignInThrottle({ account: 5, address: 5, secondsLeftInWindow: 299.2 })).toEqual({
      allowed: false,
      retryAfterSeconds: 300,
    });
  });
  it('pauses a client address that tries many accounts', () => {
    const d = decideSignInThrottle({
      account: 0,
      address: DEFAULT_SIGN_IN_THROTTLE.maxFailuresPerAddress,
      secondsLeftInWindow: 10,
    });
    expect(d.allowed).toBe(false);
  });
  it('puts a moment into a fixed window', () => {
    expect(windowStart(1000, 900)).toBe(900);
    expect(windowStart(1800, 900)).toBe(1800);
  });
});

describe('checkPassword', () => {
  it('asks for length, not composition', () => {
    expect(checkPassword('short')).toBe('too_short');
    expect(checkPassword('correct horse battery')).toBeUndefined();
    expect(checkPassword('Password1234')).toBe('too_common');
    expect(checkPassword('x'.repeat(201))).toBe('too_long');
  });
});
