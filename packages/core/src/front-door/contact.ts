/** UK postcodes and phone numbers, checked and written one way (libraries made for the job). */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { isValid as isValidPostcode, toNormalised } from 'postcode';

/** A valid UK postcode in its standard form (`LA9 4JE`), or undefined. */
export function normalisePostcode(input: string): string | undefined {
  const trimmed = input.trim();
  if (!isValidPostcode(trimmed)) return undefined;
  return toNormalised(trimmed) ?? undefined;
}

export interface UkPhone {
  /** +447700900123 */
  readonly e164: string;
  /** 07700 900123 */
  readonly national: string;
  readonly mobile: boolean;
}

/**
 * Ofcom's numbers for drama (TV, radio and film): 07700 900000 to 07700 900999, mobile numbers
 * that "will not be allocated to Communications Providers in the foreseeable future", so nothing
 * sent to them reaches anyone (Ofcom, "Telephone numbers for drama purposes"). libphonenumber treats them
 * as unallocated and so invalid; the demo's synthetic people have them (issue 11 item 2), so
 * they are accepted here as mobiles.
 */
const OFCOM_DRAMA_MOBILE = /^\+447700900\d{3}$/;

/** A valid UK phone number (landline or mobile), or undefined. */
export function parseUkPhone(input: string): UkPhone | undefined {
  const phone = parsePhoneNumberFromString(input.trim(), 'GB');
  if (phone !== undefined && OFCOM_DRAMA_MOBILE.test(phone.number)) {
    return { e164: phone.number, national: phone.formatNational(), mobile: true };
  }
  if (!phone?.isValid() || phone.country !== 'GB') return undefined;
  const type = phone.getType();
  return { e164: phone.number, national: phone.formatNational(), mobile: type === 'MOBILE' };
}
