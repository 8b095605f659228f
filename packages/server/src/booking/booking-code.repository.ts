/** Booking codes (migration 0009): the hashed short codes that lead to a request's booking link. */
import type { AuditedTransaction, LookupTransaction } from '../access/patient-access.js';

export async function insertBookingCode(
  trx: AuditedTransaction,
  c: {
    readonly requestId: string;
    readonly codeHash: string;
    readonly language: 'en' | 'cy';
    readonly createdBy: string | null;
    readonly createdAt: Date;
    readonly expiresAt: Date;
  },
): Promise<void> {
  await trx
    .insertInto('booking_codes')
    .values({
      request_id: c.requestId,
      code_hash: c.codeHash,
      language: c.language,
      created_by: c.createdBy,
      created_at: c.createdAt,
      expires_at: c.expiresAt,
    })
    .execute();
}

/** The code with this hash, with its request's practice (what the access module checks). */
export async function bookingCodeByHash(trx: LookupTransaction, codeHash: string) {
  return trx
    .selectFrom('booking_codes as c')
    .innerJoin('requests as r', 'r.id', 'c.request_id')
    .select(['c.request_id', 'c.language', 'c.expires_at', 'r.practice_id'])
    .where('c.code_hash', '=', codeHash)
    .executeTakeFirst();
}
