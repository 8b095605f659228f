/**
 * The request-answers contract, written once: the shape of a request's answers, the longest
 * answer of each kind, the rules of each field and the field error codes the API documents
 * (docs/api/front-door-contract.md). The server validates bodies with these schemas; the web's
 * forms run the same field schemas page by page, so both report the same codes.
 *
 * "Today" (for a date of birth in the future) is passed in as a function, read at each parse:
 * a schema cannot see the injected clock, so whoever builds it chooses the clock (ADR 0012).
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
} from '../front-door/answers.js';
import { normalisePostcode, parseUkPhone } from '../front-door/contact.js';
import {
  ETHNICITY_ANSWERS,
  GENDER_IDENTITIES,
  GENDER_SAME_AS_SEX,
  PERSON_SEXES,
} from '../front-door/equality.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import { parseNhsNumber } from '../shared/nhs-number.js';
import { isoDate } from './dates.js';

/** The longest answers the server accepts (characters, after trimming where text is trimmed). */
export const ANSWER_LIMITS = {
  name: 100,
  referrerName: 200,
  relationship: 100,
  email: 254,
  longText: 2000,
  language: 60,
  accessOther: 500,
  clinicalReason: 4000,
  nhsNumber: 20,
  postcode: 10,
  phone: 30,
  addressLine: 100,
  town: 60,
} as const;

/** The earliest date of birth accepted. */
export const EARLIEST_DATE_OF_BIRTH: CalendarDate = '1900-01-01';

/** The field error codes of the API (docs/api/front-door-contract.md). */
export const FIELD_ERROR_CODES = [
  'required',
  'too_long',
  'too_short',
  'invalid_value',
  'invalid_type',
  'invalid_date',
  'date_in_future',
  'date_too_early',
  'invalid_nhs_number',
  'invalid_postcode',
  'invalid_phone',
  'invalid_email',
  'required_for_preferred',
  'mobile_required',
  'agreement_required',
  'unknown_field',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** The issue zod reports, as far as a field code needs it. */
interface Issue {
  readonly code: string;
  readonly format?: string | undefined;
  readonly params?: { readonly code?: unknown } | undefined;
}

/**
 * The API's field code for a zod issue about `value`: a rule's own code (`params.code`), else
 * one from the kind of issue (`too_big` → `too_long`, a blank string → `required`, ...).
 */
export function fieldCodeOf(issue: Issue, value: unknown): string {
  if (typeof issue.params?.code === 'string') return issue.params.code;
  if (value === undefined || value === null) return 'required';
  switch (issue.code) {
    case 'too_small':
      return typeof value === 'string' && value.trim() === '' ? 'required' : 'too_short';
    case 'too_big':
      return 'too_long';
    case 'invalid_format':
      return issue.format === 'email' ? 'invalid_email' : 'invalid_value';
    case 'invalid_value':
    case 'invalid_union':
      return 'invalid_value';
    case 'unrecognized_keys':
      return 'unknown_field';
    default:
      return 'invalid_type';
  }
}

/** The code of the first problem with `value` under `schema`; undefined when it is fine. */
export function fieldProblem(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  const [issue] = result.success ? [] : result.error.issues;
  return issue === undefined ? undefined : fieldCodeOf(issue, value);
}

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v === '' ? undefined : v));

const nhsNumber = z
  .string()
  .max(ANSWER_LIMITS.nhsNumber)
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
  .max(ANSWER_LIMITS.postcode)
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
  .max(ANSWER_LIMITS.postcode)
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
  .max(ANSWER_LIMITS.phone)
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
  .max(ANSWER_LIMITS.email)
  .optional()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.email().optional());

/**
 * The rule of each single answer, for a form to check one field as the server will
 * (`fieldProblem(answerFields.givenName, value)`).
 */
export const answerFields = {
  givenName: text(ANSWER_LIMITS.name),
  familyName: text(ANSWER_LIMITS.name),
  referrerName: text(ANSWER_LIMITS.referrerName),
  relationship: text(ANSWER_LIMITS.relationship),
  nhsNumber,
  postcode,
  optionalPostcode,
  phone,
  email,
  addressLine: text(ANSWER_LIMITS.addressLine),
  optionalAddressLine: optionalText(ANSWER_LIMITS.addressLine),
  town: text(ANSWER_LIMITS.town),
  difficulties: text(ANSWER_LIMITS.longText),
  goals: text(ANSWER_LIMITS.longText),
  interpreterLanguage: text(ANSWER_LIMITS.language),
  accessOther: optionalText(ANSWER_LIMITS.accessOther),
  clinicalReason: text(ANSWER_LIMITS.clinicalReason),
  preferred: z.enum(CONTACT_METHODS),
  areas: z.array(z.enum(AREAS)).min(1).max(AREAS.length),
  redFlags: z.array(z.enum(RED_FLAGS)).max(RED_FLAGS.length),
  accessNeeds: z.array(z.enum(ACCESS_NEEDS)).max(ACCESS_NEEDS.length),
  since: z.enum(DURATIONS),
  impact: z.enum(IMPACTS),
  fallsInLastYear: z.enum(FALLS_IN_LAST_YEAR),
  workStatus: z.enum(WORK_STATUSES),
  sex: z.enum(PERSON_SEXES),
  genderSameAsSex: z.enum(GENDER_SAME_AS_SEX),
  genderIdentity: z.enum(GENDER_IDENTITIES),
  ethnicity: z.enum(ETHNICITY_ANSWERS),
} as const;

/**
 * Equality monitoring (issue 11 item 3; core front-door/equality.ts): all optional, each with
 * "prefer not to say"; gender is asked only when it is not the same as sex registered at birth.
 */
export const ZEqualityAnswers = z
  .object({
    sex: answerFields.sex.optional(),
    genderSameAsSex: answerFields.genderSameAsSex.optional(),
    genderIdentity: answerFields.genderIdentity.optional(),
    ethnicity: answerFields.ethnicity.optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.genderIdentity !== undefined && e.genderSameAsSex !== 'no')
      ctx.addIssue({
        code: 'custom',
        path: ['genderIdentity'],
        message: 'Gender is asked only when it is not the same as sex registered at birth',
        params: { code: 'invalid_value' },
      });
  });
export type EqualityAnswers = z.infer<typeof ZEqualityAnswers>;

/** A real date of birth: not after `today()`, not before 1900. */
export function dateOfBirthSchema(today: () => CalendarDate) {
  return isoDate
    .refine((d) => d <= today(), {
      message: 'Date of birth must be in the past',
      params: { code: 'date_in_future' },
    })
    .refine((d) => d >= EARLIEST_DATE_OF_BIRTH, {
      message: 'Date of birth must be after 1900',
      params: { code: 'date_too_early' },
    });
}

/** Who is asking: someone else's request needs their agreement and the asker's details. */
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

/**
 * The schemas of a request's answers: everything asked at first contact (`ZRequestAnswers`) and
 * the urgent save (`ZUrgentAnswers`), with "today" read from `today()` at each parse.
 */
export function requestAnswersSchemas(today: () => CalendarDate) {
  const dateOfBirth = dateOfBirthSchema(today);

  const ZPersonDetails = z
    .object({
      givenName: answerFields.givenName,
      familyName: answerFields.familyName,
      dateOfBirth,
      nhsNumber,
      postcode,
    })
    .strict();

  /** Where letters go: asked when letter is the way to be contacted (issue 16 item 3). */
  const ZPostalAddress = z
    .object({
      line1: answerFields.addressLine,
      line2: answerFields.optionalAddressLine,
      town: answerFields.town,
      postcode,
    })
    .strict();

  const ZContactDetails = z
    .object({ phone, email, preferred: answerFields.preferred, address: ZPostalAddress.optional() })
    .strict()
    .superRefine((c, ctx) => {
      if (c.preferred === 'letter' && !c.address) {
        ctx.addIssue({
          code: 'custom',
          path: ['address'],
          message: 'Enter an address to be contacted by letter',
          params: { code: 'required_for_preferred' },
        });
      }
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

  const ZReferrer = z
    .object({ name: answerFields.referrerName, relationship: answerFields.relationship, phone })
    .strict();

  const ZAccessNeeds = z
    .object({
      interpreter: z.boolean(),
      language: optionalText(ANSWER_LIMITS.language),
      needs: answerFields.accessNeeds,
      other: answerFields.accessOther,
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
    redFlags: answerFields.redFlags,
    preferredLanguage: z.enum(['en', 'cy']).optional(),
  };

  const ZRequestAnswers = z
    .object({
      ...whoFields,
      areas: answerFields.areas,
      difficulties: answerFields.difficulties,
      since: answerFields.since,
      impact: answerFields.impact,
      goals: answerFields.goals,
      fallsInLastYear: answerFields.fallsInLastYear.optional(),
      workStatus: answerFields.workStatus.optional(),
      clinicalReason: optionalText(ANSWER_LIMITS.clinicalReason),
      access: ZAccessNeeds,
      equality: ZEqualityAnswers.optional(),
    })
    .strict()
    .superRefine(checkWho);

  const ZUrgentPersonDetails = z
    .object({
      givenName: answerFields.givenName,
      familyName: answerFields.familyName,
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

  const ZUrgentContactDetails = z
    .object({ phone: urgentPhone, email, preferred: answerFields.preferred })
    .strict();

  const ZUrgentFreeText = z
    .object({
      difficulties: optionalText(ANSWER_LIMITS.longText),
      goals: optionalText(ANSWER_LIMITS.longText),
    })
    .strict();

  const ZUrgentAnswers = z
    .object({
      ...whoFields,
      person: ZUrgentPersonDetails,
      contact: ZUrgentContactDetails,
      redFlags: answerFields.redFlags,
      freeText: ZUrgentFreeText.optional(),
    })
    .strict()
    .superRefine(checkWho);

  return {
    ZPersonDetails,
    ZPostalAddress,
    ZContactDetails,
    ZReferrer,
    ZAccessNeeds,
    ZRequestAnswers,
    ZUrgentPersonDetails,
    ZUrgentContactDetails,
    ZUrgentFreeText,
    ZUrgentAnswers,
  };
}

type AnswersSchemas = ReturnType<typeof requestAnswersSchemas>;
/** A request's answers as the API accepts them (after trimming and normalising). */
export type RequestAnswersBody = z.infer<AnswersSchemas['ZRequestAnswers']>;
/** The urgent save's answers. */
export type UrgentAnswersBody = z.infer<AnswersSchemas['ZUrgentAnswers']>;
