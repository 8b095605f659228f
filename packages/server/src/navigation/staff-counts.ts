/**
 * The counts beside staff navigation (issue 16 item 8): new requests, people waiting and today's
 * appointments in the OT's own diary. One aggregate read through the access module (scoped to the
 * caller's organisations, audited); only for OTs, who see these people anyway. Crisis requests
 * unacknowledged come from the crisis banner's own read.
 */
import { addCalendarDays, startOfLondonDayMs, type Clock } from '@everyday/core';
import type { AccessContext, PatientAccess } from '../access/patient-access.js';
import { contactsInWeek } from '../booking/views.repository.js';
import { countNewRequests, countWaiting } from './staff-counts.repository.js';

export interface StaffCounts {
  readonly newRequests: number;
  readonly waiting: number;
  readonly diaryToday: number;
}

export async function readStaffCounts(
  access: PatientAccess,
  context: AccessContext,
  otId: string,
  clock: Clock,
): Promise<StaffCounts> {
  const today = clock.today();
  const from = new Date(startOfLondonDayMs(today));
  const until = new Date(startOfLondonDayMs(addCalendarDays(today, 1)));
  const [counts] = await access.withAggregateRead(
    context,
    { resourceType: 'request', purpose: 'navigation counts' },
    async (trx, scope) => [
      {
        newRequests: await countNewRequests(trx, scope),
        waiting: await countWaiting(trx, scope),
        // The diary's own count of an OT's contacts, over today instead of a week.
        diaryToday: await contactsInWeek(trx, otId, from, until, scope),
      },
    ],
  );
  return counts ?? { newRequests: 0, waiting: 0, diaryToday: 0 };
}
