/** Cancelling or moving one day of a clinic; that day's slots follow. */
import type { AccessContext } from '../access/patient-access.js';
import type { Actor } from '../auth/actor.js';
import type { TExceptionBody } from './clinic.schema.js';
import {
  auditClinicChange,
  inClinicTransaction,
  syncOt,
  templateOwnedBy,
  type ClinicDeps,
} from './clinic-change.js';
import { upsertException } from './clinic.repository.js';

export async function changeClinicDay(
  context: AccessContext,
  input: { readonly actor: Actor; readonly templateId: string; readonly body: TExceptionBody },
  deps: ClinicDeps,
) {
  const { actor, templateId, body } = input;
  return inClinicTransaction(
    context,
    deps,
    { resourceType: 'clinic_template', purpose: 'change clinic day' },
    async (trx, scope) => {
      const owner = await templateOwnedBy(trx, actor, templateId, scope);
      await upsertException(trx, {
        templateId,
        date: body.date,
        kind: body.kind,
        startTime: body.startTime ?? null,
        endTime: body.endTime ?? null,
        reason: body.reason ?? null,
      });
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
