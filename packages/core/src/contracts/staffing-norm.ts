/**
 * The staffing norm's API (issue 13 item 2): GET /api/planning/staffing-norm, each practice's
 * registered population and OT sessions a week against the norm, with PCN and service totals,
 * the norm used and its source. The server validates with these and the web reads with them.
 */
import { z } from 'zod';
import {
  DEFAULT_POPULATION_PER_SESSION,
  POPULATION_PER_SESSION_MAX,
  POPULATION_PER_SESSION_MIN,
} from '../planning/staffing-norm.js';

/** The query: the norm as a population per session (5,000 by default, seed 000). */
export const ZStaffingNormQuery = z
  .object({
    populationPerSession: z.coerce
      .number()
      .int()
      .min(POPULATION_PER_SESSION_MIN)
      .max(POPULATION_PER_SESSION_MAX)
      .default(DEFAULT_POPULATION_PER_SESSION),
  })
  .strict();
export type TStaffingNormQuery = z.infer<typeof ZStaffingNormQuery>;

export const ZStaffingNormFigures = z.object({
  practices: z.number(),
  unknownListSize: z.number(),
  listSize: z.number().nullable(),
  sessionsDelivered: z.number(),
  sessionsNeeded: z.number().nullable(),
  gapSessions: z.number().nullable(),
  gapWte: z.number().nullable(),
  practicesMeetingNorm: z.number(),
  practicesWithSessions: z.number(),
});
export type StaffingNormFiguresBody = z.infer<typeof ZStaffingNormFigures>;

export const ZStaffingNormPractice = ZStaffingNormFigures.extend({
  organisationId: z.uuid(),
  name: z.string(),
  odsCode: z.string().nullable(),
});

export const ZStaffingNormPcn = z.object({
  pcnId: z.uuid().nullable(),
  pcnName: z.string().nullable(),
  practices: z.array(ZStaffingNormPractice),
  totals: ZStaffingNormFigures,
});

export const ZStaffingNorm = z.object({
  today: z.string(),
  norm: z.object({
    populationPerSession: z.number(),
    isDefault: z.boolean(),
    defaultPopulationPerSession: z.number(),
    sessionsPerWte: z.number(),
    citation: z.string(),
    quote: z.string(),
  }),
  /** The top organisation of the caller's scope (the service), when there is one. */
  serviceName: z.string().nullable(),
  pcns: z.array(ZStaffingNormPcn),
  service: ZStaffingNormFigures,
  /** Sessions a week at sites of a PCN or the service rather than a practice (not in any gap). */
  sessionsNotAtPractice: z.number(),
});
export type StaffingNorm = z.infer<typeof ZStaffingNorm>;
