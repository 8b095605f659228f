/**
 * Staff accounts, for administrators: add one, change its roles, organisations or whether it is
 * active, reset its password. Each change is audited in its own transaction; an administrator
 * cannot remove their own administrator access.
 */
import type { Kysely } from 'kysely';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Actor } from '../auth/actor.js';
import { hashPassword } from '../auth/passwords.js';
import { revokeUserSessions } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import {
  emailInUse,
  findUser,
  insertUser,
  setUserOrganisations,
  unknownOrganisations,
} from './user.repository.js';
import type { TCreateUserBody, TUpdateUserBody, TUser } from './user.schema.js';

/** The database staff accounts are kept in. */
export type UserStore = Kysely<Database>;

/** Who asks, from where, and when. */
export interface AdminContext {
  readonly actor: Actor;
  readonly ip: string;
  readonly at: Date;
}

async function checkOrganisations(db: UserStore, ids: readonly string[]): Promise<void> {
  const unknown = await unknownOrganisations(db, ids);
  if (unknown.length > 0) {
    throw new AppError('validation', 'Check the answers shown and try again', {
      fields: [
        {
          path: 'organisationIds',
          code: 'invalid_value',
          message: 'Choose organisations from the list',
        },
      ],
    });
  }
}

function auditUser(
  actor: Actor,
  ip: string,
  action: 'create' | 'update',
  userId: string,
  reason: string | null,
) {
  return {
    userId: actor.userId,
    actorLabel: actor.email,
    action,
    resourceType: 'user',
    resourceId: userId,
    organisationId: null,
    ip,
    outcome: 'allowed',
    reason,
  } as const;
}

/** Add a staff account. */
export async function addUser(
  db: UserStore,
  context: AdminContext,
  body: TCreateUserBody,
): Promise<TUser> {
  const { actor } = context;
  await checkOrganisations(db, body.organisationIds);
  if (await emailInUse(db, body.email)) {
    throw new AppError('conflict', 'A user with this email address already exists', {
      fields: [
        {
          path: 'email',
          code: 'email_in_use',
          message: 'A user with this email address already exists',
        },
      ],
    });
  }
  const passwordHash = await hashPassword(body.password);
  const id = await db.transaction().execute(async (trx) => {
    const newId = await insertUser(trx, { ...body, passwordHash });
    await writeAuditEvent(
      trx,
      auditUser(actor, context.ip, 'create', newId, `roles: ${body.roles.join(', ')}`),
    );
    return newId;
  });
  return (await findUser(db, id)) as TUser;
}

/** Change a staff account's name, roles, organisations or whether it is active. */
export async function changeUser(
  db: UserStore,
  context: AdminContext,
  id: string,
  body: TUpdateUserBody,
): Promise<TUser> {
  const { actor } = context;
  if (!(await findUser(db, id))) throw new AppError('not_found', 'No such user');
  if (
    id === actor.userId &&
    (body.active === false || (body.roles && !body.roles.includes('admin')))
  ) {
    throw new AppError('conflict', 'You cannot remove your own administrator access');
  }
  if (body.organisationIds) await checkOrganisations(db, body.organisationIds);
  await db.transaction().execute(async (trx) => {
    const changes = {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.roles !== undefined ? { roles: body.roles } : {}),
      ...(body.active !== undefined ? { active: body.active } : {}),
    };
    await trx
      .updateTable('users')
      .set({ ...changes, updated_at: context.at })
      .where('id', '=', id)
      .execute();
    if (body.organisationIds) await setUserOrganisations(trx, id, body.organisationIds);
    if (body.active === false) await revokeUserSessions(trx, id);
    await writeAuditEvent(
      trx,
      auditUser(actor, context.ip, 'update', id, `changed: ${Object.keys(body).join(', ')}`),
    );
  });
  return (await findUser(db, id)) as TUser;
}

/** Reset a user's password and sign them out everywhere. */
export async function resetPassword(
  db: UserStore,
  context: AdminContext,
  id: string,
  password: string,
): Promise<void> {
  const { actor } = context;
  if (!(await findUser(db, id))) throw new AppError('not_found', 'No such user');
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, is_demo: false, updated_at: context.at })
      .where('id', '=', id)
      .execute();
    await revokeUserSessions(trx, id);
    await writeAuditEvent(trx, auditUser(actor, context.ip, 'update', id, 'password reset'));
  });
}
