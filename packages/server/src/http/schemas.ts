/** Schemas shared by several routes. */
import { z } from 'zod';
import { ROLES } from '@everyday/core';

/** A real calendar date written YYYY-MM-DD. */
export const isoDate = z.string().refine(
  (s) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  },
  { message: 'Enter a real date', params: { code: 'invalid_date' } },
);

export const ZRole = z.enum(ROLES);

export const ZErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z
      .array(z.object({ path: z.string(), code: z.string(), message: z.string() }))
      .optional(),
    retryAfterSeconds: z.number().optional(),
  }),
});

/** Standard error responses, so the OpenAPI document lists them. */
export const errorResponses = {
  400: ZErrorBody,
  401: ZErrorBody,
  403: ZErrorBody,
  404: ZErrorBody,
  409: ZErrorBody,
  429: ZErrorBody,
} as const;
