/** Whether the database answers: the readiness half of the health check. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The database the service runs on, as the health check sees it. */
export type HealthStore = Kysely<Database>;

/** Resolves when the database answers a trivial query; rejects when it does not. */
export async function checkDatabase(db: HealthStore): Promise<void> {
  await sql`SELECT 1`.execute(db);
}
