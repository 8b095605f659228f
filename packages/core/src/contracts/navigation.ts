/** GET /api/navigation/counts: the counts beside an OT's navigation links. */
import { z } from 'zod';

export const ZNavigationCounts = z.object({
  /** Requests received or awaiting information (the inbox's open view). */
  newRequests: z.number(),
  /** People on the waiting list, not yet booked. */
  waiting: z.number(),
  /** Appointments in the OT's own diary today (London date), booked or attended. */
  diaryToday: z.number(),
});
export type NavigationCounts = z.infer<typeof ZNavigationCounts>;
