/**
 * Save a planning scenario (issue 13 item 5): a new one for the caller's organisations, or
 * changes to one they can see. The body has been checked against core's contract by the route;
 * the change is audited as other planning changes are.
 */
import type { ScenarioBody, ScenarioResponse } from '@everyday/core';
import { scenarioNotFound, type ProjectionDeps } from './projection-context.js';
import { requireManager } from './register-access.js';
import { auditRegisterChange, type RegisterContext } from './register-context.js';
import { scenarioResponse } from './list-scenarios.js';
import {
  insertScenario,
  latestProjections,
  scenarioById,
  updateScenario,
} from './scenarios.repository.js';

export async function saveScenario(
  context: RegisterContext,
  input: { readonly id: string | null; readonly body: ScenarioBody },
  deps: Pick<ProjectionDeps, 'db' | 'clock'>,
): Promise<ScenarioResponse> {
  requireManager(context.actor);
  const orgs = context.actor.organisationIds;
  const at = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    let id = input.id;
    if (id === null) {
      id = await insertScenario(trx, {
        organisationIds: orgs,
        userId: context.actor.userId,
        body: input.body,
        at,
      });
    } else if (
      !(await updateScenario(trx, {
        id,
        organisationIds: orgs,
        userId: context.actor.userId,
        body: input.body,
        at,
      }))
    ) {
      throw scenarioNotFound();
    }
    await auditRegisterChange(trx, context, {
      action: input.id === null ? 'create' : 'update',
      resourceType: 'planning_scenario',
      resourceId: id,
      reason: `scenario with ${String(input.body.changes.length)} changes`,
    });
    const saved = await scenarioById(trx, id, orgs);
    if (saved === undefined) throw scenarioNotFound();
    return scenarioResponse(saved, await latestProjections(trx, orgs));
  });
}
