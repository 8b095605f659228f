/**
 * A short code typed at /book exchanged for its booking link (issue 16 item 2). Public and
 * rate-limited; the code's request is read through the access module as the person holding it.
 * A code that is not one, or has expired, is a field error the page shows beside the box.
 */
import { normaliseBookingCode, type Clock } from '@everyday/core';
import type { PatientAccess } from '../access/patient-access.js';
import { AppError } from '../http/app-error.js';
import { requestForBooking } from './booking.repository.js';
import { bookingCodeByHash } from './booking-code.repository.js';
import { hashBookingCode } from './booking-code.js';
import { signBookingToken } from './booking-link.js';

const codeError = (code: string, message: string) =>
  new AppError('validation', message, { fields: [{ path: 'code', code, message }] });

export async function exchangeBookingCode(
  access: PatientAccess,
  input: { readonly code: string; readonly ip: string },
  deps: { readonly clock: Clock; readonly secret: string },
): Promise<{ token: string; url: string; language: 'en' | 'cy' }> {
  const code = normaliseBookingCode(input.code);
  if (code === null)
    throw codeError(
      'format',
      'Enter the code as it is written, 8 letters and numbers like ABCD-EFGH',
    );
  const { clock, secret } = deps;
  const hash = hashBookingCode(code);
  let found: Awaited<ReturnType<typeof bookingCodeByHash>>;
  return access.withPatientRecord(
    { principal: { kind: 'link', linkId: `code:${hash.slice(0, 12)}` }, ip: input.ip },
    {
      action: 'read',
      level: 'demographics',
      resourceType: 'booking_code',
      resourceId: null,
      organisation: {
        lookup: async (trx) => {
          found = await bookingCodeByHash(trx, hash);
          if (!found)
            throw codeError(
              'not_found',
              'This code is not right. Check it and try again, or phone the service',
            );
          if (new Date(found.expires_at).getTime() < clock.now().getTime())
            throw codeError('expired', 'This code has expired. Phone the service for a new one');
          return found.practice_id;
        },
      },
    },
    async (trx) => {
      const row = found;
      if (!row) throw codeError('not_found', 'This code is not right');
      const request = await requestForBooking(trx, row.request_id);
      if (!request || (request.status !== 'waiting' && request.status !== 'booked'))
        throw codeError('not_found', 'This code no longer books an appointment. Phone the service');
      const token = signBookingToken(secret, {
        requestId: row.request_id,
        exp: Math.floor(new Date(row.expires_at).getTime() / 1000),
      });
      return {
        id: row.request_id,
        token,
        url: `/book/${token}${row.language === 'cy' ? '?lang=cy' : ''}`,
        language: row.language,
      };
    },
  );
}
