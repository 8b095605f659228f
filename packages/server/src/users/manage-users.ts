/**
 * Staff accounts, for administrators: add one, change its roles, organisations or whether it is
 * active, send a new set-your-password link. No administrator chooses anyone's password: a new
 * account gets a link (valid 7 days) by e-mail through the outbox, and its owner chooses their
 * own (auth/set-password.ts). Each change is audited in its own transaction; an administrator
 * cannot remove their own administrator access.
 */
import type { Kysely } from 'kysely';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Actor } from '../auth/actor.js';
import { withServiceTask } from '../access/patient-access.js';
import { sendPasswordLink } from '../auth/password-links.js';
import { revokeUserSessions } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import {
  emailInUse,
  findUser,
  insertUser,
  setUserOrganisations,
  unknownOrganisations,
  userEmail,
} from './user.repository.js';
import type { TCreateUserBody, TUpdateUserBody, TUser } from './user.schema.js';

/** The database staff accounts are kept in. */
export type UserStore = Kysely<Database>;

/** Who asks, from where, and when. */
export interface AdminContext {
  readonly actor: Actor;
  readonly ip: string;
  readonly at: Date;
  /** Where links in e-mails point (the web app's address). */
  readonly publicUrl: string;
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
  // The account and its link in one transaction (the outbox is reached through the access module).
  const [id] = await withServiceTask(db, 'set-password-link', 'user', async (trx) => {
    const newId = await insertUser(trx, { ...body, passwordHash: null });
    await sendPasswordLink(trx, {
      user: { id: newId, email: body.email },
      purpose: 'set',
      language: body.language,
      publicUrl: context.publicUrl,
      now: context.at,
    });
    await writeAuditEvent(
      trx,
      auditUser(actor, context.ip, 'create', newId, `roles: ${body.roles.join(', ')}`),
    );
    return [newId];
  });
  if (id === undefined) throw new Error('A user just added was not returned');
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

/**
 * Send a new set-your-password link (valid 7 days; any earlier unused link stops working). The
 * current password keeps working until the user chooses a new one from the link.
 */
export async function sendSetPasswordLink(
  db: UserStore,
  context: AdminContext,
  id: string,
  language: 'en' | 'cy',
): Promise<void> {
  const { actor } = context;
  const email = await userEmail(db, id);
  if (email === undefined) throw new AppError('not_found', 'No such user');
  await withServiceTask(db, 'set-password-link', 'user', async (trx) => {
    await sendPasswordLink(trx, {
      user: { id, email },
      purpose: 'set',
      language,
      publicUrl: context.publicUrl,
      now: context.at,
    });
    await writeAuditEvent(
      trx,
      auditUser(actor, context.ip, 'update', id, 'set-password link sent'),
    );
    return [id];
  });
}
