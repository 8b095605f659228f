/**
 * Self-booking links: signed, expiring, no account needed. The token names the request and
 * when it expires; the HMAC proves Everyday issued it. Nothing about the person is in it.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface BookingLinkClaims {
  /** The request (on the waiting list) the link books for. */
  readonly requestId: string;
  /** Expiry, epoch seconds. */
  readonly exp: number;
}

export function signBookingToken(secret: string, claims: BookingLinkClaims): string {
  const body = Buffer.from(JSON.stringify({ r: claims.requestId, e: claims.exp })).toString(
    'base64url',
  );
  const mac = createHmac('sha256', secret).update(`book:${body}`).digest('base64url');
  return `${body}.${mac}`;
}

export type TokenCheck =
  | { readonly ok: true; readonly claims: BookingLinkClaims }
  | { readonly ok: false; readonly problem: 'invalid' | 'expired' };

export function verifyBookingToken(secret: string, token: string, now: Date): TokenCheck {
  const [body, mac] = token.split('.');
  if (!body || !mac) return { ok: false, problem: 'invalid' };
  const expected = Buffer.from(
    createHmac('sha256', secret).update(`book:${body}`).digest('base64url'),
  );
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, problem: 'invalid' };
  try {
    const parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
      r?: unknown;
      e?: unknown;
    };
    if (typeof parsed.r !== 'string' || typeof parsed.e !== 'number')
      return { ok: false, problem: 'invalid' };
    if (parsed.e * 1000 < now.getTime()) return { ok: false, problem: 'expired' };
    return { ok: true, claims: { requestId: parsed.r, exp: parsed.e } };
  } catch {
    return { ok: false, problem: 'invalid' };
  }
}

/**
 * Issue a link for a request on the waiting list (used by staff and by direct booking). A link
 * for someone written to in Welsh opens the self-booking page in Welsh (`?lang=cy`, issue 16
 * item 3); English is the page's default.
 */
export function bookingLinkFor(
  secret: string,
  publicUrl: string,
  requestId: string,
  now: Date,
  days = 7,
  language: 'en' | 'cy' = 'en',
) {
  const exp = Math.floor(now.getTime() / 1000) + days * 86_400;
  const token = signBookingToken(secret, { requestId, exp });
  return {
    token,
    link: `${publicUrl}/book/${token}${language === 'cy' ? '?lang=cy' : ''}`,
    expiresAt: new Date(exp * 1000).toISOString(),
  };
}
