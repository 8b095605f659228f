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

/** The name of the service (the root organisation) an organisation belongs to. */
export async function serviceNameOf(
  db: OrganisationStore,
  organisationId: string,
): Promise<string | undefined> {
  const row = await db
    .withRecursive('chain(id, parent_id, name)', (qb) =>
      qb
        .selectFrom('organisations')
        .select(['id', 'parent_id', 'name'])
        .where('id', '=', organisationId)
        .unionAll((u) =>
          u
            .selectFrom('organisations as o')
            .innerJoin('chain', 'chain.parent_id', 'o.id')
            .select(['o.id', 'o.parent_id', 'o.name']),
        ),
    )
    .selectFrom('chain')
    .select('name')
    .where('parent_id', 'is', null)
    .executeTakeFirst();
  return row?.name;
}
