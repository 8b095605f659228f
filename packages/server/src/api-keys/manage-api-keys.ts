/**
 * API keys, for administrators: list them, issue one for an organisation (the key is shown
 * once; only its hash is kept), revoke one. Issuing and revoking are audited.
 */
import type { Kysely } from 'kysely';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { newKey } from './api-keys.js';

/** The database API keys are kept in. */
export type ApiKeyStore = Kysely<Database>;

/** Who asks, from where, and when. */
export interface KeyAdminContext {
  readonly actor: Actor;
  readonly ip: string;
  readonly at: Date;
}

/** API keys, newest first (or the one with `id`). */
export async function listKeys(db: ApiKeyStore, id?: string) {
  let q = db
    .selectFrom('api_keys')
    .innerJoin('organisations', 'organisations.id', 'api_keys.organisation_id')
    .selectAll('api_keys')
    .select('organisations.name as organisation_name')
    .orderBy('api_keys.created_at', 'desc');
  if (id) q = q.where('api_keys.id', '=', id);
  const rows = await q.execute();
  return rows.map((k) => ({
    id: k.id,
    name: k.name,
    organisationId: k.organisation_id,
    organisationName: k.organisation_name,
    prefix: k.key_prefix,
    createdAt: k.created_at.toISOString(),
    lastUsedAt: k.last_used_at?.toISOString() ?? null,
    revokedAt: k.revoked_at?.toISOString() ?? null,
  }));
}

/** Issue a key for an organisation: the key itself is returned once, never stored. */
export async function issueApiKey(
  db: ApiKeyStore,
  context: KeyAdminContext,
  input: { readonly name: string; readonly organisationId: string },
) {
  const { actor } = context;
  const org = await db
    .selectFrom('organisations')
    .select('id')
    .where('id', '=', input.organisationId)
    .executeTakeFirst();
  if (!org) {
    throw new AppError('validation', 'Check the answers shown and try again', {
      fields: [
        {
          path: 'organisationId',
          code: 'invalid_value',
          message: 'Choose an organisation from the list',
        },
      ],
    });
  }
  const { key, prefix, hash } = newKey();
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('api_keys')
      .values({
        name: input.name,
        organisation_id: org.id,
        key_hash: hash,
        key_prefix: prefix,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAuditEvent(trx, {
      userId: actor.userId,
      actorLabel: actor.email,
      action: 'create',
      resourceType: 'api_key',
      resourceId: row.id,
      organisationId: org.id,
      ip: context.ip,
      outcome: 'allowed',
    });
    return row.id;
  });
  const [apiKey] = await listKeys(db, id);
  if (!apiKey) throw new Error('An API key just created could not be read back');
  return { apiKey, key };
}

/** Revoke a key; `not_found` when there is none, or it is already revoked. */
export async function revokeApiKey(
  db: ApiKeyStore,
  context: KeyAdminContext,
  id: string,
): Promise<void> {
  const { actor } = context;
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('api_keys')
      .set({ revoked_at: context.at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returning('organisation_id')
      .executeTakeFirst();
    if (!row) throw new AppError('not_found', 'No such API key, or it is already revoked');
    await writeAuditEvent(trx, {
      userId: actor.userId,
      actorLabel: actor.email,
      action: 'delete',
      resourceType: 'api_key',
      resourceId: id,
      organisationId: row.organisation_id,
      ip: context.ip,
      outcome: 'allowed',
    });
  });
}
