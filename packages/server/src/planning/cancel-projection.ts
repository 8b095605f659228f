/** Cancel a running projection (issue 13 item 6): it stops between runs and is not kept. */
import type { ProjectionResponse } from '@everyday/core';
import { projectionNotFound, type ProjectionDeps } from './projection-context.js';
import { projectionResponse } from './read-projection.js';
import { requireManager } from './register-access.js';
import type { RegisterContext } from './register-context.js';

export function cancelProjection(
  context: RegisterContext,
  id: string,
  deps: Pick<ProjectionDeps, 'jobs'>,
): ProjectionResponse {
  requireManager(context.actor);
  const job = deps.jobs.cancel(id, { userId: context.actor.userId });
  if (job === undefined) throw projectionNotFound();
  return projectionResponse(job);
}
