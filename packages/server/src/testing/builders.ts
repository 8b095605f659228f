/**
 * Test support: typed builders for organisations and staff, with unique names per call, so no
 * test depends on demo rows.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '@everyday/core';
import { hashPassword } from '../auth/passwords.js';
import type { Database } from '../db/schema.js';
import { insertUser } from '../users/user.repository.js';

export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export interface TestTree {
  readonly serviceId: string;
  readonly pcnId: string;
  readonly practiceIds: readonly [string, string];
  readonly otherPcnPracticeId: string;
}

/** A service with one PCN of two practices, and a second PCN with one practice. */
export async function makeOrganisationTree(db: Kysely<Database>): Promise<TestTree> {
  const org = async (
    kind: 'service' | 'pcn' | 'practice',
    parentId: string | null,
    listSize: number | null = null,
  ) =>
    (
      await db
        .insertInto('organisations')
        .values({ kind, name: unique(kind), parent_id: parentId, list_size: listSize })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const serviceId = await org('service', null);
  const pcnId = await org('pcn', serviceId);
  const p1 = await org('practice', pcnId, 8000);
  const p2 = await org('practice', pcnId, 12000);
  const otherPcn = await org('pcn', serviceId);
  const p3 = await org('practice', otherPcn, 5000);
  return { serviceId, pcnId, practiceIds: [p1, p2], otherPcnPracticeId: p3 };
}

export interface TestUser {
  readonly id: string;
  readonly email: string;
  readonly password: string;
}

const passwordHashes = new Map<string, Promise<string>>();

export async function makeUser(
  db: Kysely<Database>,
  overrides: {
    roles: Role[];
    organisationIds: string[];
    name?: string;
    email?: string;
    password?: string;
  },
): Promise<TestUser> {
  const password = overrides.password ?? 'a long test password';
  let hash = passwordHashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    passwordHashes.set(password, hash);
  }
  const email = overrides.email ?? `${unique(overrides.roles.join('-'))}@test.example`;
  const passwordHash = await hash;
  const id = await db.transaction().execute((trx) =>
    insertUser(trx, {
      email,
      name: overrides.name ?? unique('Test User'),
      roles: overrides.roles,
      organisationIds: overrides.organisationIds,
      passwordHash,
    }),
  );
  return { id, email, password };
}
