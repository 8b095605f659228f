/** Recording a CPD activity: by a lead or administrator for anyone in scope, or by an OT for themselves. Audited. */
import { checkCpd, type TCpdBody } from '@everyday/core';
import { recordableMember } from './register-access.js';
import {
  auditRegisterChange,
  validationError,
  type RegisterContext,
  type RegisterDeps,
} from './register-context.js';
import { insertCpd } from './staff-register.repository.js';

export async function recordCpd(
  context: RegisterContext,
  input: { readonly userId: string; readonly body: TCpdBody },
  deps: RegisterDeps,
): Promise<{ id: string }> {
  const { userId, body } = input;
  return deps.db.transaction().execute(async (trx) => {
    await recordableMember(trx, context.actor, userId);
    const problems = checkCpd(body, deps.clock.today());
    if (problems.length > 0) throw validationError(problems);
    const id = await insertCpd(trx, userId, body, {
      userId: context.actor.userId,
      at: deps.clock.now(),
    });
    await auditRegisterChange(trx, context, {
      action: 'create',
      resourceType: 'cpd_record',
      resourceId: id,
      reason: `for user ${userId}, completed ${body.completedOn}`,
    });
    return { id };
  });
}
