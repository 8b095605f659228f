/** Stopping a clinic template: its unbooked slots are withdrawn, booked ones reported. */
import type { AccessContext } from '../access/patient-access.js';
import type { Actor } from '../auth/actor.js';
import {
  auditClinicChange,
  inClinicTransaction,
  syncOt,
  templateOwnedBy,
  type ClinicDeps,
} from './clinic-change.js';
import { deactivateTemplate } from './clinic.repository.js';

export async function stopClinicTemplate(
  context: AccessContext,
  input: { readonly actor: Actor; readonly templateId: string },
  deps: ClinicDeps,
) {
  const { actor, templateId } = input;
  return inClinicTransaction(
    context,
    deps,
    { resourceType: 'clinic_template', purpose: 'stop clinic template' },
    async (trx, scope) => {
      const owner = await templateOwnedBy(trx, actor, templateId, scope);
      await deactivateTemplate(trx, templateId, deps.clock.now());
      await auditClinicChange(trx, context, actor, {
        action: 'update',
        resourceType: 'clinic_template',
        resourceId: templateId,
        organisationId: owner.organisationId,
      });
      return { sync: await syncOt(trx, deps, owner.otId) };
    },
  );
}
