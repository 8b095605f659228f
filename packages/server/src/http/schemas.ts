/** Schemas shared by several routes (the date and error shapes are the shared contract's). */
import { z } from 'zod';
import { ROLES, ZErrorBody } from '@everyday/core';

export { isoDate, ZErrorBody } from '@everyday/core';

export const ZRole = z.enum(ROLES);

/** Standard error responses, so the OpenAPI document lists them. */
export const errorResponses = {
  400: ZErrorBody,
  401: ZErrorBody,
  403: ZErrorBody,
  404: ZErrorBody,
  409: ZErrorBody,
  429: ZErrorBody,
} as const;
