import { z } from 'zod';
import { parseNhsNumber } from '@everyday/core';
import { isoDate } from '../http/schemas.js';

/** The filters of the audit log; a person is named by NHS number, or by name and date of birth. */
export const ZAuditQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    userId: z.uuid().optional(),
    action: z.enum(['read', 'create', 'update', 'delete', 'search']).optional(),
    resourceType: z.string().trim().max(50).optional(),
    resourceId: z.string().trim().max(100).optional(),
    outcome: z.enum(['allowed', 'denied']).optional(),
    nhsNumber: z
      .string()
      .max(20)
      .optional()
      .superRefine((v, ctx) => {
        if (v !== undefined && v.trim() !== '' && !parseNhsNumber(v).valid)
          ctx.addIssue({
            code: 'custom',
            message: 'Enter a valid 10-digit NHS number',
            params: { code: 'invalid_nhs_number' },
          });
      })
      .transform((v) => {
        const parsed = parseNhsNumber(v ?? '');
        return parsed.valid ? parsed.value : undefined;
      }),
    name: z
      .string()
      .trim()
      .max(200)
      .optional()
      .transform((v) => (v === '' ? undefined : v)),
    dateOfBirth: isoDate.optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
  })
  .strict()
  .superRefine((q, ctx) => {
    // A name alone would find too many people, and a date of birth alone more still.
    if (q.name !== undefined && q.dateOfBirth === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['dateOfBirth'],
        message: 'Enter the date of birth of the person named',
        params: { code: 'required' },
      });
    if (q.dateOfBirth !== undefined && q.name === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: 'Enter the name of the person born on that date',
        params: { code: 'required' },
      });
  });
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditEvent = z.object({
  id: z.number(),
  at: z.string(),
  userId: z.string().nullable(),
  userEmail: z.string(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  organisationId: z.string().nullable(),
  ip: z.string().nullable(),
  outcome: z.enum(['allowed', 'denied']),
  reason: z.string().nullable(),
  /** Whose record the event is about, when it is a person's (named for admins, audited). */
  person: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZAuditPage = z.object({
  events: z.array(ZAuditEvent),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** The people the search by person found (null when the log was not searched by person). */
  people: z.array(z.object({ id: z.string(), name: z.string() })).nullable(),
});
