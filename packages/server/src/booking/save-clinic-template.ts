/**
 * Adding or changing a clinic template: the template, its audit event and its slots brought in
 * step to the booking horizon, in one transaction opened through the access module (slot sync
 * reads bookings) and kept to the organisations the actor covers.
 */
import type { AccessContext } from '../access/patient-access.js';
import type { Actor } from '../auth/actor.js';
import { AppError } from '../http/app-error.js';
import type { TTemplateBody } from './clinic.schema.js';
import {
  auditClinicChange,
  checkTemplate,
  inClinicTransaction,
  inScope,
  ownerFor,
  syncOt,
  templateOwnedBy,
  templateValues,
  type ClinicDeps,
} from './clinic-change.js';
import {
  insertTemplate,
  listTemplates,
  organisationOfSite,
  updateTemplate,
} from './clinic.repository.js';

export interface SaveClinicTemplateInput {
  readonly actor: Actor;
  /** The template to change, or null to add one. */
  readonly templateId: string | null;
  readonly body: TTemplateBody;
}

export async function saveClinicTemplate(
  context: AccessContext,
  input: SaveClinicTemplateInput,
  deps: ClinicDeps,
) {
  const { actor, templateId, body } = input;
  return inClinicTransaction(
    context,
    deps,
    { resourceType: 'clinic_template', purpose: 'save clinic template' },
    async (trx, scope) => {
      const otId =
        templateId === null
          ? ownerFor(actor, body.otId)
          : (await templateOwnedBy(trx, actor, templateId, scope)).otId;
      const values = templateValues(body, otId);
      checkTemplate(values, deps.clock.now());
      const organisationId = await organisationOfSite(trx, body.siteId);
      if (organisationId === undefined)
        throw new AppError('validation', 'Check the answers shown and try again', {
          fields: [{ path: 'siteId', code: 'invalid_value', message: 'Choose a site' }],
        });
      inScope(scope, organisationId);
      let id: string;
      if (templateId === null) {
        id = await insertTemplate(trx, values, actor.userId);
      } else {
        id = templateId;
        await updateTemplate(trx, id, values, deps.clock.now());
      }
      await auditClinicChange(trx, context, actor, {
        action: templateId === null ? 'create' : 'update',
        resourceType: 'clinic_template',
        resourceId: id,
        organisationId,
      });
      const sync = await syncOt(trx, deps, otId);
      const [template] = await listTemplates(trx, id);
      if (!template) throw new AppError('not_found', 'No such clinic template');
      return { template, sync };
    },
  );
}
