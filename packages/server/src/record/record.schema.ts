/**
 * Schemas of the episode record API: each entry kind's data (the shapes in
 * @everyday/core record/entry-types.ts), requests and responses. Domain rules beyond shape
 * (risk escalation, discharge checks, instrument ranges) are core's.
 */
import { z } from 'zod';
import {
  ASSESSMENT_STAGES,
  CONTACT_MODES,
  DISCHARGE_REASONS,
  ENTRY_KINDS,
  EQ5D_SEXES,
  EQ5D_VALUE_SETS,
  ESCALATIONS,
  GOAL_MEASURES,
  GOAL_STATUSES,
  HOME_HAZARDS,
  INTERVENTION_CODES,
  QUESTIONNAIRE_KINDS,
  RISK_DOMAINS,
  RISK_LEVELS,
  STAY_INDEPENDENT_ITEMS,
  RISK_PLANS,
  RISK_THOUGHTS,
  WORK_STATUS_CODES,
} from '@everyday/core';
import { isoDate } from '../http/schemas.js';

const text = (max = 5000) => z.string().trim().max(max);
const required = (max = 5000) => z.string().trim().min(1, 'Enter this').max(max);
const int = (min: number, max: number) => z.number().int().min(min).max(max);
const level = int(1, 5);

export const ZContactData = z.strictObject({
  occurredOn: isoDate,
  mode: z.enum(CONTACT_MODES),
  minutes: int(1, 600).nullable(),
  note: required(20000),
  /** The appointment the contact records (issue 16 item 5); older contacts have none. */
  appointmentId: z.uuid().optional(),
});

const ZCopmProblem = z.strictObject({
  problem: required(300),
  importance: int(1, 10),
  performance: int(1, 10),
  satisfaction: int(1, 10),
});

export const ZAssessmentData = z.strictObject({
  stage: z.enum(ASSESSMENT_STAGES),
  assessedOn: isoDate,
  eq5d5l: z
    .strictObject({
      profile: z.strictObject({
        mobility: level,
        selfCare: level,
        usualActivities: level,
        painDiscomfort: level,
        anxietyDepression: level,
      }),
      vas: int(0, 100).nullable(),
      valueSet: z.enum(EQ5D_VALUE_SETS),
      sex: z.enum(EQ5D_SEXES).nullable(),
    })
    .nullish(),
  copm: z.strictObject({ problems: z.array(ZCopmProblem).min(1).max(5) }).nullish(),
  cfs: z.strictObject({ level: int(1, 9) }).nullish(),
  falls: z
    .strictObject({ count: int(0, 365), injured: z.boolean(), fearOfFalling: z.boolean() })
    .nullish(),
  home: z
    .strictObject({
      hazards: z.array(z.enum(HOME_HAZARDS)).max(HOME_HAZARDS.length),
      equipment: text(2000),
      notes: text(5000),
    })
    .nullish(),
  efi: z.strictObject({ deficits: int(0, 36), importedOn: isoDate.nullable() }).nullish(),
  phq9: z.strictObject({ items: z.array(int(0, 3)).length(9) }).nullish(),
  gad7: z.strictObject({ items: z.array(int(0, 3)).length(7) }).nullish(),
  work: z
    .strictObject({
      status: z.enum(WORK_STATUS_CODES),
      fitNoteUntil: isoDate.nullable(),
      was: int(0, 10).nullable(),
      jobTitle: text(200),
      jobDemands: text(2000),
      adjustments: text(2000),
    })
    .nullish(),
  sixCit: z
    .strictObject({
      yearCorrect: z.boolean(),
      monthCorrect: z.boolean(),
      timeCorrect: z.boolean(),
      countBackErrors: int(0, 2),
      monthsReverseErrors: int(0, 2),
      addressErrors: int(0, 5),
    })
    .nullish(),
  miniCog: z.strictObject({ wordsRecalled: int(0, 3), clockNormal: z.boolean() }).nullish(),
  bloodTests: z.strictObject({ requested: z.boolean(), which: text(500) }).nullish(),
  memoryClinic: z.strictObject({ referred: z.boolean(), notes: text(2000) }).nullish(),
  notes: text(20000),
});

/** One risk other than suicide: present or not, its own level and plan (issue 16 item 7). */
const ZDomainRisk = z.strictObject({
  present: z.boolean(),
  level: z.enum(RISK_LEVELS).nullable(),
  concerns: text(),
  plan: text(),
});

export const ZRiskData = z.strictObject({
  assessedOn: isoDate,
  thoughts: z.enum(RISK_THOUGHTS),
  thoughtsDetail: text(),
  plans: z.enum(RISK_PLANS),
  plansDetail: text(),
  intent: z.boolean(),
  accessToMeans: z.boolean(),
  previousAttempts: z.boolean(),
  protectiveFactors: text(),
  level: z.enum(RISK_LEVELS),
  levelReason: text(),
  escalation: z.strictObject({
    to: z.enum(ESCALATIONS),
    detail: text(2000),
    at: z.string().max(40).nullable(),
  }),
  safetyPlan: z.strictObject({
    warningSigns: text(),
    copingStrategies: text(),
    peopleAndPlaces: text(),
    peopleToAskForHelp: text(),
    professionals: text(),
    keepingSafe: text(),
  }),
  /** Risk by pathway (issue 16 item 7); older entries have none of these. */
  domains: z.array(z.enum(RISK_DOMAINS)).max(RISK_DOMAINS.length).optional(),
  falls: ZDomainRisk.extend({
    stayIndependent: z.array(z.boolean()).length(STAY_INDEPENDENT_ITEMS.length).nullable(),
  }).nullish(),
  selfNeglect: ZDomainRisk.nullish(),
  safeguarding: ZDomainRisk.nullish(),
});

const gasScore = z.union([z.literal(-2), z.literal(-1), z.literal(0), z.literal(1), z.literal(2)]);

export const ZGoalData = z
  .strictObject({
    wording: required(1000),
    agreed: z.boolean(),
    agreedOn: isoDate.nullable(),
    measure: z.enum(GOAL_MEASURES),
    copm: z
      .strictObject({ importance: int(1, 10), performance: int(1, 10), satisfaction: int(1, 10) })
      .nullable(),
    gas: z
      .strictObject({
        importance: int(0, 3),
        difficulty: int(0, 3),
        baseline: z.union([z.literal(-2), z.literal(-1)]),
        expected: required(1000),
      })
      .nullable(),
    reviews: z
      .array(
        z.strictObject({
          on: isoDate,
          gasScore: gasScore.nullable(),
          performance: int(1, 10).nullable(),
          satisfaction: int(1, 10).nullable(),
          note: text(),
        }),
      )
      .max(50),
    status: z.enum(GOAL_STATUSES),
  })
  .superRefine((g, ctx) => {
    if (g.measure === 'gas' && g.gas === null)
      ctx.addIssue({
        code: 'custom',
        path: ['gas'],
        message: 'Describe the expected outcome and baseline',
        params: { code: 'required' },
      });
    if (g.measure === 'copm' && g.copm === null)
      ctx.addIssue({
        code: 'custom',
        path: ['copm'],
        message: 'Rate the goal with COPM',
        params: { code: 'required' },
      });
    if (g.agreed && g.agreedOn === null)
      ctx.addIssue({
        code: 'custom',
        path: ['agreedOn'],
        message: 'Enter the date the goal was agreed',
        params: { code: 'required' },
      });
  });

export const ZInterventionData = z
  .strictObject({
    code: z.enum(INTERVENTION_CODES),
    destination: text(300).nullable(),
    goalIds: z.array(z.uuid()).max(20),
    deliveredOn: isoDate,
    note: text(),
  })
  .superRefine((i, ctx) => {
    if (i.code === 'onward_referral' && !i.destination)
      ctx.addIssue({
        code: 'custom',
        path: ['destination'],
        message: 'Say where the person was referred to',
        params: { code: 'required' },
      });
  });

export const ZHealthWorkReportData = z.strictObject({
  advice: z.enum(['not_fit', 'may_be_fit']),
  options: z.strictObject({
    phasedReturn: z.boolean(),
    amendedDuties: z.boolean(),
    alteredHours: z.boolean(),
    workplaceAssessment: z.boolean(),
  }),
  functionalEffects: required(5000),
  difficulties: z
    .array(z.strictObject({ difficulty: required(1000), recommendation: required(1000) }))
    .max(10),
  period: z.strictObject({ from: isoDate, to: isoDate }),
  review: z.strictObject({ required: z.boolean(), date: isoDate.nullish() }),
  practitioner: z.strictObject({
    name: required(200),
    profession: z.enum(['occupational_therapist', 'physiotherapist', 'podiatrist', 'other']),
    professionOther: text(100).nullish(),
    hcpcNumber: required(20),
    organisation: required(200),
    contact: required(200),
  }),
  assessedOn: isoDate,
  issuedOn: isoDate,
  comments: text().nullish(),
});

export const ZQuestionnaireEntryData = z.strictObject({
  kind: z.enum(QUESTIONNAIRE_KINDS),
  answers: z.record(z.string(), z.unknown()),
  language: z.enum(['en', 'cy']),
  completedOn: isoDate,
  source: z.literal('staff'),
});

export const ZDischargeData = z.strictObject({
  dischargedOn: isoDate,
  reason: z.enum(DISCHARGE_REASONS),
  reasonDetail: text(2000),
  avoided: z.strictObject({
    gpAppointments: z.boolean(),
    gpAppointmentsCount: int(0, 100).nullable(),
    secondaryCareReferral: z.boolean(),
    medication: z.boolean(),
  }),
  workOutcome: z
    .strictObject({ status: z.enum(WORK_STATUS_CODES).nullable(), detail: text(2000) })
    .nullable(),
  adviceForGp: text(5000),
  measuresNotRepeatedReason: text(2000),
  sendPrem: z.boolean(),
});

/** Entry data by kind, for the create and edit routes (discharge has its own route). */
export const ENTRY_SCHEMAS = {
  contact: ZContactData,
  assessment: ZAssessmentData,
  risk: ZRiskData,
  goal: ZGoalData,
  intervention: ZInterventionData,
  health_work_report: ZHealthWorkReportData,
  questionnaire: ZQuestionnaireEntryData,
  discharge: ZDischargeData,
} as const;

export const ZCreateEntryBody = z.strictObject({
  kind: z.enum(ENTRY_KINDS),
  data: z.unknown(),
});

export const ZUpdateEntryBody = z.strictObject({
  baseVersion: z.number().int().min(1),
  data: z.unknown(),
});

export const ZRecordEntry = z.object({
  id: z.uuid(),
  kind: z.enum(ENTRY_KINDS),
  version: z.number(),
  data: z.unknown(),
  scores: z.unknown(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export const ZEpisodeParams = z.object({ episodeId: z.uuid() });
export const ZEntryParams = z.object({ episodeId: z.uuid(), entryId: z.uuid() });
