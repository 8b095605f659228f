/**
 * Saving a member of staff's profile (leads and administrators, for people in their scope). A
 * save names the version it was made from: if someone has saved since, nothing is written and
 * the caller is told who did (409), so no edit silently overwrites another. Audited.
 */
import { checkStaffProfile, type StaffProfile, type TStaffProfileBody } from '@everyday/core';
import { AppError } from '../http/app-error.js';
import { requireManager, visibleMember } from './register-access.js';
import {
  auditRegisterChange,
  validationError,
  type RegisterContext,
  type RegisterDeps,
} from './register-context.js';
import { toProfile } from './register-entries.js';
import {
  hcpcNumberHeldByOther,
  insertProfile,
  profilesFor,
  updateProfile,
  type ProfileValues,
} from './staff-register.repository.js';

export async function saveStaffProfile(
  context: RegisterContext,
  input: { readonly userId: string; readonly body: TStaffProfileBody },
  deps: RegisterDeps,
): Promise<StaffProfile> {
  const { actor } = context;
  const { userId, body } = input;
  requireManager(actor);
  const problems = checkStaffProfile(body);
  if (problems.length > 0) throw validationError(problems);
  const values: ProfileValues = {
    profession: body.profession,
    band: body.band,
    hcpcNumber: body.hcpcNumber,
    hcpcRenewalOn: body.hcpcRenewalOn,
    wteHundredths: Math.round(body.wte * 100),
    startedOn: body.startedOn,
    supervisionIntervalMonths: body.supervisionIntervalMonths,
  };
  const by = { userId: actor.userId, at: deps.clock.now() };
  return deps.db.transaction().execute(async (trx) => {
    await visibleMember(trx, actor, userId);
    if (body.hcpcNumber !== null && (await hcpcNumberHeldByOther(trx, body.hcpcNumber, userId)))
      throw new AppError('conflict', 'Another member of staff has this HCPC number', {
        fields: [
          {
            path: 'hcpcNumber',
            code: 'hcpc_in_use',
            message: 'Another member of staff has this HCPC number',
          },
        ],
      });
    const saved =
      body.baseVersion === null
        ? await insertProfile(trx, userId, values, by)
        : await updateProfile(trx, userId, body.baseVersion, values, by);
    const [row] = await profilesFor(trx, [userId]);
    if (!saved || !row) {
      const who = row?.updated_by_name ?? 'Someone';
      throw new AppError(
        'conflict',
        `${who} saved this profile since you opened it. Nothing of yours was saved: reload it and make your changes again.`,
      );
    }
    await auditRegisterChange(trx, context, {
      action: body.baseVersion === null ? 'create' : 'update',
      resourceType: 'staff_profile',
      resourceId: userId,
      reason: `version ${String(row.version)}`,
    });
    return toProfile(row);
  });
}
