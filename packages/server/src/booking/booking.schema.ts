import { z } from 'zod';
import { CLINIC_MODES, PATHWAYS, TIERS, URGENCIES, ZCommunicationNeeds } from '@everyday/core';
import { isoDate } from '../http/schemas.js';

export const ZWaitingEntry = z.object({
  requestId: z.uuid(),
  reference: z.string(),
  person: z.object({
    id: z.uuid(),
    givenName: z.string(),
    familyName: z.string(),
    /** Null for a request saved urgently and not completed yet. */
    dateOfBirth: z.string().nullable(),
  }),
  practice: z.object({ id: z.uuid(), name: z.string() }),
  pathway: z.enum(PATHWAYS),
  tier: z.enum(TIERS),
  urgency: z.enum(URGENCIES),
  waitingSince: z.string(),
  weeksWaited: z.number(),
  /** Another live request may be this person's (same record, or flagged same name and birth date). */
  possibleDuplicate: z.boolean(),
  /** Booked directly from the referral form; an OT has not confirmed it yet (issue 16 item 1). */
  needsConfirmation: z.boolean(),
  /** Large print, interpreter, written language...: the person's record, then the request (issue 16 item 6). */
  communicationNeeds: ZCommunicationNeeds,
});

export const ZWaitingList = z.object({
  entries: z.array(ZWaitingEntry),
  summary: z.array(
    z.object({
      pathway: z.enum(PATHWAYS),
      tier: z.enum(TIERS),
      count: z.number(),
      longestWeeks: z.number(),
    }),
  ),
  longestWeeks: z.number(),
  total: z.number(),
});

/** A clinic slot as the API shows it: core's contract (contracts/booking.ts), the one shape the web reads. */
export { ZSlot, type Slot as TSlot } from '@everyday/core';

export const ZSlotQuery = z
  .object({
    from: isoDate.optional(),
    days: z.coerce.number().int().min(1).max(366).default(28),
    otId: z.uuid().optional(),
    siteId: z.uuid().optional(),
    mode: z.enum(CLINIC_MODES).optional(),
    pathway: z.enum(PATHWAYS).optional(),
    available: z.enum(['true', 'false']).optional(),
    limit: z.coerce.number().int().min(1).max(2000).default(500),
  })
  .strict();

export const ZBookBody = z
  .object({
    slotId: z.uuid(),
    requestId: z.uuid(),
    overLimitReason: z.string().trim().max(2000).optional(),
  })
  .strict();

export const ZAppointment = z.object({
  id: z.uuid(),
  slotId: z.uuid(),
  episodeId: z.uuid().nullable(),
  startsAt: z.string(),
  status: z.enum([
    'booked',
    'attended',
    'did_not_attend',
    'cancelled_by_person',
    'cancelled_by_service',
  ]),
  seat: z.number(),
  overLimitReason: z.string().nullable(),
  reminderDueAt: z.string().nullable(),
});

export const ZChangeBody = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('attended'), reason: z.string().trim().max(2000).optional() })
    .strict(),
  z
    .object({ kind: z.literal('did_not_attend'), reason: z.string().trim().min(1).max(2000) })
    .strict(),
  z
    .object({
      kind: z.literal('cancel'),
      by: z.enum(['person', 'service']),
      reason: z.string().trim().min(1).max(2000),
    })
    .strict(),
  z
    .object({
      kind: z.literal('rebook'),
      by: z.enum(['person', 'service']),
      reason: z.string().trim().min(1).max(2000),
      newSlotId: z.uuid(),
    })
    .strict(),
]);
export type TChangeBody = z.infer<typeof ZChangeBody>;
