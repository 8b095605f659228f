import { z } from 'zod';
import { parseNhsNumber } from '@everyday/core';
import { systemClock } from '../clock.js';
import { isoDate } from '../http/schemas.js';

export const ZCreatePersonBody = z
  .object({
    givenName: z.string().trim().min(1).max(100),
    familyName: z.string().trim().min(1).max(100),
    // Route schemas are built once, so this reads the system clock's London date at each parse.
    dateOfBirth: isoDate.refine((d) => d <= systemClock.today(), {
      message: 'Date of birth must be in the past',
      params: { code: 'date_in_future' },
    }),
    nhsNumber: z
      .string()
      .max(20)
      .optional()
      .refine((v) => v === undefined || v.trim() === '' || parseNhsNumber(v).valid, {
        message: 'Enter a valid 10-digit NHS number',
        params: { code: 'invalid_nhs_number' },
      }),
    practiceId: z.uuid(),
  })
  .strict();
export type TCreatePersonBody = z.infer<typeof ZCreatePersonBody>;

export const ZPerson = z.object({
  id: z.uuid(),
  nhsNumber: z.string().nullable(),
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: z.string().nullable(),
  practiceId: z.uuid(),
  createdAt: z.string(),
});
export type TPerson = z.infer<typeof ZPerson>;

export const ZPersonParams = z.object({ id: z.uuid() });
