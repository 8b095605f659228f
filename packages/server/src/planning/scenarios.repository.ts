/**
 * Planning scenarios and finished projections (migration 0016). A scenario belongs to the
 * organisations its author belongs to directly; a lead or administrator sees those whose
 * organisations overlap their own. Scenarios are staff planning data; a projection is modelled
 * figures, never a person, and is written and read through the access module by the use cases.
 */
import {
  ZProjectionResult,
  ZScenarioChange,
  ZWorkforceTarget,
  type ProjectionResultBody,
  type ScenarioBody,
  type ScenarioChangeBody,
} from '@everyday/core';
import { sql } from 'kysely';
import { z } from 'zod';
import type { RegisterDb } from './staff-register.repository.js';

const ZChanges = z.array(ZScenarioChange);
const ZTarget = ZWorkforceTarget.nullable();

export interface ScenarioRecord {
  readonly id: string;
  readonly name: string;
  readonly changes: readonly ScenarioChangeBody[];
  readonly target: ScenarioBody['target'];
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

const overlaps = (organisationIds: readonly string[]) =>
  sql<boolean>`organisation_ids && ${sql.val([...organisationIds])}::uuid[]`;

function scenarioOf(row: {
  id: string;
  name: string;
  changes: unknown;
  target: unknown;
  author: string | null;
  created_at: Date;
  updated_at: Date;
}): ScenarioRecord {
  return {
    id: row.id,
    name: row.name,
    // Written only after the same contract's check; parsed again so a bad row fails loudly.
    changes: ZChanges.parse(row.changes),
    target: ZTarget.parse(row.target),
    createdBy: row.author ?? '',
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function scenarioQuery(db: RegisterDb) {
  return db
    .selectFrom('planning_scenarios as s')
    .leftJoin('users as u', 'u.id', 's.created_by')
    .select([
      's.id',
      's.name',
      's.changes',
      's.target',
      'u.name as author',
      's.created_at',
      's.updated_at',
    ]);
}

export async function scenariosFor(
  db: RegisterDb,
  organisationIds: readonly string[],
): Promise<ScenarioRecord[]> {
  if (organisationIds.length === 0) return [];
  const rows = await scenarioQuery(db)
    .where(sql<boolean>`s.organisation_ids && ${sql.val([...organisationIds])}::uuid[]`)
    .orderBy('s.created_at')
    .orderBy('s.id')
    .execute();
  return rows.map(scenarioOf);
}

export async function scenarioById(
  db: RegisterDb,
  id: string,
  organisationIds: readonly string[],
): Promise<ScenarioRecord | undefined> {
  if (organisationIds.length === 0) return undefined;
  const row = await scenarioQuery(db)
    .where('s.id', '=', id)
    .where(sql<boolean>`s.organisation_ids && ${sql.val([...organisationIds])}::uuid[]`)
    .executeTakeFirst();
  return row === undefined ? undefined : scenarioOf(row);
}

export async function insertScenario(
  db: RegisterDb,
  values: { organisationIds: readonly string[]; userId: string; body: ScenarioBody; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('planning_scenarios')
    .values({
      organisation_ids: [...values.organisationIds],
      name: values.body.name,
      changes: JSON.stringify(values.body.changes),
      target: values.body.target === null ? null : JSON.stringify(values.body.target),
      created_by: values.userId,
      created_at: values.at,
      updated_by: values.userId,
      updated_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a scenario the organisations can see; false when there is none. */
export async function updateScenario(
  db: RegisterDb,
  values: {
    id: string;
    organisationIds: readonly string[];
    userId: string;
    body: ScenarioBody;
    at: Date;
  },
): Promise<boolean> {
  if (values.organisationIds.length === 0) return false;
  const row = await db
    .updateTable('planning_scenarios')
    .set({
      name: values.body.name,
      changes: JSON.stringify(values.body.changes),
      target: values.body.target === null ? null : JSON.stringify(values.body.target),
      updated_by: values.userId,
      updated_at: values.at,
    })
    .where('id', '=', values.id)
    .where(overlaps(values.organisationIds))
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Deletes a scenario (and its projections); false when there is none the organisations see. */
export async function deleteScenario(
  db: RegisterDb,
  id: string,
  organisationIds: readonly string[],
): Promise<boolean> {
  if (organisationIds.length === 0) return false;
  const row = await db
    .deleteFrom('planning_scenarios')
    .where('id', '=', id)
    .where(overlaps(organisationIds))
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export interface StoredProjection {
  readonly id: string;
  readonly scenarioId: string | null;
  readonly scenarioName: string | null;
  readonly changes: readonly ScenarioChangeBody[];
  readonly target: ScenarioBody['target'];
  readonly seed: string;
  readonly runsRequested: number;
  readonly result: ProjectionResultBody;
  readonly startedAt: Date;
  readonly finishedAt: Date;
}

export async function insertProjection(
  db: RegisterDb,
  values: {
    id: string;
    organisationIds: readonly string[];
    userId: string;
    scenarioId: string | null;
    scenarioName: string | null;
    changes: readonly ScenarioChangeBody[];
    target: ScenarioBody['target'];
    seed: string;
    runsRequested: number;
    result: ProjectionResultBody;
    startedAt: Date;
    finishedAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('planning_projections')
    .values({
      id: values.id,
      organisation_ids: [...values.organisationIds],
      scenario_id: values.scenarioId,
      scenario_name: values.scenarioName,
      changes: JSON.stringify(values.changes),
      target: values.target === null ? null : JSON.stringify(values.target),
      seed: values.seed,
      runs_requested: values.runsRequested,
      result: JSON.stringify(values.result),
      created_by: values.userId,
      started_at: values.startedAt,
      finished_at: values.finishedAt,
    })
    .execute();
}

export async function projectionById(
  db: RegisterDb,
  id: string,
  organisationIds: readonly string[],
): Promise<StoredProjection | undefined> {
  if (organisationIds.length === 0) return undefined;
  const row = await db
    .selectFrom('planning_projections')
    .selectAll()
    .where('id', '=', id)
    .where(overlaps(organisationIds))
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    scenarioName: row.scenario_name,
    changes: ZChanges.parse(row.changes),
    target: ZTarget.parse(row.target),
    seed: row.seed,
    runsRequested: row.runs_requested,
    result: ZProjectionResult.parse(row.result),
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

/** The latest finished projection of each scenario, and of the baseline (key null). */
export async function latestProjections(
  db: RegisterDb,
  organisationIds: readonly string[],
): Promise<Map<string | null, string>> {
  const latest = new Map<string | null, string>();
  if (organisationIds.length === 0) return latest;
  const rows = await db
    .selectFrom('planning_projections')
    .select(['id', 'scenario_id'])
    .where(overlaps(organisationIds))
    .orderBy('finished_at', 'desc')
    .orderBy('id')
    .execute();
  for (const r of rows) if (!latest.has(r.scenario_id)) latest.set(r.scenario_id, r.id);
  return latest;
}
