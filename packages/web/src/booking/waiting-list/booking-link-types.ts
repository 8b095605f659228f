// What the booking-link endpoints answer (server booking/self-booking.routes.ts, issue 16 item 2).

/** GET /api/requests/:id/booking-link: who the link can go to. */
export interface LinkRecipients {
  person: { reachable: boolean; channel: 'sms' | 'email' | null };
  contact: { name: string; relationship: string; reachable: boolean } | null;
  hasAddress: boolean;
}

/** POST /api/requests/:id/booking-link: the link made, its short code and who it went to. */
export interface SentBookingLink {
  link: string;
  expiresAt: string;
  code: string;
  sent: boolean;
  sentTo:
    { kind: 'person' } | { kind: 'contact'; name: string; relationship: string } | { kind: 'none' };
}

/** The letter with a new code, to print and post (opens as a PDF). */
export const bookingLetterUrl = (requestId: string): string =>
  `/api/requests/${encodeURIComponent(requestId)}/booking-letter.pdf`;
