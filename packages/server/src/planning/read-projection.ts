/**
 * A projection's status and, once finished, its result (issue 13 item 6): a running or recently
 * finished one from the process's registry (only its starter sees it while it runs), else a
 * kept one from the database, for any lead or administrator of its organisations, read through
 * the access module as figures derived from the record.
 */
import type { ProjectionResponse } from '@everyday/core';
import type { AccessContext } from '../access/patient-access.js';
import {
  projectionNotFound,
  type ProjectionDeps,
  type ProjectionMeta,
} from './projection-context.js';
import type { ProjectionJob } from './projection-jobs.js';
import { requireManager } from './register-access.js';
import type { RegisterContext } from './register-context.js';
import { projectionById, type StoredProjection } from './scenarios.repository.js';
import type { ProjectionResultBody } from '@everyday/core';

export function projectionResponse(
  job: ProjectionJob<ProjectionResultBody, ProjectionMeta>,
): ProjectionResponse {
  return {
    id: job.id,
    scenarioId: job.meta?.scenarioId ?? null,
    scenarioName: job.meta?.scenarioName ?? null,
    status: job.status,
    phase: job.phase,
    progress: Math.round(job.progress * 1000) / 1000,
    runsRequested: job.meta?.runsRequested ?? 0,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    error: job.error,
    result: job.result,
  };
}

export function storedResponse(p: StoredProjection): ProjectionResponse {
  return {
    id: p.id,
    scenarioId: p.scenarioId,
    scenarioName: p.scenarioName,
    status: 'done',
    phase: p.result.workforce === null ? 'projection' : 'search',
    progress: 1,
    runsRequested: p.runsRequested,
    startedAt: p.startedAt.toISOString(),
    finishedAt: p.finishedAt.toISOString(),
    error: null,
    result: p.result,
  };
}

/** A kept projection the caller's organisations may see, through the access module. */
export async function readStoredProjection(
  context: RegisterContext,
  id: string,
  deps: Pick<ProjectionDeps, 'access'>,
): Promise<StoredProjection | undefined> {
  const accessContext: AccessContext = {
    principal: { kind: 'staff', actor: context.actor },
    ip: context.ip,
  };
  const { value } = await deps.access.withAggregateFigures(
    accessContext,
    { resourceType: 'planning_projection', purpose: 'read a kept projection' },
    async (trx) => {
      const found = await projectionById(trx, id, context.actor.organisationIds);
      return { value: found, rows: found === undefined ? 0 : 1 };
    },
  );
  return value;
}

export async function readProjection(
  context: RegisterContext,
  id: string,
  deps: ProjectionDeps,
): Promise<ProjectionResponse> {
  requireManager(context.actor);
  const job = deps.jobs.get(id, { userId: context.actor.userId });
  if (job !== undefined) return projectionResponse(job);
  const stored = await readStoredProjection(context, id, deps);
  if (stored === undefined) throw projectionNotFound();
  return storedResponse(stored);
}
