/**
 * Which members of staff cover which organisations: a user covers an organisation when they
 * belong to it or to one above it (a user's scope is their organisations and everything beneath
 * them). Used to check a duty clinician or a safeguarding lead is someone who may act there.
 * Staff data, not patient data.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Role } from '@everyday/core';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

const MAX_DEPTH = 8;

export interface CoveringStaff {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /** Those of the asked-about organisations this user covers. */
  readonly organisationIds: readonly string[];
}

/** Active users holding any of `roles` who cover at least one of `organisationIds`. */
export async function staffCovering(
  db: Db,
  organisationIds: readonly string[],
  roles: readonly Role[],
  onlyUserId?: string,
): Promise<CoveringStaff[]> {
  const ids = [...new Set(organisationIds)];
  if (ids.length === 0 || roles.length === 0) return [];
  const { rows } = await sql<{ id: string; name: string; email: string; target_id: string }>`
    WITH RECURSIVE up(target_id, org_id, depth) AS (
      SELECT id, id, 0 FROM organisations WHERE id IN (${sql.join(ids)})
      UNION ALL
      SELECT up.target_id, o.parent_id, up.depth + 1
      FROM up JOIN organisations o ON o.id = up.org_id
      WHERE o.parent_id IS NOT NULL AND up.depth < ${MAX_DEPTH}
    )
    SELECT DISTINCT u.id, u.name, u.email, up.target_id
    FROM up
    JOIN user_organisations uo ON uo.organisation_id = up.org_id
    JOIN users u ON u.id = uo.user_id
    WHERE u.active AND u.roles && ARRAY[${sql.join([...roles])}]::text[]
      ${onlyUserId === undefined ? sql`` : sql`AND u.id = ${onlyUserId}`}
    ORDER BY u.name, u.id`.execute(db);
  const byUser = new Map<string, CoveringStaff & { organisationIds: string[] }>();
  for (const r of rows) {
    const found = byUser.get(r.id);
    if (found) {
      if (!found.organisationIds.includes(r.target_id)) found.organisationIds.push(r.target_id);
    } else {
      byUser.set(r.id, { id: r.id, name: r.name, email: r.email, organisationIds: [r.target_id] });
    }
  }
  return [...byUser.values()];
}

/** True when `userId` is an active user with one of `roles` covering `organisationId`. */
export async function covers(
  db: Db,
  userId: string,
  organisationId: string,
  roles: readonly Role[],
): Promise<boolean> {
  const staff = await staffCovering(db, [organisationId], roles, userId);
  return staff.length > 0;
}

/** The kind of each organisation asked about (missing ones are absent). */
export async function organisationKinds(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, { kind: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'kind', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, { kind: r.kind, name: r.name }]));
}

/** A member of staff's id and name (staff data). */
export async function staffMember(db: Db, userId: string) {
  return db.selectFrom('users').select(['id', 'name']).where('id', '=', userId).executeTakeFirst();
}
