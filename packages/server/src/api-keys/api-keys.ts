/**
 * API keys let another system (a practice's online consultation tool, a GP system) send
 * requests for one organisation. The key is shown once; only its SHA-256 is stored.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Principal } from '../access/patient-access.js';
import { organisationScopeOfOrganisation } from '../organisations/organisation-scope.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';

export const KEY_PREFIX = 'evd_';

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function newKey(): { key: string; prefix: string; hash: string } {
  const key = `${KEY_PREFIX}${randomBytes(30).toString('base64url')}`;
  return { key, prefix: key.slice(0, KEY_PREFIX.length + 6), hash: hashKey(key) };
}

/** The system principal behind an `Authorization: Bearer evd_…` header, or a 401. */
export async function systemPrincipal(
  db: Kysely<Database>,
  request: FastifyRequest,
  now: Date,
): Promise<Principal> {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1])
    throw new AppError('unauthenticated', 'Send an API key as Authorization: Bearer <key>');
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'name', 'organisation_id'])
    .where('key_hash', '=', hashKey(match[1]))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('unauthenticated', 'This API key is not valid or has been revoked');
  await db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', row.id).execute();
  return {
    kind: 'system',
    keyId: row.id,
    label: row.name,
    organisationId: row.organisation_id,
    scope: await organisationScopeOfOrganisation(db, row.organisation_id),
  };
}
