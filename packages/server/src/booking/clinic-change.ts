/**
 * What every clinic change shares: who may change an OT's clinics, the one audited transaction
 * (opened through the access module, as slot sync reads bookings) in which the change, its audit
 * event and the slot sync commit or roll back together, and the organisation-scope check.
 */
import { defaultGpadFor, validateTemplate, type Clock } from '@everyday/core';
import type { AccessContext, AuditedTransaction, PatientAccess } from '../access/patient-access.js';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Actor } from '../auth/actor.js';
import { AppError } from '../http/app-error.js';
import type { TTemplateBody } from './clinic.schema.js';
import { templateOwnership, type TemplateValues } from './clinic.repository.js';
import { syncSlots, toClinicTemplate } from './slot-sync.js';

export interface ClinicDeps {
  readonly access: PatientAccess;
  readonly clock: Clock;
  /** Bringing slots in step; replaceable so a test can prove a failed sync undoes the change. */
  readonly syncSlots?: typeof syncSlots;
}

/** An OT manages their own clinics; an admin anyone's. */
export function ownerFor(actor: Actor, otId: string | undefined): string {
  if (otId === undefined || otId === actor.userId) {
    if (!actor.roles.includes('ot') && !actor.roles.includes('admin'))
      throw new AppError('forbidden', 'You do not have permission to do this');
    return otId ?? actor.userId;
  }
  if (!actor.roles.includes('admin'))
    throw new AppError('forbidden', 'Only an administrator can manage another OT’s clinics');
  return otId;
}

export function inScope(scope: readonly string[], organisationId: string): void {
  if (!scope.includes(organisationId))
    throw new AppError('forbidden', 'You do not have permission to do this');
}

/** The OT whose clinic template this is, after checking the actor may change it. */
export async function templateOwnedBy(
  trx: AuditedTransaction,
  actor: Actor,
  templateId: string,
  scope: readonly string[],
): Promise<{ otId: string; organisationId: string }> {
  const row = await templateOwnership(trx, templateId);
  if (!row) throw new AppError('not_found', 'No such clinic template');
  inScope(scope, row.organisation_id);
  return { otId: ownerFor(actor, row.ot_id), organisationId: row.organisation_id };
}

export function templateValues(body: TTemplateBody, otId: string): TemplateValues {
  const gpad = body.gpad ?? defaultGpadFor(body.mode);
  return {
    ot_id: otId,
    site_id: body.siteId,
    name: body.name,
    weekdays: [...new Set(body.weekdays)].sort(),
    start_time: body.startTime,
    end_time: body.endTime,
    slot_minutes: body.slotMinutes,
    mode: body.mode,
    capacity: body.capacity,
    pathway: body.pathway ?? null,
    nation: body.nation,
    gpad_national_category: gpad.nationalCategory,
    gpad_service_setting: gpad.serviceSetting,
    gpad_mode: gpad.mode,
    valid_from: body.validFrom,
    valid_until: body.validUntil ?? null,
  };
}

export function checkTemplate(values: TemplateValues, now: Date): void {
  const problems = validateTemplate(
    toClinicTemplate({
      ...values,
      id: 'new',
      valid_until: values.valid_until ?? null,
      pathway: values.pathway ?? null,
      active: true,
      created_by: null,
      created_at: now,
      updated_at: now,
    }),
  );
  if (problems.length > 0) {
    throw new AppError('validation', 'Check the answers shown and try again', {
      fields: problems.map((p) => ({ path: p.field, code: p.code, message: p.message })),
    });
  }
}

/** Run a clinic change, its audit event and the slot sync of its OT in one transaction. */
export async function inClinicTransaction<T>(
  context: AccessContext,
  deps: ClinicDeps,
  what: { readonly resourceType: string; readonly purpose: string },
  work: (trx: AuditedTransaction, scope: readonly string[]) => Promise<T>,
): Promise<T> {
  const [value] = await deps.access.withAggregateRead(context, what, async (trx, scope) => [
    await work(trx, scope),
  ]);
  if (value === undefined) throw new Error('A clinic change returned nothing');
  return value;
}

/** Bring the OT's slots in step from today, inside the change's transaction. */
export function syncOt(trx: AuditedTransaction, deps: ClinicDeps, otId: string) {
  const sync = deps.syncSlots ?? syncSlots;
  return sync(trx, { from: deps.clock.today(), now: deps.clock.now(), otId });
}

export async function auditClinicChange(
  trx: AuditedTransaction,
  context: AccessContext,
  actor: Actor,
  change: {
    action: 'create' | 'update';
    resourceType: string;
    resourceId: string;
    organisationId: string | null;
  },
): Promise<void> {
  await writeAuditEvent(trx, {
    userId: actor.userId,
    actorLabel: actor.email,
    ...change,
    ip: context.ip,
    outcome: 'allowed',
  });
}
