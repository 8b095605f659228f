/**
 * Start a projection of the waiting list (issue 13 items 4–6): the baseline read from the record
 * (core's projectionBaseline over the planning facts), with a saved scenario's changes when one
 * is named, run `runs` times on the worker pool off the request thread. When the scenario sets a
 * target, the workforce search then works back the extra sessions a week that meet it (core's
 * searchWorkforce, each capacity tried with the same seed and up to SEARCH_RUNS runs). Progress
 * is reported as the runs go; a cancelled projection stops between runs and is not kept. A
 * finished one is kept (through the access module, as figures derived from the record) with the
 * seed and the changes it ran, so it can be compared, printed and run again.
 */
import {
  PlanningInputError,
  applyScenario,
  compileSimulationInput,
  projectionBaseline,
  searchWorkforce,
  TARGET_WEEKS_DEFAULT,
  type ProjectionBaseline,
  type ProjectionBody,
  type ProjectionResponse,
  type ProjectionResultBody,
  type ScenarioChangeBody,
  type WaitingListProjection,
  type WaitingListSimulationInput,
  type WorkforceNeeded,
} from '@everyday/core';
import type { AccessContext } from '../access/patient-access.js';
import { AppError } from '../http/app-error.js';
import { readPlanningRecord } from './planning-record.js';
import { scenarioNotFound, type ProjectionDeps } from './projection-context.js';
import type { JobControl } from './projection-jobs.js';
import { projectionResponse } from './read-projection.js';
import { requireManager } from './register-access.js';
import type { RegisterContext } from './register-context.js';
import { insertProjection, scenarioById, type ScenarioRecord } from './scenarios.repository.js';

/** Runs per capacity the workforce search tries (fewer than the projection's, for speed). */
export const SEARCH_RUNS = 200;
/** Capacities the search usually tries (doubling to 40, then halving): for its progress. */
const EXPECTED_SEARCH_TRIES = 11;
/** Share of the progress bar the projection takes when a search follows. */
const PROJECTION_SHARE_WITH_SEARCH = 0.4;

const round3 = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000);

function roundedPercentiles(
  projection: WaitingListProjection,
): ProjectionResultBody['percentiles'] {
  const out: Record<
    string,
    { p10: (number | null)[]; p50: (number | null)[]; p90: (number | null)[] }
  > = {};
  for (const [key, band] of Object.entries(projection.percentiles)) {
    out[key] = { p10: band.p10.map(round3), p50: band.p50.map(round3), p90: band.p90.map(round3) };
  }
  return out as ProjectionResultBody['percentiles'];
}

function slotsPerWeek(input: WaitingListSimulationInput, weeks: number): number {
  const total = input.pools.reduce(
    (s, p) => s + p.slotsPerDay.slice(0, weeks * 7).reduce((a, b) => a + b, 0),
    0,
  );
  return Math.round((total / weeks) * 100) / 100;
}

/** A core input error as the API's field-level 400. */
function inputError(error: PlanningInputError): AppError {
  return new AppError('validation', 'Check the scenario and try again', {
    fields: [{ path: error.field, code: 'invalid', message: error.userMessage.en }],
  });
}

interface Prepared {
  readonly baseline: ProjectionBaseline;
  readonly scenario: ScenarioRecord | null;
  readonly input: WaitingListSimulationInput;
  readonly targetWeeks: number;
  readonly vacancyRisk: number | null;
}

function prepare(baseline: ProjectionBaseline, scenario: ScenarioRecord | null): Prepared {
  const targetWeeks = scenario?.target?.withinWeeks ?? TARGET_WEEKS_DEFAULT;
  try {
    const applied = applyScenario(baseline, { changes: scenario?.changes ?? [] }, { targetWeeks });
    compileSimulationInput(applied.input);
    return {
      baseline,
      scenario,
      input: applied.input,
      targetWeeks,
      vacancyRisk: applied.vacancyRisk,
    };
  } catch (error) {
    if (error instanceof PlanningInputError) throw inputError(error);
    throw error;
  }
}

async function run(
  prepared: Prepared,
  body: ProjectionBody,
  deps: ProjectionDeps,
  control: JobControl,
): Promise<ProjectionResultBody> {
  const { signal, progress } = control;
  const target = prepared.scenario?.target ?? null;
  const share = target === null ? 1 : PROJECTION_SHARE_WITH_SEARCH;
  const projection = await deps.pool.simulate(prepared.input, body.runs, body.seed, {
    signal,
    onProgress: (done, runs) => {
      progress((done / runs) * share, 'projection');
    },
  });
  let workforce: WorkforceNeeded | null = null;
  if (target !== null && !projection.stopped) {
    let tries = 0;
    workforce = await searchWorkforce(async (extra) => {
      if (signal.aborted) throw new Error('cancelled');
      const { input } = applyScenario(
        prepared.baseline,
        { changes: prepared.scenario?.changes ?? [] },
        { targetWeeks: prepared.targetWeeks, extraSessionsPerWeek: extra },
      );
      const tried = await deps.pool.simulate(input, Math.min(body.runs, SEARCH_RUNS), body.seed, {
        signal,
        onProgress: (done, runs) => {
          const fraction = Math.min(1, (tries + done / runs) / EXPECTED_SEARCH_TRIES);
          progress(share + (1 - share) * fraction, 'search');
        },
      });
      tries += 1;
      return tried;
    }, target);
  }
  return {
    start: prepared.baseline.start,
    seed: projection.seed,
    weeks: projection.weeks,
    targetWeeks: projection.targetWeeks,
    runsRequested: projection.runsRequested,
    runs: projection.runs,
    stopped: projection.stopped,
    slotsPerWeek: slotsPerWeek(prepared.input, projection.weeks),
    percentiles: roundedPercentiles(projection),
    workforce:
      workforce === null
        ? null
        : {
            ...workforce,
            achievedShare: round3(workforce.achievedShare),
            tried: workforce.tried.map((t) => ({ ...t, share: round3(t.share) })),
          },
    vacancyRisk: prepared.vacancyRisk,
  };
}

export async function startProjection(
  context: RegisterContext,
  body: ProjectionBody,
  deps: ProjectionDeps,
): Promise<ProjectionResponse> {
  requireManager(context.actor);
  const { actor } = context;
  const scenario =
    body.scenarioId === null
      ? null
      : ((await scenarioById(deps.db, body.scenarioId, actor.organisationIds)) ??
        (() => {
          throw scenarioNotFound();
        })());
  const accessContext: AccessContext = { principal: { kind: 'staff', actor }, ip: context.ip };
  const { facts } = await readPlanningRecord(
    deps.access,
    accessContext,
    deps.clock.today(),
    'planning projection baseline',
  );
  const prepared = prepare(projectionBaseline(facts, {}), scenario);
  const changes: readonly ScenarioChangeBody[] = scenario?.changes ?? [];
  const startedAt = deps.clock.now();
  const meta = {
    scenarioId: scenario?.id ?? null,
    scenarioName: scenario?.name ?? null,
    runsRequested: body.runs,
    changes,
  };
  const id = deps.jobs.start(
    { userId: actor.userId },
    async (control) => {
      const result = await run(prepared, body, deps, control);
      if (!control.signal.aborted && !result.stopped) {
        await deps.access.withAggregateFigures(
          accessContext,
          { resourceType: 'planning_projection', purpose: 'keep a finished projection' },
          async (trx) => {
            await insertProjection(trx, {
              id: control.id,
              organisationIds: actor.organisationIds,
              userId: actor.userId,
              scenarioId: scenario?.id ?? null,
              scenarioName: scenario?.name ?? null,
              changes,
              target: scenario?.target ?? null,
              seed: body.seed,
              runsRequested: body.runs,
              result,
              startedAt,
              finishedAt: deps.clock.now(),
            });
            return { value: null, rows: 1 };
          },
        );
      }
      return result;
    },
    meta,
  );
  const job = deps.jobs.get(id, { userId: actor.userId });
  if (job === undefined) throw new AppError('internal', 'The projection could not be started');
  return projectionResponse(job);
}
