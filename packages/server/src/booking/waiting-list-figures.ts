/**
 * The waiting list as figures (issue 16 item 10): per pathway and tier, how many are waiting and
 * for how long, for a lead or an admin as for an OT, with no one's details. An aggregate read
 * through the access module: scoped to the caller's organisations, audited, and under the
 * small-number rule when the caller may not see those people's records.
 */
import {
  shownWaitingFigures,
  waitingListFigures,
  type CalendarDate,
  type WaitingFigures,
} from '@everyday/core';
import type { AccessContext, PatientAccess } from '../access/patient-access.js';
import { waitingRequests } from './booking.repository.js';

export interface ShownWaitingFigures {
  readonly pathway: WaitingFigures['pathway'];
  readonly tier: WaitingFigures['tier'];
  readonly waiting: number | null;
  readonly withinEighteenWeeks: number | null;
  readonly withinEighteenWeeksShare: number | null;
  readonly medianWeeks: number | null;
  readonly longestWeeks: number | null;
}

export async function readWaitingListFigures(
  access: PatientAccess,
  context: AccessContext,
  today: CalendarDate,
): Promise<{ rows: ShownWaitingFigures[]; disclosureControlled: boolean }> {
  const view = await access.withAggregateView<WaitingFigures, 'waiting' | 'withinEighteenWeeks'>(
    context,
    {
      resourceType: 'request',
      purpose: 'waiting list figures',
      disclose: ['waiting', 'withinEighteenWeeks'],
    },
    async (trx, scope) =>
      waitingListFigures(
        (await waitingRequests(trx, scope)).map((r) => ({
          id: r.id,
          pathway: r.pathway ?? 'daily_living',
          tier: r.tier ?? 'individualised',
          urgency: r.urgency,
          waitingSince: (r.acted_at ?? r.received_at).toISOString(),
        })),
        today,
      ),
  );
  return {
    rows: view.rows.map((row) => ({
      pathway: row.pathway,
      tier: row.tier,
      waiting: row.waiting,
      withinEighteenWeeks: row.withinEighteenWeeks,
      ...shownWaitingFigures(row),
    })),
    disclosureControlled: view.disclosureControlled,
  };
}
