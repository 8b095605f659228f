/** Input and output of the crisis follow-through routes (docs/api/safety-net-contract.md). */
import { z } from 'zod';
import {
  ACKNOWLEDGE_WITHIN_MINUTES,
  ACKNOWLEDGEMENT_OUTCOMES,
  ACKNOWLEDGEMENT_TEXT_LIMITS,
  outcomeNeedsNextSteps,
} from '@everyday/core';
import { isoDate } from '../http/schemas.js';

const ZPractice = z.object({ id: z.uuid(), name: z.string() });
const ZPerson = z.object({ id: z.uuid(), name: z.string() });

export const ZAcknowledgeBody = z
  .object({
    outcome: z.enum(ACKNOWLEDGEMENT_OUTCOMES),
    note: z.string().trim().min(1).max(ACKNOWLEDGEMENT_TEXT_LIMITS.note),
    nextSteps: z.string().trim().max(ACKNOWLEDGEMENT_TEXT_LIMITS.nextSteps).nullish(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (outcomeNeedsNextSteps(body.outcome) && !body.nextSteps)
      ctx.addIssue({
        code: 'custom',
        path: ['nextSteps'],
        message: 'Enter what happens next when the person could not be reached',
        params: { code: 'required' },
      });
  });
export type TAcknowledgeBody = z.infer<typeof ZAcknowledgeBody>;

export const ZAcknowledgement = z.object({
  outcome: z.enum(ACKNOWLEDGEMENT_OUTCOMES),
  note: z.string(),
  nextSteps: z.string().nullable(),
  at: z.string(),
  by: ZPerson.nullable(),
});
export type TAcknowledgement = z.infer<typeof ZAcknowledgement>;

export const ZAcknowledgeResult = z.object({
  id: z.uuid(),
  reference: z.string(),
  acknowledgement: ZAcknowledgement,
});

export const ZUnacknowledged = z.object({
  count: z.number(),
  oldestReceivedAt: z.string().nullable(),
  items: z.array(
    z.object({
      id: z.uuid(),
      reference: z.string(),
      receivedAt: z.string(),
      dueAt: z.string(),
      overdue: z.boolean(),
      escalatedAt: z.string().nullable(),
      practice: ZPractice,
    }),
  ),
});
export type TUnacknowledged = z.infer<typeof ZUnacknowledged>;

/** `to` on or after `from`, and the range at most `maxDays` days (a field error on `to`). */
function checkRange(maxDays: number) {
  return (q: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) => {
    if (!q.from || !q.to) return;
    const days = (Date.parse(`${q.to}T00:00:00Z`) - Date.parse(`${q.from}T00:00:00Z`)) / 86_400_000;
    if (days < 0)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'The end date must be the same as or after the start date',
        params: { code: 'before_start' },
      });
    else if (days + 1 > maxDays)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `Choose at most ${maxDays} days`,
        params: { code: 'range_too_long' },
      });
  };
}

export const CRISIS_LOG_MAX_DAYS = 366;
export const ZCrisisLogQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .strict()
  .superRefine(checkRange(CRISIS_LOG_MAX_DAYS));

export const ZCrisisLogEntry = z.object({
  id: z.uuid(),
  reference: z.string(),
  practice: ZPractice,
  receivedAt: z.string(),
  kind: z.enum(['red_flag', 'screen', 'safeguarding']),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: ZPerson.nullable(),
  outcome: z.enum(ACKNOWLEDGEMENT_OUTCOMES).nullable(),
  minutesToAcknowledge: z.object({ working: z.number(), wallClock: z.number() }).nullable(),
  escalatedAt: z.string().nullable(),
});
export type TCrisisLogEntry = z.infer<typeof ZCrisisLogEntry>;

export const ZCrisisLog = z.object({
  from: z.string(),
  to: z.string(),
  entries: z.array(ZCrisisLogEntry),
});

export const DUTY_ROTA_MAX_DAYS = 62;
export const ZDutyRotaQuery = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .strict()
  .superRefine(checkRange(DUTY_ROTA_MAX_DAYS));

export const ZDutyRotaEntry = z.object({
  practiceId: z.uuid(),
  date: z.string(),
  userId: z.uuid().nullable(),
  userName: z.string().nullable(),
});

export const ZDutyRota = z.object({
  from: z.string(),
  to: z.string(),
  practices: z.array(ZPractice),
  clinicians: z.array(ZPerson.extend({ practiceIds: z.array(z.uuid()) })),
  entries: z.array(ZDutyRotaEntry),
});

export const ZDutyRotaBody = z
  .object({ practiceId: z.uuid(), date: isoDate, userId: z.uuid().nullable() })
  .strict();
export type TDutyRotaBody = z.infer<typeof ZDutyRotaBody>;

export const ZSafetySettings = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  kind: z.enum(['service', 'pcn', 'practice']),
  parentId: z.uuid().nullable(),
  configured: z.boolean(),
  safeguardingLeadUserId: z.uuid().nullable(),
  acknowledgeWithinMinutes: z.number(),
  practiceEmail: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

export const ZSafetySettingsList = z.object({
  settings: z.array(ZSafetySettings),
  users: z.array(ZPerson.extend({ organisationIds: z.array(z.uuid()) })),
});

export const ZSafetySettingsBody = z
  .object({
    safeguardingLeadUserId: z.uuid().nullable(),
    acknowledgeWithinMinutes: z
      .number()
      .int()
      .min(ACKNOWLEDGE_WITHIN_MINUTES.min)
      .max(ACKNOWLEDGE_WITHIN_MINUTES.max)
      .default(ACKNOWLEDGE_WITHIN_MINUTES.default),
    practiceEmail: z.email().max(254).nullish(),
  })
  .strict();
export type TSafetySettingsBody = z.infer<typeof ZSafetySettingsBody>;
