/** Staff accounts and their organisations. */
import type { Kysely, Transaction } from 'kysely';
import type { Role } from '@everyday/core';
import type { Database } from '../db/schema.js';
import type { TUser } from './user.schema.js';

export async function listUsers(db: Kysely<Database>, ids?: readonly string[]): Promise<TUser[]> {
  let query = db
    .selectFrom('users')
    .leftJoin('user_organisations', 'user_organisations.user_id', 'users.id')
    .select((eb) => [
      'users.id',
      'users.email',
      'users.name',
      'users.roles',
      'users.active',
      'users.created_at',
      eb('users.password_hash', 'is not', null).as('password_set'),
      eb('users.totp_secret', 'is not', null).as('two_factor'),
      eb.fn
        .coalesce(
          eb.fn
            .agg<string[]>('array_agg', ['user_organisations.organisation_id'])
            .filterWhere('user_organisations.organisation_id', 'is not', null),
          eb.val<string[]>([]),
        )
        .as('organisation_ids'),
    ])
    .groupBy('users.id')
    .orderBy('users.name');
  if (ids) query = query.where('users.id', 'in', [...ids]);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    roles: r.roles,
    organisationIds: r.organisation_ids,
    active: r.active,
    passwordSet: Boolean(r.password_set),
    twoFactor: Boolean(r.two_factor),
    createdAt: r.created_at.toISOString(),
  }));
}

export async function findUser(db: Kysely<Database>, id: string): Promise<TUser | undefined> {
  return (await listUsers(db, [id]))[0];
}

/** The email of a user, for sending them a link. */
export async function userEmail(db: Kysely<Database>, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('email').where('id', '=', id).executeTakeFirst();
  return row?.email;
}

export async function emailInUse(db: Kysely<Database>, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  return row !== undefined;
}

export async function unknownOrganisations(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db
    .selectFrom('organisations')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  const known = new Set(found.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}

export interface NewUser {
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly organisationIds: readonly string[];
  /** Null for an account whose owner will choose it from a link. */
  readonly passwordHash: string | null;
  readonly isDemo?: boolean;
}

/** Insert a user and their organisations; call inside a transaction. */
export async function insertUser(trx: Transaction<Database>, user: NewUser): Promise<string> {
  const { id } = await trx
    .insertInto('users')
    .values({
      email: user.email,
      name: user.name,
      roles: [...user.roles],
      password_hash: user.passwordHash,
      is_demo: user.isDemo ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('user_organisations')
    .values(user.organisationIds.map((organisation_id) => ({ user_id: id, organisation_id })))
    .execute();
  return id;
}

export async function setUserOrganisations(
  trx: Transaction<Database>,
  userId: string,
  organisationIds: readonly string[],
): Promise<void> {
  await trx.deleteFrom('user_organisations').where('user_id', '=', userId).execute();
  await trx
    .insertInto('user_organisations')
    .values(organisationIds.map((organisation_id) => ({ user_id: userId, organisation_id })))
    .execute();
}
