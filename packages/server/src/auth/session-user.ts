/** Who is signed in, as the session endpoint answers: the user, their roles and organisations. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Actor } from './actor.js';
import type { TSessionUser } from './session.schema.js';

/** The database sessions and users are kept in. */
export type SessionStore = Kysely<Database>;

export async function sessionUser(db: SessionStore, actor: Actor): Promise<TSessionUser> {
  const organisations =
    actor.organisationIds.length === 0
      ? []
      : await db
          .selectFrom('organisations')
          .select(['id', 'name', 'kind'])
          .where('id', 'in', [...actor.organisationIds])
          .orderBy('name')
          .execute();
  return {
    id: actor.userId,
    email: actor.email,
    name: actor.name,
    roles: [...actor.roles],
    organisations,
  };
}
