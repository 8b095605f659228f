/** Recording an OT's leave: their slots in it are withdrawn, booked ones reported. */
import type { AccessContext } from '../access/patient-access.js';
import type { Actor } from '../auth/actor.js';
import type { TLeaveBody } from './clinic.schema.js';
import {
  auditClinicChange,
  inClinicTransaction,
  ownerFor,
  syncOt,
  type ClinicDeps,
} from './clinic-change.js';
import { insertLeave } from './clinic.repository.js';

export async function recordStaffLeave(
  context: AccessContext,
  input: { readonly actor: Actor; readonly body: TLeaveBody },
  deps: ClinicDeps,
) {
  const { actor, body } = input;
  return inClinicTransaction(
    context,
    deps,
    { resourceType: 'staff_leave', purpose: 'record staff leave' },
    async (trx) => {
      const otId = ownerFor(actor, body.otId);
      const id = await insertLeave(trx, {
        otId,
        startsOn: body.startsOn,
        endsOn: body.endsOn,
        reason: body.reason ?? null,
      });
      await auditClinicChange(trx, context, actor, {
        action: 'create',
        resourceType: 'staff_leave',
        resourceId: id,
        organisationId: null,
      });
      return { id, sync: await syncOt(trx, deps, otId) };
    },
  );
}
