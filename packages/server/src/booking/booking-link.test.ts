import { describe, expect, it } from 'vitest';
import { signBookingToken, verifyBookingToken } from './booking-link.js';

describe('self-booking links', () => {
  const secret = 'a secret of some length';
  const now = new Date('2026-11-02T09:00:00Z');
  const exp = now.getTime() / 1000 + 7 * 86400;

  it('round-trips its claims until it expires', () => {
    const token = signBookingToken(secret, { requestId: 'r1', exp });
    expect(verifyBookingToken(secret, token, now)).toEqual({
      ok: true,
      claims: { requestId: 'r1', exp },
    });
    expect(verifyBookingToken(secret, token, new Date((exp + 1) * 1000))).toEqual({
      ok: false,
      problem: 'expired',
    });
  });

  it('refuses a token altered or signed with another secret', () => {
    const token = signBookingToken(secret, { requestId: 'r1', exp });
    const [body, mac] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ r: 'r2', e: exp })).toString('base64url')}.${mac}`;
    expect(verifyBookingToken(secret, forged, now)).toEqual({ ok: false, problem: 'invalid' });
    expect(verifyBookingToken('another secret', token, now)).toEqual({
      ok: false,
      problem: 'invalid',
    });
    expect(verifyBookingToken(secret, `${body}`, now)).toEqual({ ok: false, problem: 'invalid' });
    expect(verifyBookingToken(secret, 'garbage.garbage', now)).toEqual({
      ok: false,
      problem: 'invalid',
    });
  });
});
