/**
 * The scenarios a lead or administrator's organisations have saved (issue 13 item 5), each with
 * its latest finished projection, and the baseline's latest.
 */
import type { ScenarioResponse } from '@everyday/core';
import type { ProjectionDeps } from './projection-context.js';
import { requireManager } from './register-access.js';
import type { RegisterContext } from './register-context.js';
import { latestProjections, scenariosFor, type ScenarioRecord } from './scenarios.repository.js';

export function scenarioResponse(
  s: ScenarioRecord,
  latest: ReadonlyMap<string | null, string>,
): ScenarioResponse {
  return {
    id: s.id,
    name: s.name,
    changes: [...s.changes],
    target: s.target,
    createdBy: s.createdBy,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    latestProjectionId: latest.get(s.id) ?? null,
  };
}

export async function listScenarios(
  context: RegisterContext,
  deps: Pick<ProjectionDeps, 'db'>,
): Promise<{ scenarios: ScenarioResponse[]; baselineProjectionId: string | null }> {
  requireManager(context.actor);
  const orgs = context.actor.organisationIds;
  return deps.db.transaction().execute(async (trx) => {
    const scenarios = await scenariosFor(trx, orgs);
    const latest = await latestProjections(trx, orgs);
    return {
      scenarios: scenarios.map((s) => scenarioResponse(s, latest)),
      baselineProjectionId: latest.get(null) ?? null,
    };
  });
}
