/**
 * The answers of a request, validated field by field on the server (the web app checks the
 * same things first). Field codes are stable; the web app words them in English and Welsh.
 */
import { z } from 'zod';
import {
  ACCESS_NEEDS,
  AREAS,
  CONTACT_METHODS,
  DURATIONS,
  FALLS_IN_LAST_YEAR,
  IMPACTS,
  RED_FLAGS,
  WORK_STATUSES,
  normalisePostcode,
  parseNhsNumber,
  parseUkPhone,
} from '@everyday/core';
import { isoDate } from '../http/schemas.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v === '' ? undefined : v));

const dateOfBirth = isoDate
  .refine((d) => d <= new Date().toISOString().slice(0, 10), {
    message: 'Date of birth must be in the past',
    params: { code: 'date_in_future' },
  })
  .refine((d) => d >= '1900-01-01', {
    message: 'Date of birth must be after 1900',
    params: { code: 'date_too_early' },
  });

const nhsNumber = z
  .string()
  .max(20)
  .optional()
  .superRefine((v, ctx) => {
    if (v !== undefined && v.trim() !== '' && !parseNhsNumber(v).valid) {
      ctx.addIssue({
        code: 'custom',
        message: 'Enter a valid 10-digit NHS number',
        params: { code: 'invalid_nhs_number' },
      });
    }
  })
  .transform((v) => {
    if (v === undefined || v.trim() === '') return undefined;
    const parsed = parseNhsNumber(v);
    return parsed.valid ? parsed.value : undefined;
  });

const postcode = z
  .string()
  .max(10)
  .superRefine((v, ctx) => {
    if (v.trim() === '')
      ctx.addIssue({ code: 'custom', message: 'Enter a postcode', params: { code: 'required' } });
    else if (!normalisePostcode(v))
      ctx.addIssue({
        code: 'custom',
        message: 'Enter a real postcode',
        params: { code: 'invalid_postcode' },
      });
  })
  .transform((v) => normalisePostcode(v) ?? v);

/** A postcode that may be left out (the urgent save); when given, it must be real. */
const optionalPostcode = z
  .string()
  .max(10)
  .optional()
  .superRefine((v, ctx) => {
    if (v !== undefined && v.trim() !== '' && !normalisePostcode(v))
      ctx.addIssue({
        code: 'custom',
        message: 'Enter a real postcode',
        params: { code: 'invalid_postcode' },
      });
  })
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : (normalisePostcode(v) ?? v)));

const phone = z
  .string()
  .max(30)
  .optional()
  .superRefine((v, ctx) => {
    if (v !== undefined && v.trim() !== '' && !parseUkPhone(v)) {
      ctx.addIssue({
        code: 'custom',
        message: 'Enter a UK phone number, including the area code, or a mobile number starting 07',
        params: { code: 'invalid_phone' },
      });
    }
  })
  .transform((v) =>
    v === undefined || v.trim() === '' ? undefined : (parseUkPhone(v)?.national ?? v),
  );

const email = z
  .string()
  .trim()
  .max(254)
  .optional()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.email().optional());

export const ZPersonDetails = z
  .object({
    givenName: text(100),
    familyName: text(100),
    dateOfBirth,
    nhsNumber,
    postcode,
  })
  .strict();

export const ZContactDetails = z
  .object({ phone, email, preferred: z.enum(CONTACT_METHODS) })
  .strict()
  .superRefine((c, ctx) => {
    if ((c.preferred === 'phone' || c.preferred === 'text') && !c.phone) {
      ctx.addIssue({
        code: 'custom',
        path: ['phone'],
        message: 'Enter a phone number to be contacted by phone or text',
        params: { code: 'required_for_preferred' },
      });
    }
    if (c.preferred === 'text' && c.phone && !parseUkPhone(c.phone)?.mobile) {
      ctx.addIssue({
        code: 'custom',
        path: ['phone'],
        message: 'Enter a mobile number to be contacted by text',
        params: { code: 'mobile_required' },
      });
    }
    if (c.preferred === 'email' && !c.email) {
      ctx.addIssue({
        code: 'custom',
        path: ['email'],
        message: 'Enter an email address to be contacted by email',
        params: { code: 'required_for_preferred' },
      });
    }
  });

export const ZReferrer = z.object({ name: text(200), relationship: text(100), phone }).strict();

export const ZAccessNeeds = z
  .object({
    interpreter: z.boolean(),
    language: optionalText(60),
    needs: z.array(z.enum(ACCESS_NEEDS)).max(ACCESS_NEEDS.length),
    other: optionalText(500),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.interpreter && !a.language) {
      ctx.addIssue({
        code: 'custom',
        path: ['language'],
        message: 'Enter the language they need an interpreter for',
        params: { code: 'required' },
      });
    }
  });

const whoFields = {
  for: z.enum(['self', 'someone_else']),
  personAgreed: z.boolean().optional(),
  referrer: ZReferrer.optional(),
  person: ZPersonDetails,
  contact: ZContactDetails,
  practiceId: z.uuid(),
  redFlags: z.array(z.enum(RED_FLAGS)).max(RED_FLAGS.length),
  preferredLanguage: z.enum(['en', 'cy']).optional(),
};

function checkWho(
  a: { for: 'self' | 'someone_else'; personAgreed?: boolean | undefined; referrer?: unknown },
  ctx: z.RefinementCtx,
): void {
  if (a.for === 'someone_else' && a.personAgreed !== true) {
    ctx.addIssue({
      code: 'custom',
      path: ['personAgreed'],
      message: 'Confirm the person has agreed to this request',
      params: { code: 'agreement_required' },
    });
  }
  if (a.for === 'someone_else' && a.referrer === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['referrer'],
      message: 'Tell us who you are',
      params: { code: 'required' },
    });
  }
}

/** Everything asked at first contact. */
export const ZRequestAnswers = z
  .object({
    ...whoFields,
    areas: z.array(z.enum(AREAS)).min(1).max(AREAS.length),
    difficulties: text(2000),
    since: z.enum(DURATIONS),
    impact: z.enum(IMPACTS),
    goals: text(2000),
    fallsInLastYear: z.enum(FALLS_IN_LAST_YEAR).optional(),
    workStatus: z.enum(WORK_STATUSES).optional(),
    clinicalReason: optionalText(4000),
    access: ZAccessNeeds,
  })
  .strict()
  .superRefine(checkWho);
export type TRequestAnswers = z.infer<typeof ZRequestAnswers>;

/**
 * The urgent save: only what is needed to reach the person today (name, phone, practice); date
 * of birth, NHS number and postcode when known. Red flags may be empty when the free text
 * matched the safety screen; the intake refuses a save with neither (field `answers.redFlags`).
 */
export const ZUrgentPersonDetails = z
  .object({
    givenName: text(100),
    familyName: text(100),
    dateOfBirth: z
      .string()
      .optional()
      .transform((v) => (v === undefined || v.trim() === '' ? undefined : v))
      .pipe(dateOfBirth.optional()),
    nhsNumber,
    postcode: optionalPostcode,
  })
  .strict();

const urgentPhone = phone.superRefine((v, ctx) => {
  if (v === undefined)
    ctx.addIssue({
      code: 'custom',
      message: 'Enter a phone number so we can call you today',
      params: { code: 'required' },
    });
});

export const ZUrgentContactDetails = z
  .object({ phone: urgentPhone, email, preferred: z.enum(CONTACT_METHODS) })
  .strict();

export const ZUrgentFreeText = z
  .object({ difficulties: optionalText(2000), goals: optionalText(2000) })
  .strict();

export const ZUrgentAnswers = z
  .object({
    ...whoFields,
    person: ZUrgentPersonDetails,
    contact: ZUrgentContactDetails,
    redFlags: z.array(z.enum(RED_FLAGS)).max(RED_FLAGS.length),
    freeText: ZUrgentFreeText.optional(),
  })
  .strict()
  .superRefine(checkWho);
export type TUrgentAnswers = z.infer<typeof ZUrgentAnswers>;
