/** The register for a lead or administrator: everyone on it in their scope, and who is due. */
import { whoIsDue, type StaffRegister } from '@everyday/core';
import { requireManager } from './register-access.js';
import type { RegisterContext, RegisterDeps } from './register-context.js';
import { registerEntries } from './register-entries.js';
import { staffInScope } from './staff-register.repository.js';

export async function listStaffRegister(
  context: RegisterContext,
  deps: RegisterDeps,
): Promise<StaffRegister> {
  requireManager(context.actor);
  const today = deps.clock.today();
  // One snapshot, so the list and who is due agree.
  return deps.db.transaction().execute(async (trx) => {
    const staff = await registerEntries(trx, await staffInScope(trx, context.actor.scope), today);
    return { today, staff, due: whoIsDue(staff) };
  });
}
