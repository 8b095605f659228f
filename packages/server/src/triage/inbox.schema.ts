import { z } from 'zod';
import {
  CLEARABLE_FLAGS,
  PATHWAYS,
  ROUTES,
  TIERS,
  URGENCIES,
  ZRequestDetail as ZCoreRequestDetail,
} from '@everyday/core';

/**
 * What the inbox and a request's page answer are core's contract (contracts/requests.ts), the
 * shapes the web checks its reads with; only the queries and actions below are the server's own.
 */
export {
  CLEARABLE_FLAGS,
  REQUEST_STATUSES,
  ZFlagCleared,
  ZInboxItem,
  ZInboxPage,
  type ClearableFlag,
  type FlagCleared as TFlagCleared,
  type InboxItem as TInboxItem,
} from '@everyday/core';

export const OPEN_STATUSES = ['received', 'awaiting_info'] as const;
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

/**
 * GET /api/requests/:id. Core checks the stored answers with `z.custom<StoredAnswers>` (an object,
 * not an array), which JSON Schema cannot express (zod's toJSONSchema throws on it;
 * fastify-type-provider-zod's fallback would document it as `{}`); the response states them as
 * an object, the same check. Everything else is core's.
 */
export const ZRequestDetail = ZCoreRequestDetail.extend({
  answers: z.record(z.string(), z.unknown()),
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

/** Not confirming a direct booking: why, kept in the history and given for the cancellation. */
export const ZReturnToTriageBody = z
  .object({ reason: z.string().trim().min(10).max(1000) })
  .strict();
export type TReturnToTriageBody = z.infer<typeof ZReturnToTriageBody>;

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
