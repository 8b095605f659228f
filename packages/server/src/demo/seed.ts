/**
 * The demo service: one real PCN (North Trafford, ADR 0014) with its four practices and their
 * registered list sizes, and one user per role. Seeded into an empty embedded database on
 * `npm start`, and into a PostgreSQL database only when `--demo` is given.
 */
import type { Kysely } from 'kysely';
import type { Role } from '@everyday/core';
import { hashPassword } from '../auth/passwords.js';
import type { Database } from '../db/schema.js';
import { insertUser } from '../users/user.repository.js';
import demoService from './demo-service.json' with { type: 'json' };

export const DEMO_PASSWORD = 'everyday-demo';

interface DemoService {
  service: { name: string };
  pcn: { name: string; odsCode: string };
  practices: { odsCode: string; name: string; postcode: string; listSize: number }[];
}

export function loadDemoService(): DemoService {
  return demoService;
}

export interface DemoSignIn {
  readonly role: Role;
  readonly email: string;
  readonly password: string;
}

/**
 * True when this database holds the demo service: its users are at the demo's own domain, which
 * no real account can have (RFC 2606 reserves .example). Every page then says the people are
 * synthetic.
 */
export type DemoStatusStore = Kysely<Database>;

export async function isDemoService(db: DemoStatusStore): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('email', 'like', '%@demo.everyday.example')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** True when the database holds no organisations yet. */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

export async function seedDemo(db: Kysely<Database>): Promise<void> {
  const demo = loadDemoService();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const service = await trx
      .insertInto('organisations')
      .values({ kind: 'service', name: demo.service.name })
      .returning('id')
      .executeTakeFirstOrThrow();
    const pcn = await trx
      .insertInto('organisations')
      .values({
        kind: 'pcn',
        name: demo.pcn.name,
        ods_code: demo.pcn.odsCode,
        parent_id: service.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const practices = await trx
      .insertInto('organisations')
      .values(
        demo.practices.map((p) => ({
          kind: 'practice' as const,
          name: p.name,
          ods_code: p.odsCode,
          postcode: p.postcode,
          list_size: p.listSize,
          parent_id: pcn.id,
        })),
      )
      .returning('id')
      .execute();
    const firstPractice = practices[0]?.id ?? pcn.id;
    const users: { role: Role; name: string; organisationId: string }[] = [
      { role: 'navigator', name: 'Nia Navigator', organisationId: firstPractice },
      { role: 'clinician', name: 'Dr Gareth Price', organisationId: firstPractice },
      { role: 'ot', name: 'Olwen Thomas', organisationId: pcn.id },
      { role: 'lead', name: 'Leah Davies', organisationId: service.id },
      { role: 'admin', name: 'Alun Admin', organisationId: service.id },
    ];
    for (const u of users) {
      await insertUser(trx, {
        email: `${u.role}@demo.everyday.example`,
        name: u.name,
        roles: [u.role],
        organisationIds: [u.organisationId],
        passwordHash,
        isDemo: true,
      });
    }
  });
}

/** The demo sign-ins still in use (a demo user whose password was reset is no longer shown). */
export async function demoSignIns(db: Kysely<Database>): Promise<DemoSignIn[]> {
  const rows = await db
    .selectFrom('users')
    .select(['email', 'roles'])
    .where('is_demo', '=', true)
    .where('active', '=', true)
    .orderBy('email')
    .execute();
  return rows.map((r) => ({
    role: r.roles[0] ?? 'navigator',
    email: r.email,
    password: DEMO_PASSWORD,
  }));
}
