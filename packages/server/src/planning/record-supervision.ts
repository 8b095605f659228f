/** Recording a supervision held: by a lead or administrator for anyone in scope, or by an OT for themselves. Audited. */
import { checkSupervision, type TSupervisionBody } from '@everyday/core';
import { recordableMember } from './register-access.js';
import {
  auditRegisterChange,
  validationError,
  type RegisterContext,
  type RegisterDeps,
} from './register-context.js';
import { insertSupervision } from './staff-register.repository.js';

export async function recordSupervision(
  context: RegisterContext,
  input: { readonly userId: string; readonly body: TSupervisionBody },
  deps: RegisterDeps,
): Promise<{ id: string }> {
  const { userId, body } = input;
  return deps.db.transaction().execute(async (trx) => {
    await recordableMember(trx, context.actor, userId);
    const problems = checkSupervision(body, deps.clock.today());
    if (problems.length > 0) throw validationError(problems);
    const id = await insertSupervision(trx, userId, body, {
      userId: context.actor.userId,
      at: deps.clock.now(),
    });
    await auditRegisterChange(trx, context, {
      action: 'create',
      resourceType: 'supervision_record',
      resourceId: id,
      reason: `for user ${userId}, held ${body.heldOn}`,
    });
    return { id };
  });
}
