/**
 * The planning page's API (issue 13 items 3–6): GET /api/planning/overview (the live queueing
 * figures per pathway and tier, demand against capacity week by week, the projection's baseline
 * and what it assumed); /api/planning/scenarios (a lead's saved scenarios); POST
 * /api/planning/projections (a projection of the baseline or a scenario, run off the request
 * thread, with progress, cancellable, with the workforce search when a target is given), GET
 * and DELETE /api/planning/projections/:id. The server validates with these and the web reads
 * with them.
 */
import { z } from 'zod';
import { PATHWAYS, TIERS } from '../triage/triage-types.js';
import { SERIES } from '../planning/waiting-list-simulation.js';

export const PROJECTION_RUNS_DEFAULT = 1000;
export const PROJECTION_RUNS_MIN = 10;
export const PROJECTION_RUNS_MAX = 5000;
export const TARGET_WEEKS_DEFAULT = 6;

const ZPathway = z.enum(PATHWAYS);
const ZTier = z.enum(TIERS);
const ZDate = z.iso.date();

export const ZPlanningOverviewQuery = z
  .object({ targetWeeks: z.coerce.number().int().min(1).max(52).default(TARGET_WEEKS_DEFAULT) })
  .strict();
export type TPlanningOverviewQuery = z.infer<typeof ZPlanningOverviewQuery>;

export const ZQueueingFigures = z.object({
  load: z.number(),
  loadTooBig: z.boolean(),
  targetMeanWait: z.number(),
  targetQueueSize: z.number(),
  queueTooBig: z.boolean(),
  targetCapacity: z.number().nullable(),
  reliefCapacity: z.number().nullable(),
  pressure: z.number(),
});

export const ZLiveQueueingGroup = z.object({
  pathway: ZPathway.nullable(),
  tier: ZTier.nullable(),
  joined: z.number().nullable(),
  booked: z.number().nullable(),
  withdrawn: z.number().nullable(),
  demandPerWeek: z.number().nullable(),
  cvDemand: z.number().nullable(),
  capacityPerWeek: z.number().nullable(),
  cvCapacity: z.number().nullable(),
  waiting: z.number().nullable(),
  meanWaitWeeks: z.number().nullable(),
  figures: ZQueueingFigures.nullable(),
  /** True when the small-number rule held this group's figures back. */
  suppressed: z.boolean(),
});
export type LiveQueueingGroupBody = z.infer<typeof ZLiveQueueingGroup>;

export const ZDemandCapacityWeek = z.object({
  weekStart: ZDate,
  joined: z.number().nullable(),
  booked: z.number().nullable(),
  slots: z.number(),
  slotsBooked: z.number().nullable(),
});

const ZAssumption = z.object({
  value: z.number(),
  source: z.enum(['record', 'default']),
  n: z.number(),
});

export const ZProjectionBaselineSummary = z.object({
  start: ZDate,
  slotsPerWeek: z.number(),
  sessionsPerWeek: z.number(),
  slotsPerSession: z.number(),
  waitingNow: z.number().nullable(),
  assumptions: z.object({
    didNotAttend: ZAssumption,
    lateCancellation: ZAssumption,
    rebookAfterDidNotAttend: ZAssumption,
    withdrawPerWeek: ZAssumption,
    meanSessions: ZAssumption,
    daysBetweenSessions: ZAssumption,
    demandPerWeek: ZAssumption,
  }),
});

export const ZPlanningOverview = z.object({
  today: ZDate,
  from: ZDate,
  to: ZDate,
  targetWeeks: z.number(),
  factor: z.number(),
  disclosureControlled: z.boolean(),
  queueing: z.array(ZLiveQueueingGroup),
  weeks: z.array(ZDemandCapacityWeek),
  baseline: ZProjectionBaselineSummary,
});
export type PlanningOverviewBody = z.infer<typeof ZPlanningOverview>;

// ---- scenarios ----

const ZPercent = z.number().min(-100).max(300);
const ZShare = z.number().min(0).max(1);

export const ZScenarioChange = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('sessions'),
      sessionsPerWeek: z
        .number()
        .min(-100)
        .max(100)
        .refine((n) => n !== 0, 'Enter a change other than 0'),
      fromWeek: z.number().int().min(0).max(51),
      practiceId: z.uuid().nullable(),
      pathway: ZPathway.nullable(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('new_ot'),
      wte: z.number().gt(0).max(10),
      leadTimeWeeks: z.number().int().min(0).max(51),
      vacancyRisk: ZShare,
      practiceId: z.uuid().nullable(),
    })
    .strict(),
  z.object({ kind: z.literal('demand'), percent: ZPercent, pathway: ZPathway.nullable() }).strict(),
  z
    .object({
      kind: z.literal('tiered'),
      groupShare: ZShare,
      selfHelpShare: ZShare,
      groupPlaces: z.number().int().min(1).max(50),
      groupEveryWeeks: z.number().int().min(1).max(26),
      pathway: ZPathway.nullable(),
    })
    .strict()
    .refine((c) => c.groupShare + c.selfHelpShare <= 1, {
      message: 'The group and self-help shares together cannot be more than all referrals',
      path: ['selfHelpShare'],
    }),
  z.object({ kind: z.literal('dna_reduction'), relativeReduction: ZShare }).strict(),
]);
export type ScenarioChangeBody = z.infer<typeof ZScenarioChange>;

export const ZWorkforceTarget = z
  .object({ withinWeeks: z.number().int().min(1).max(52), share: z.number().gt(0).max(1) })
  .strict();

export const ZScenarioBody = z
  .object({
    name: z.string().trim().min(1).max(120),
    changes: z.array(ZScenarioChange).max(20),
    /** The target the workforce search works back from; none for no search. */
    target: ZWorkforceTarget.nullable(),
  })
  .strict();
export type ScenarioBody = z.infer<typeof ZScenarioBody>;

export const ZScenario = z.object({
  id: z.uuid(),
  name: z.string(),
  changes: z.array(ZScenarioChange),
  target: ZWorkforceTarget.nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The latest finished projection of this scenario, if any. */
  latestProjectionId: z.uuid().nullable(),
});
export type ScenarioResponse = z.infer<typeof ZScenario>;

export const ZScenarioList = z.object({
  scenarios: z.array(ZScenario),
  /** The latest finished projection of the baseline, if any. */
  baselineProjectionId: z.uuid().nullable(),
});

// ---- projections ----

export const ZProjectionBody = z
  .object({
    /** null: the baseline, the service as its record and rota stand. */
    scenarioId: z.uuid().nullable(),
    runs: z
      .number()
      .int()
      .min(PROJECTION_RUNS_MIN)
      .max(PROJECTION_RUNS_MAX)
      .default(PROJECTION_RUNS_DEFAULT),
    /** The same seed (and record) gives the same projection. */
    seed: z.string().trim().min(1).max(64).default('everyday'),
  })
  .strict();
export type ProjectionBody = z.infer<typeof ZProjectionBody>;

const ZSeries = z.array(z.number().nullable());
export const ZPercentileBand = z.object({ p10: ZSeries, p50: ZSeries, p90: ZSeries });

export const ZWorkforceNeeded = z.object({
  target: ZWorkforceTarget,
  extraSessionsPerWeek: z.number().nullable(),
  extraWte: z.number().nullable(),
  achievedShare: z.number().nullable(),
  tried: z.array(z.object({ extraSessionsPerWeek: z.number(), share: z.number().nullable() })),
  maxTried: z.number(),
});

export const ZProjectionResult = z.object({
  start: ZDate,
  seed: z.string(),
  weeks: z.number(),
  targetWeeks: z.number(),
  runsRequested: z.number(),
  runs: z.number(),
  stopped: z.boolean(),
  slotsPerWeek: z.number(),
  percentiles: z.object(
    Object.fromEntries(SERIES.map((k) => [k, ZPercentileBand])) as Record<
      (typeof SERIES)[number],
      typeof ZPercentileBand
    >,
  ),
  workforce: ZWorkforceNeeded.nullable(),
  /** Set when a new OT's post may stay vacant: the chance, and that the baseline shows that case. */
  vacancyRisk: z.number().nullable(),
});
export type ProjectionResultBody = z.infer<typeof ZProjectionResult>;

export const PROJECTION_STATUSES = ['running', 'done', 'cancelled', 'failed'] as const;

export const ZProjection = z.object({
  id: z.uuid(),
  scenarioId: z.uuid().nullable(),
  scenarioName: z.string().nullable(),
  status: z.enum(PROJECTION_STATUSES),
  /** 'projection' while the runs go, 'search' while the workforce search tries capacities. */
  phase: z.enum(['projection', 'search']),
  /** 0–1 over the whole job, searching included. */
  progress: z.number(),
  runsRequested: z.number(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
  result: ZProjectionResult.nullable(),
});
export type ProjectionResponse = z.infer<typeof ZProjection>;
