/** An organisation and everything beneath it. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export async function organisationScopeOfOrganisation(
  db: Kysely<Database>,
  organisationId: string,
): Promise<Set<string>> {
  const result = await sql<{ id: string }>`
    WITH RECURSIVE scope(id) AS (
      SELECT id FROM organisations WHERE id = ${organisationId}
      UNION
      SELECT o.id FROM organisations o JOIN scope s ON o.parent_id = s.id
    )
    SELECT id FROM scope`.execute(db);
  return new Set(result.rows.map((r) => r.id));
}
