import { z } from 'zod';
import {
  CLINIC_MODES,
  GPAD_MODES,
  GPAD_NATIONAL_CATEGORIES,
  GPAD_SERVICE_SETTINGS,
  PATHWAYS,
} from '@everyday/core';
import { isoDate } from '../http/schemas.js';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Enter a time like 09:00' });

export const ZTemplateBody = z
  .object({
    otId: z.uuid().optional(),
    siteId: z.uuid(),
    name: z.string().trim().min(1).max(200),
    weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    startTime: clock,
    endTime: clock,
    slotMinutes: z.number().int().min(5).max(240).default(30),
    mode: z.enum(CLINIC_MODES),
    capacity: z.number().int().min(1).max(100).default(1),
    pathway: z.enum(PATHWAYS).optional(),
    nation: z.enum(['england', 'wales']).default('england'),
    gpad: z
      .object({
        nationalCategory: z.enum(GPAD_NATIONAL_CATEGORIES),
        serviceSetting: z.enum(GPAD_SERVICE_SETTINGS),
        mode: z.enum(GPAD_MODES),
      })
      .strict()
      .optional(),
    validFrom: isoDate,
    validUntil: isoDate.optional(),
  })
  .strict();
export type TTemplateBody = z.infer<typeof ZTemplateBody>;

export const ZTemplate = z.object({
  id: z.uuid(),
  otId: z.uuid(),
  otName: z.string(),
  siteId: z.uuid(),
  siteName: z.string(),
  name: z.string(),
  weekdays: z.array(z.number()),
  startTime: z.string(),
  endTime: z.string(),
  slotMinutes: z.number(),
  mode: z.enum(CLINIC_MODES),
  capacity: z.number(),
  pathway: z.string().nullable(),
  nation: z.enum(['england', 'wales']),
  gpad: z.object({ nationalCategory: z.string(), serviceSetting: z.string(), mode: z.string() }),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  active: z.boolean(),
});

export const ZSyncReport = z.object({
  created: z.number(),
  withdrawn: z.number(),
  orphanedBookings: z.array(z.string()),
});

export const ZLeaveBody = z
  .object({
    otId: z.uuid().optional(),
    startsOn: isoDate,
    endsOn: isoDate,
    reason: z.string().trim().max(200).optional(),
  })
  .strict()
  .refine((l) => l.endsOn >= l.startsOn, {
    path: ['endsOn'],
    message: 'The last day must be on or after the first',
    params: { code: 'end_before_start' },
  });

export const ZExceptionBody = z
  .object({
    date: isoDate,
    kind: z.enum(['cancelled', 'moved']),
    startTime: clock.optional(),
    endTime: clock.optional(),
    reason: z.string().trim().max(200).optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.kind === 'moved' && (!e.startTime || !e.endTime)) {
      ctx.addIssue({
        code: 'custom',
        path: ['startTime'],
        message: 'Enter the new start and end times',
        params: { code: 'required' },
      });
    }
  });
export type TLeaveBody = z.infer<typeof ZLeaveBody>;
export type TExceptionBody = z.infer<typeof ZExceptionBody>;
