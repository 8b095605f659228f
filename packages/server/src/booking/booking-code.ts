/**
 * A booking link's short code (issue 16 item 2): made from the system's random bytes with core's
 * unambiguous alphabet, kept only as its SHA-256, and typed at /book to get the link back.
 */
import { createHash, randomBytes } from 'node:crypto';
import { formatBookingCode, newBookingCode } from '@everyday/core';
import type { AuditedTransaction } from '../access/patient-access.js';
import { insertBookingCode } from './booking-code.repository.js';

/** The SHA-256 of a code in its canonical form (eight characters, no separator). */
export function hashBookingCode(code: string): string {
  return createHash('sha256').update(`booking-code:${code}`).digest('hex');
}

/**
 * Make and store a code for a request's booking link, valid as long as the link. Returns the
 * code as people read it ("ABCD-EFGH"); it is never stored or logged in the clear.
 */
export async function issueBookingCode(
  trx: AuditedTransaction,
  c: {
    readonly requestId: string;
    readonly language: 'en' | 'cy';
    readonly createdBy: string | null;
    readonly now: Date;
    readonly expiresAt: Date;
  },
): Promise<string> {
  const code = newBookingCode((size) => randomBytes(size));
  await insertBookingCode(trx, {
    requestId: c.requestId,
    codeHash: hashBookingCode(code),
    language: c.language,
    createdBy: c.createdBy,
    createdAt: c.now,
    expiresAt: c.expiresAt,
  });
  return formatBookingCode(code);
}
