/** What every staff-register use case is given: who asks and from where, the database and the clock. */
import type { Clock } from '@everyday/core';
import type { Kysely } from 'kysely';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import type { RegisterDb } from './staff-register.repository.js';

export interface RegisterContext {
  readonly actor: Actor;
  readonly ip: string | null;
}

export interface RegisterDeps {
  readonly db: Kysely<Database>;
  readonly clock: Clock;
}

/** Audit a change to the register, as other admin changes are (users/manage-users.ts). */
export function auditRegisterChange(
  db: RegisterDb,
  context: RegisterContext,
  change: {
    readonly action: 'create' | 'update' | 'delete';
    readonly resourceType:
      'staff_profile' | 'supervision_record' | 'cpd_record' | 'planning_scenario';
    readonly resourceId: string;
    readonly reason: string;
  },
): Promise<void> {
  return writeAuditEvent(db, {
    userId: context.actor.userId,
    actorLabel: context.actor.email,
    ...change,
    organisationId: null,
    ip: context.ip,
    outcome: 'allowed',
  });
}

/** Core's problems with a form as the API's field-level 400. */
export function validationError(
  problems: readonly { field: string; code: string; message: string }[],
): AppError {
  return new AppError('validation', 'Check the answers shown and try again', {
    fields: problems.map((p) => ({ path: p.field, code: p.code, message: p.message })),
  });
}
