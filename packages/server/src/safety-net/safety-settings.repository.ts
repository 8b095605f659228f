/**
 * Safety settings (migration 0005) as the crisis follow-through reads and writes them: how soon a
 * crisis or safeguarding request must be acknowledged and where a practice's escalations go.
 * Organisation data, not patient data.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { ACKNOWLEDGE_WITHIN_MINUTES, type Nation, type OrganisationKind } from '@everyday/core';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Organisation trees are shallow (service → PCN → practice); this bounds a malformed one. */
const MAX_DEPTH = 8;

/** What decides a practice's acknowledgement due time and where its escalations go. */
export interface PracticePolicy {
  readonly practiceId: string;
  readonly practiceName: string;
  readonly nation: Nation;
  readonly acknowledgeWithinMinutes: number;
  /** The practice's address for escalations, else the nearest one above it; null when none. */
  readonly practiceEmail: string | null;
}

/**
 * For each practice: the acknowledgement time set nearest to it (the practice, else its PCN,
 * else the service; 60 minutes when none is set) and the nearest practice email. The same
 * inheritance as the safeguarding lead's (requests/safeguarding-routing.ts).
 */
export async function practicePolicies(
  db: Db,
  practiceIds: readonly string[],
): Promise<Map<string, PracticePolicy>> {
  const ids = [...new Set(practiceIds)];
  const policies = new Map<string, PracticePolicy>();
  if (ids.length === 0) return policies;
  const { rows } = await sql<{
    practice_id: string;
    depth: number;
    name: string | null;
    nation: Nation | null;
    minutes: number | null;
    email: string | null;
  }>`
    WITH RECURSIVE chain(practice_id, org_id, depth) AS (
      SELECT id, id, 0 FROM organisations WHERE id IN (${sql.join(ids)})
      UNION ALL
      SELECT c.practice_id, o.parent_id, c.depth + 1
      FROM chain c JOIN organisations o ON o.id = c.org_id
      WHERE o.parent_id IS NOT NULL AND c.depth < ${MAX_DEPTH}
    )
    SELECT c.practice_id, c.depth,
      CASE WHEN c.depth = 0 THEN o.name END AS name,
      CASE WHEN c.depth = 0 THEN o.nation END AS nation,
      s.acknowledge_within_minutes AS minutes, s.practice_email AS email
    FROM chain c
    JOIN organisations o ON o.id = c.org_id
    LEFT JOIN safety_settings s ON s.organisation_id = c.org_id
    ORDER BY c.practice_id, c.depth`.execute(db);
  for (const id of ids) {
    const chain = rows.filter((r) => r.practice_id === id);
    const own = chain.find((r) => r.depth === 0);
    if (!own) continue;
    policies.set(id, {
      practiceId: id,
      practiceName: own.name ?? '',
      nation: own.nation ?? 'england',
      acknowledgeWithinMinutes:
        chain.find((r) => r.minutes !== null)?.minutes ?? ACKNOWLEDGE_WITHIN_MINUTES.default,
      practiceEmail: chain.find((r) => r.email !== null)?.email ?? null,
    });
  }
  return policies;
}

export interface SafetySettingsRow {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly kind: OrganisationKind;
  readonly parentId: string | null;
  /** False when nothing is set for the organisation itself (the values shown are the defaults). */
  readonly configured: boolean;
  readonly safeguardingLeadUserId: string | null;
  readonly acknowledgeWithinMinutes: number;
  readonly practiceEmail: string | null;
  readonly updatedAt: string | null;
}

/** Each organisation in `scope`, with its own settings (or the defaults), services first. */
export async function listSafetySettings(
  db: Db,
  scope: readonly string[],
): Promise<SafetySettingsRow[]> {
  if (scope.length === 0) return [];
  const rows = await db
    .selectFrom('organisations')
    .leftJoin('safety_settings', 'safety_settings.organisation_id', 'organisations.id')
    .select([
      'organisations.id',
      'organisations.name',
      'organisations.kind',
      'organisations.parent_id',
      'safety_settings.organisation_id as configured_id',
      'safety_settings.safeguarding_lead_user_id',
      'safety_settings.acknowledge_within_minutes',
      'safety_settings.practice_email',
      'safety_settings.updated_at',
    ])
    .where('organisations.id', 'in', [...scope])
    .orderBy(sql`CASE organisations.kind WHEN 'service' THEN 0 WHEN 'pcn' THEN 1 ELSE 2 END`)
    .orderBy('organisations.name')
    .execute();
  return rows.map((r) => ({
    organisationId: r.id,
    organisationName: r.name,
    kind: r.kind,
    parentId: r.parent_id,
    configured: r.configured_id !== null,
    safeguardingLeadUserId: r.safeguarding_lead_user_id,
    acknowledgeWithinMinutes: r.acknowledge_within_minutes ?? ACKNOWLEDGE_WITHIN_MINUTES.default,
    practiceEmail: r.practice_email,
    updatedAt: r.updated_at ? r.updated_at.toISOString() : null,
  }));
}

export interface SafetySettingsChange {
  readonly organisationId: string;
  readonly safeguardingLeadUserId: string | null;
  readonly acknowledgeWithinMinutes: number;
  readonly practiceEmail: string | null;
  readonly updatedBy: string;
  readonly at: Date;
}

export async function upsertSafetySettings(db: Db, change: SafetySettingsChange): Promise<void> {
  const values = {
    safeguarding_lead_user_id: change.safeguardingLeadUserId,
    acknowledge_within_minutes: change.acknowledgeWithinMinutes,
    practice_email: change.practiceEmail,
    updated_by: change.updatedBy,
    updated_at: change.at,
  };
  await db
    .insertInto('safety_settings')
    .values({ organisation_id: change.organisationId, ...values })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
    .execute();
}
