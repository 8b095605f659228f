/**
 * The workforce plan PDF (issue 13 item 6): the staffing norm, demand against capacity, the
 * queueing figures and the chosen projections side by side with the workforce each needs,
 * composed by core (`composeWorkforcePlan`) in English or Welsh and drawn by documents/pdf.ts.
 * The plan leaves the service, so the record's figures in it are always under the small-number
 * rule, whoever prints it: the overview is read as the caller with none of their roles that
 * could see patients' records (as the service report is, evidence/service-report.ts).
 */
import {
  composeWorkforcePlan,
  DEFAULT_POPULATION_PER_SESSION,
  TARGET_WEEKS_DEFAULT,
  type PlanProjection,
} from '@everyday/core';
import { renderPdf } from '../documents/pdf.js';
import { figuresOnly } from '../evidence/service-report.js';
import { AppError } from '../http/app-error.js';
import { serviceNameOf } from '../organisations/organisation.repository.js';
import { projectionNotFound, type ProjectionDeps } from './projection-context.js';
import { readPlanningOverview } from './read-planning-overview.js';
import { readStoredProjection } from './read-projection.js';
import { requireManager } from './register-access.js';
import { readStaffingNorm } from './read-staffing-norm.js';
import type { RegisterContext } from './register-context.js';

const notFinished = () =>
  new AppError('conflict', 'That projection has not finished: wait for it, then print the plan');

const DEFAULT_SERVICE_NAME = {
  en: 'Occupational therapy service',
  cy: 'Gwasanaeth therapi galwedigaethol',
} as const;

export async function printWorkforcePlan(
  context: RegisterContext,
  query: { readonly projections: readonly string[]; readonly lang: 'en' | 'cy' },
  deps: ProjectionDeps,
): Promise<{ pdf: Buffer; filename: string }> {
  requireManager(context.actor);
  const projections: PlanProjection[] = [];
  for (const id of query.projections) {
    const job = deps.jobs.get(id, { userId: context.actor.userId });
    if (job !== undefined) {
      if (job.status !== 'done' || job.result === null) throw notFinished();
      projections.push({
        name: job.meta?.scenarioName ?? null,
        changes: job.meta?.changes ?? [],
        result: job.result,
      });
      continue;
    }
    const stored = await readStoredProjection(context, id, deps);
    if (stored === undefined) throw projectionNotFound();
    projections.push({ name: stored.scenarioName, changes: stored.changes, result: stored.result });
  }
  if (projections.length === 0) throw projectionNotFound();
  const controlled: RegisterContext = { actor: figuresOnly(context.actor), ip: context.ip };
  const overview = await readPlanningOverview(
    controlled,
    { targetWeeks: projections[0]?.result.targetWeeks ?? TARGET_WEEKS_DEFAULT },
    deps,
  );
  const norm = await readStaffingNorm(
    context,
    { populationPerSession: DEFAULT_POPULATION_PER_SESSION },
    deps,
  );
  const first = context.actor.organisationIds[0];
  const name =
    (first === undefined ? undefined : await serviceNameOf(deps.db, first)) ??
    DEFAULT_SERVICE_NAME[query.lang];
  const doc = composeWorkforcePlan({
    overview,
    norm,
    projections,
    service: { name, demo: await deps.isDemo() },
    language: query.lang,
    producedOn: deps.clock.today(),
  });
  const pdf = await renderPdf(doc, { creationDate: deps.clock.now() });
  const suffix = query.lang === 'cy' ? '-cy' : '';
  return { pdf, filename: `everyday-workforce-plan-${overview.today}${suffix}.pdf` };
}
