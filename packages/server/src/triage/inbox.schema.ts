import { z } from 'zod';
import { ZAcknowledgement } from '../safety-net/crisis.schema.js';
import { PATHWAYS, RED_FLAGS, ROUTES, SCREEN_CATEGORIES, TIERS, URGENCIES } from '@everyday/core';

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
    /** `open` includes requests booked directly and not yet confirmed; `confirm` is those alone. */
    status: z.enum(['open', 'confirm', 'closed', 'all']).default('open'),
    pathway: z.enum(PATHWAYS).optional(),
    practiceId: z.uuid().optional(),
    route: z.enum(ROUTES).optional(),
    ageBand: z.enum(AGE_BANDS).optional(),
    /** `true`: only safeguarding concerns (those routed to the caller come first anyway). */
    safeguarding: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true')),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
  })
  .strict();
export type TInboxQuery = z.infer<typeof ZInboxQuery>;

const ZLocalised = z.object({ en: z.string(), cy: z.string() });
const ZReason = z.object({ rule: z.string(), text: ZLocalised });

/** A safety-screen match as stored (core's ScreenMatch): staff see the words highlighted. */
export const ZScreenMatch = z.object({
  rule: z.string(),
  category: z.enum(SCREEN_CATEGORIES),
  kind: z.enum(['clinical', 'safeguarding']),
  field: z.string(),
  words: z.string(),
  start: z.number(),
  end: z.number(),
  language: z.enum(['en', 'cy']),
  redFlag: z.enum(RED_FLAGS).optional(),
  reason: ZLocalised,
});

export const CLEARABLE_FLAGS = ['screen', 'safeguarding'] as const;
export type ClearableFlag = (typeof CLEARABLE_FLAGS)[number];

export const ZFlagCleared = z.object({
  flag: z.enum(CLEARABLE_FLAGS),
  reason: z.string(),
  by: z.string().nullable(),
  at: z.string(),
});
export type TFlagCleared = z.infer<typeof ZFlagCleared>;

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
  /** Other live requests (asked, waiting or booked) of this person or a possibly-same person. */
  duplicateRequestCount: z.number(),
  /** Booked directly from the referral form and not yet confirmed by an OT. */
  needsConfirmation: z.boolean(),
  screen: z.array(ZScreenMatch),
  safeguarding: z.boolean(),
  /** Who the safeguarding concern is routed to; null: every OT in scope sees it, flagged. */
  safeguardingLead: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  flagsCleared: z.array(ZFlagCleared),
  /** What a clinician did about a crisis or safeguarding request (crisis/acknowledge-request.ts). */
  acknowledgement: ZAcknowledgement.nullable(),
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

/** Confirming a direct booking: an optional note for the history. */
export const ZConfirmBody = z.object({ note: z.string().trim().max(2000).optional() }).strict();
export type TConfirmBody = z.infer<typeof ZConfirmBody>;

const reason = z.string().trim().min(10).max(1000);

/** Clearing a flag always needs a reason (10–1000 characters), kept in the history. */
export const ZClearFlagBody = z.object({ flag: z.enum(CLEARABLE_FLAGS), reason }).strict();
export type TClearFlagBody = z.infer<typeof ZClearFlagBody>;

export const ZMarkSafeguardingBody = z.object({ reason }).strict();
export type TMarkSafeguardingBody = z.infer<typeof ZMarkSafeguardingBody>;

/** What a member of staff who raised a concern is told: not the request itself (navigators cannot read it). */
export const ZMarkSafeguardingResult = z.object({
  id: z.uuid(),
  reference: z.string(),
  safeguarding: z.literal(true),
  safeguardingLead: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
