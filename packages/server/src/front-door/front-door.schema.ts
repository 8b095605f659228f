import { z } from 'zod';
import {
  ADVICE_IDS,
  SCREEN_CATEGORIES,
  URGENCIES,
  ZFrontDoor as ZCoreFrontDoor,
} from '@everyday/core';
import { ZRequestAnswers, ZUrgentAnswers } from './answers.schema.js';

export const ZReferralBody = z
  .object({ questionSetVersion: z.string().min(1).max(50), answers: ZRequestAnswers })
  .strict();
export const ZUrgentReferralBody = z
  .object({ questionSetVersion: z.string().min(1).max(50), answers: ZUrgentAnswers })
  .strict();
export const ZCompleteReferralBody = z
  .object({
    completionToken: z.string().min(10).max(200),
    questionSetVersion: z.string().min(1).max(50),
    answers: ZRequestAnswers,
  })
  .strict();
export const ZReferralParams = z.object({ id: z.uuid() });

/** What the safety screen found in a request's free text, as every receipt reports it. */
export const ZScreenFinding = z.object({
  rule: z.string(),
  category: z.enum(SCREEN_CATEGORIES),
  words: z.string(),
  field: z.string(),
});

/** What every intake route's receipt says of the safety net (docs/api/safety-net-contract.md). */
export const ZSafetyReceipt = z.object({
  urgency: z.enum(URGENCIES),
  advice: z.array(z.enum(ADVICE_IDS)),
  safeguarding: z.boolean(),
  screen: z.array(ZScreenFinding),
  outOfHours: z.boolean(),
});

export const ZReferralReceipt = ZSafetyReceipt.extend({
  id: z.uuid(),
  reference: z.string(),
  confirmationSent: z.boolean(),
});
export const ZUrgentReceipt = ZReferralReceipt.extend({ completionToken: z.string() });

/** A self-referral's receipt; on a direct-booking pathway it carries a link to book now. */
export const ZSelfReferralReceipt = ZReferralReceipt.extend({
  directBooking: z.object({ link: z.string(), expiresAt: z.string() }).nullable(),
});

/**
 * GET /api/front-door: core's contract (contracts/front-door.ts), practices and all. Only the
 * question set differs: core checks it with `z.custom<QuestionSet>`, which JSON Schema cannot
 * express (zod's toJSONSchema throws on it; fastify-type-provider-zod's fallback would document
 * it as `{}`), so the response schema states it as an object and keeps core's check that it
 * carries its version.
 */
export const ZFrontDoor = ZCoreFrontDoor.extend({
  questionSet: z
    .record(z.string(), z.unknown())
    .refine((set) => typeof set.version === 'string', { message: 'Expected a question set' }),
});
