/** One member of staff's page: their register entry, supervision and CPD. */
import { addCalendarMonths, type StaffMember } from '@everyday/core';
import { managesRegister, visibleMember } from './register-access.js';
import type { RegisterContext, RegisterDeps } from './register-context.js';
import { registerEntries } from './register-entries.js';
import { cpdRecords, supervisionRecords } from './staff-register.repository.js';

export async function readStaffMember(
  context: RegisterContext,
  userId: string,
  deps: RegisterDeps,
): Promise<StaffMember> {
  const today = deps.clock.today();
  return deps.db.transaction().execute(async (trx) => {
    const member = await visibleMember(trx, context.actor, userId);
    const [entry] = await registerEntries(trx, [member], today);
    if (!entry) throw new Error('A register entry was not built');
    const supervision = await supervisionRecords(trx, userId);
    const cpd = await cpdRecords(trx, userId);
    const yearAgo = addCalendarMonths(today, -12);
    const minutes = cpd
      .filter((r) => r.completed_on > yearAgo)
      .reduce((sum, r) => sum + r.minutes, 0);
    return {
      today,
      entry,
      supervision: supervision.map((r) => ({
        id: r.id,
        heldOn: r.held_on,
        supervisorName: r.supervisor_name,
        kind: r.kind,
        durationMinutes: r.duration_minutes,
        topics: r.topics,
        summary: r.summary,
        actions: r.actions,
        recordedBy: r.recorded_by_name,
        recordedAt: r.recorded_at.toISOString(),
      })),
      cpd: cpd.map((r) => ({
        id: r.id,
        completedOn: r.completed_on,
        title: r.title,
        activity: r.activity,
        hours: r.minutes / 60,
        learning: r.learning,
        recordedBy: r.recorded_by_name,
        recordedAt: r.recorded_at.toISOString(),
      })),
      cpdHoursLastYear: Math.round((minutes / 60) * 100) / 100,
      canManage: managesRegister(context.actor),
    };
  });
}
