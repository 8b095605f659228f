import { z } from 'zod';
import { ADVICE_IDS, URGENCIES } from '@everyday/core';
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

export const ZReferralReceipt = z.object({
  id: z.uuid(),
  reference: z.string(),
  urgency: z.enum(URGENCIES),
  advice: z.array(z.enum(ADVICE_IDS)),
  confirmationSent: z.boolean(),
});
export const ZUrgentReceipt = ZReferralReceipt.extend({ completionToken: z.string() });

/** A self-referral's receipt; on a direct-booking pathway it carries a link to book now. */
export const ZSelfReferralReceipt = ZReferralReceipt.extend({
  directBooking: z.object({ link: z.string(), expiresAt: z.string() }).nullable(),
});

export const ZFrontDoor = z.object({
  questionSet: z.record(z.string(), z.unknown()),
  practices: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      odsCode: z.string().nullable(),
      postcode: z.string().nullable(),
    }),
  ),
});
