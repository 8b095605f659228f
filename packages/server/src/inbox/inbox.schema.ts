import { z } from 'zod';
import { PATHWAYS, RED_FLAGS, ROUTES, TIERS, URGENCIES } from '@everyday/core';

export const OPEN_STATUSES = ['received', 'awaiting_info'] as const;
export const REQUEST_STATUSES = [
  'received',
  'awaiting_info',
  'waiting',
  'booked',
  'signposted',
  'redirected',
  'declined',
] as const;
export const AGE_BANDS = ['under_18', '18_to_64', '65_plus'] as const;

export const ZInboxQuery = z
  .object({
    status: z.enum(['open', 'closed', 'all']).default('open'),
    pathway: z.enum(PATHWAYS).optional(),
    practiceId: z.uuid().optional(),
    route: z.enum(ROUTES).optional(),
    ageBand: z.enum(AGE_BANDS).optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
  })
  .strict();
export type TInboxQuery = z.infer<typeof ZInboxQuery>;

const ZLocalised = z.object({ en: z.string(), cy: z.string() });
const ZReason = z.object({ rule: z.string(), text: ZLocalised });

export const ZInboxItem = z.object({
  id: z.uuid(),
  reference: z.string(),
  receivedAt: z.string(),
  route: z.enum(ROUTES),
  channel: z.string(),
  status: z.enum(REQUEST_STATUSES),
  urgency: z.enum(URGENCIES),
  pinned: z.boolean(),
  complete: z.boolean(),
  person: z.object({
    id: z.uuid(),
    givenName: z.string(),
    familyName: z.string(),
    /** Null, with the age, for a request saved urgently and not completed yet. */
    dateOfBirth: z.string().nullable(),
    age: z.number().nullable(),
    nhsNumber: z.string().nullable(),
  }),
  practice: z.object({ id: z.uuid(), name: z.string() }),
  redFlags: z.array(z.enum(RED_FLAGS)),
  suggestion: z.object({
    pathway: z.enum(PATHWAYS),
    urgency: z.enum(URGENCIES),
    tier: z.enum(TIERS),
    reasons: z.object({
      pathway: z.array(ZReason),
      urgency: z.array(ZReason),
      tier: z.array(ZReason),
    }),
    ruleVersion: z.string(),
  }),
  waitingDays: z.number(),
  possibleDuplicateCount: z.number(),
});
export type TInboxItem = z.infer<typeof ZInboxItem>;

export const ZInboxPage = z.object({
  requests: z.array(ZInboxItem),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const ZRequestDetail = ZInboxItem.extend({
  questionSetVersion: z.string(),
  answers: z.record(z.string(), z.unknown()),
  pathway: z.enum(PATHWAYS).nullable(),
  tier: z.enum(TIERS).nullable(),
  possibleDuplicates: z.array(
    z.object({
      id: z.uuid(),
      givenName: z.string(),
      familyName: z.string(),
      dateOfBirth: z.string().nullable(),
      nhsNumber: z.string().nullable(),
      practiceName: z.string(),
    }),
  ),
  events: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      by: z.string().nullable(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type TRequestDetail = z.infer<typeof ZRequestDetail>;

const text = (max: number) => z.string().trim().min(1).max(max);
export const ZRequestAction = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('accept'),
      pathway: z.enum(PATHWAYS),
      tier: z.enum(TIERS),
      urgency: z.enum(URGENCIES).optional(),
      note: z.string().trim().max(2000).optional(),
    })
    .strict(),
  z
    .object({ action: z.literal('signpost'), offered: text(2000), sendToPerson: z.boolean() })
    .strict(),
  z
    .object({
      action: z.literal('redirect'),
      to: z.enum(['gp', 'other_team']),
      team: z.string().trim().max(200).optional(),
      reason: text(2000),
    })
    .strict()
    .superRefine((a, ctx) => {
      if (a.to === 'other_team' && !a.team)
        ctx.addIssue({
          code: 'custom',
          path: ['team'],
          message: 'Enter the team',
          params: { code: 'required' },
        });
    }),
  z.object({ action: z.literal('decline'), reason: text(2000) }).strict(),
  z
    .object({ action: z.literal('request_info'), question: text(2000), sendToPerson: z.boolean() })
    .strict(),
]);
export type TRequestAction = z.infer<typeof ZRequestAction>;
