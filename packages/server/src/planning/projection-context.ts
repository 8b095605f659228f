/**
 * What the scenario and projection use cases are given (issue 13 items 5 and 6): the database
 * (scenarios are staff planning data), the access module (the record the baseline is read from,
 * and the projections, figures derived from it), the clock, the worker pool that runs
 * projections off the request thread, and the registry of running projections.
 */
import type { Clock, ProjectionResultBody, ScenarioChangeBody } from '@everyday/core';
import type { Kysely } from 'kysely';
import type { PatientAccess } from '../access/patient-access.js';
import type { Database } from '../db/schema.js';
import type { ProjectionJobs } from './projection-jobs.js';
import type { ProjectionPool } from './projection-pool.js';
import { AppError } from '../http/app-error.js';

export interface ProjectionDeps {
  readonly db: Kysely<Database>;
  readonly access: PatientAccess;
  readonly clock: Clock;
  readonly pool: ProjectionPool;
  readonly jobs: ProjectionJobs<ProjectionResultBody, ProjectionMeta>;
  /** Whether this service is the living demo (its people are synthetic), for the plan PDF. */
  readonly isDemo: () => Promise<boolean>;
}

/** What a running projection is of, for its status. */
export interface ProjectionMeta {
  readonly scenarioId: string | null;
  readonly scenarioName: string | null;
  readonly runsRequested: number;
  /** The scenario's changes as run. */
  readonly changes: readonly ScenarioChangeBody[];
}

export const scenarioNotFound = () =>
  new AppError('not_found', 'There is no such scenario, or it is not one of your organisations');
export const projectionNotFound = () =>
  new AppError('not_found', 'There is no such projection, or it has expired');
