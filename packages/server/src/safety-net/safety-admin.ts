/**
 * Safety-net administration: who is the duty clinician of a practice on a day, and each
 * organisation's safeguarding lead, acknowledgement time and practice email. Only for
 * organisations in the caller's scope, only naming staff who work there; audited.
 */
import type { Kysely } from 'kysely';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import type { TDutyRotaBody, TSafetySettingsBody } from './crisis.schema.js';
import { setDutyClinician } from './duty-rota.repository.js';
import { listSafetySettings, upsertSafetySettings } from './safety-settings.repository.js';
import { covers, organisationKinds, staffMember } from './staff.repository.js';

/** The database the safety net's settings and staff are kept in. */
export type CrisisStore = Kysely<Database>;

/** Who asks, from where, and when. */
export interface SettingsContext {
  readonly actor: Actor;
  readonly ip: string;
  readonly at: Date;
}

export const DUTY_ROLES = ['ot', 'clinician'] as const;
export const LEAD_ROLES = ['lead', 'ot', 'clinician'] as const;

function fieldError(path: string, code: string, message: string): AppError {
  return new AppError('validation', 'Check the answers shown and try again', {
    fields: [{ path, code, message }],
  });
}

function auditSettings(actor: Actor, ip: string, type: string, id: string, reason: string) {
  return {
    userId: actor.userId,
    actorLabel: actor.email,
    action: 'update' as const,
    resourceType: type,
    resourceId: id,
    organisationId: id,
    ip,
    outcome: 'allowed' as const,
    reason,
  };
}

/** Name (or clear) the duty clinician of a practice on a day. */
export async function setDutyRota(db: CrisisStore, context: SettingsContext, body: TDutyRotaBody) {
  const { actor } = context;
  const { practiceId, date, userId } = body;
  if (!actor.scope.has(practiceId))
    throw new AppError('forbidden', 'You do not have permission to do this');
  const kind = (await organisationKinds(db, [practiceId])).get(practiceId);
  if (kind?.kind !== 'practice')
    throw fieldError('practiceId', 'invalid_value', 'Choose a practice');
  if (userId !== null && !(await covers(db, userId, practiceId, DUTY_ROLES)))
    throw fieldError(
      'userId',
      'invalid_value',
      'Choose an OT or clinician who works at this practice',
    );
  const { at } = context;
  const name = await db.transaction().execute(async (trx) => {
    await setDutyClinician(trx, { practiceId, date, userId, updatedBy: actor.userId, at });
    await writeAuditEvent(
      trx,
      auditSettings(
        actor,
        context.ip,
        'duty_rota',
        practiceId,
        `duty ${date}: ${userId ?? 'none'}`,
      ),
    );
    return userId === null ? null : ((await staffMember(trx, userId))?.name ?? null);
  });
  return { practiceId, date, userId, userName: name };
}

/** Set an organisation's safeguarding lead, acknowledgement time and practice email. */
export async function setSafetySettings(
  db: CrisisStore,
  context: SettingsContext,
  organisationId: string,
  body: TSafetySettingsBody,
) {
  const { actor } = context;
  if (!actor.scope.has(organisationId))
    throw new AppError('forbidden', 'You do not have permission to do this');
  if (
    body.safeguardingLeadUserId !== null &&
    !(await covers(db, body.safeguardingLeadUserId, organisationId, LEAD_ROLES))
  )
    throw fieldError(
      'safeguardingLeadUserId',
      'invalid_value',
      'Choose a lead, OT or clinician who works in this organisation',
    );
  const { at } = context;
  await db.transaction().execute(async (trx) => {
    await upsertSafetySettings(trx, {
      organisationId,
      safeguardingLeadUserId: body.safeguardingLeadUserId,
      acknowledgeWithinMinutes: body.acknowledgeWithinMinutes,
      practiceEmail: body.practiceEmail ?? null,
      updatedBy: actor.userId,
      at,
    });
    await writeAuditEvent(
      trx,
      auditSettings(
        actor,
        context.ip,
        'safety_settings',
        organisationId,
        `lead ${body.safeguardingLeadUserId ?? 'none'}, ${body.acknowledgeWithinMinutes} minutes`,
      ),
    );
  });
  const [saved] = await listSafetySettings(db, [organisationId]);
  if (!saved) throw new AppError('not_found', 'No such organisation');
  return saved;
}

/** The clinician acknowledging a request, as the acknowledgement names them. */
export async function acknowledger(db: CrisisStore, userId: string) {
  const user = await staffMember(db, userId);
  if (!user) throw new AppError('unauthenticated', 'Sign in again');
  return user;
}
