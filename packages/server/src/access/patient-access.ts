/**
 * The one way to patient data. Every read and write of a patient record goes through
 * `withPatientRecord`: it finds the organisation the record belongs to, asks the domain policy
 * whether this actor may do this, writes an audit event either way, and only then hands the
 * caller a transaction it can use with the patient-data repositories. Those repositories accept
 * nothing else (`AuditedTransaction`), so a later capability cannot read a record unaudited.
 */
import type { Kysely, Transaction } from 'kysely';
import { decidePatientAccess, type PatientAction, type PatientDataLevel } from '@everyday/core';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { writeAuditEvent } from '../audit/audit-log.js';

declare const audited: unique symbol;
/** A transaction opened by the access module after an allowed, audited decision. */
export type AuditedTransaction = Transaction<Database> & { readonly [audited]: true };

export interface AccessContext {
  readonly actor: Actor;
  readonly ip: string | null;
}

export interface RecordAccess {
  readonly action: PatientAction;
  readonly level: PatientDataLevel;
  readonly resourceType: string;
  /** The record's id, when it exists already. */
  readonly resourceId: string | null;
  /**
   * The organisation the record belongs to: given for a new record, or looked up for an
   * existing one (undefined from the lookup means there is no such record).
   */
  readonly organisation:
    | { readonly id: string }
    | { readonly lookup: (trx: Transaction<Database>) => Promise<string | undefined> };
}

type Outcome<T> =
  | { readonly kind: 'done'; readonly value: T }
  | { readonly kind: 'denied' }
  | { readonly kind: 'missing' };

export class PatientAccess {
  constructor(private readonly db: Kysely<Database>) {}

  /** Check, audit, then run `work` in the same transaction. Denials are audited and thrown as `forbidden`. */
  async withPatientRecord<T>(
    context: AccessContext,
    access: RecordAccess,
    work: (trx: AuditedTransaction, organisationId: string) => Promise<T>,
  ): Promise<T> {
    const outcome = await this.db.transaction().execute(async (trx): Promise<Outcome<T>> => {
      const organisationId =
        'id' in access.organisation
          ? access.organisation.id
          : await access.organisation.lookup(trx);
      if (organisationId === undefined) return { kind: 'missing' };
      const decision = decidePatientAccess(context.actor, {
        action: access.action,
        level: access.level,
        organisationId,
      });
      const base = {
        userId: context.actor.userId,
        actorLabel: context.actor.email,
        action: access.action,
        resourceType: access.resourceType,
        resourceId: access.resourceId,
        organisationId,
        ip: context.ip,
      };
      if (!decision.allowed) {
        await writeAuditEvent(trx, { ...base, outcome: 'denied', reason: decision.reason });
        return { kind: 'denied' };
      }
      const value = await work(trx as AuditedTransaction, organisationId);
      // A created record's id is known only now; audit it against that id.
      const resourceId = access.resourceId ?? idOf(value);
      await writeAuditEvent(trx, { ...base, resourceId, outcome: 'allowed' });
      return { kind: 'done', value };
    });
    switch (outcome.kind) {
      case 'done':
        return outcome.value;
      case 'denied':
        throw new AppError('forbidden', 'You do not have permission to do this');
      case 'missing':
        throw new AppError('not_found', 'No such record');
    }
  }
}

function idOf(value: unknown): string | null {
  if (
    value !== null &&
    typeof value === 'object' &&
    'id' in value &&
    typeof value.id === 'string'
  ) {
    return value.id;
  }
  return null;
}
