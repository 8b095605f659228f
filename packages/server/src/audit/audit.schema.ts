import { z } from 'zod';
import { isoDate } from '../http/schemas.js';

export const ZAuditQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    userId: z.uuid().optional(),
    action: z.enum(['read', 'create', 'update', 'delete', 'search']).optional(),
    resourceType: z.string().trim().max(50).optional(),
    resourceId: z.string().trim().max(100).optional(),
    outcome: z.enum(['allowed', 'denied']).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
  })
  .strict();
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
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZAuditPage = z.object({
  events: z.array(ZAuditEvent),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
