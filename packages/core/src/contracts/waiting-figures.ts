/** GET /api/waiting-list/figures: the waiting list as figures, without anyone's details. */
import { z } from 'zod';
import { PATHWAYS, TIERS } from '../triage/triage-types.js';

export const ZWaitingFigureRow = z.object({
  /** null in the total row. */
  pathway: z.enum(PATHWAYS).nullable(),
  tier: z.enum(TIERS).nullable(),
  /** Counts are null where the small-number rule suppressed them (1 to 7). */
  waiting: z.number().nullable(),
  withinEighteenWeeks: z.number().nullable(),
  /** 0 to 1, from the (rounded) counts. */
  withinEighteenWeeksShare: z.number().nullable(),
  medianWeeks: z.number().nullable(),
  longestWeeks: z.number().nullable(),
});
export type WaitingFigureRow = z.infer<typeof ZWaitingFigureRow>;

export const ZWaitingFigures = z.object({
  today: z.string(),
  rows: z.array(ZWaitingFigureRow),
  definitions: z.object({
    waiting: z.string(),
    weeks: z.string(),
    withinEighteenWeeks: z.string(),
    source: z.string(),
  }),
  disclosure: z.object({ rule: z.string(), summary: z.string() }).nullable(),
});
export type WaitingFiguresView = z.infer<typeof ZWaitingFigures>;
