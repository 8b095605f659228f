/** Schemas shared by several routes. */
import { z } from 'zod';
import { ROLES } from '@everyday/core';

/** A real calendar date written YYYY-MM-DD (the shared contract's). */
export { isoDate } from '@everyday/core';

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
