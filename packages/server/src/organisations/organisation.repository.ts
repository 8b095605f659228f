/** Persistence of the service's organisations (no patient data). */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The database organisations are kept in. */
export type OrganisationStore = Kysely<Database>;

/** Every organisation, services first, then PCNs, then practices, each by name. */
export async function listOrganisations(db: OrganisationStore) {
  return db.selectFrom('organisations').selectAll().orderBy('kind').orderBy('name').execute();
}

/** The member practices people can choose at the front door, by name. */
export async function listPractices(db: OrganisationStore) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'ods_code', 'postcode'])
    .where('kind', '=', 'practice')
    .orderBy('name')
    .execute();
}
