/** Delete a planning scenario and its projections (issue 13 item 5), audited. */
import { scenarioNotFound, type ProjectionDeps } from './projection-context.js';
import { requireManager } from './register-access.js';
import { auditRegisterChange, type RegisterContext } from './register-context.js';
import { deleteScenario as deleteScenarioRow } from './scenarios.repository.js';

export async function deleteScenario(
  context: RegisterContext,
  id: string,
  deps: Pick<ProjectionDeps, 'db'>,
): Promise<void> {
  requireManager(context.actor);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await deleteScenarioRow(trx, id, context.actor.organisationIds)))
      throw scenarioNotFound();
    await auditRegisterChange(trx, context, {
      action: 'delete',
      resourceType: 'planning_scenario',
      resourceId: id,
      reason: 'scenario deleted',
    });
  });
}
