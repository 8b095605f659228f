/**
 * The one way to patient data. Every read and write of a patient record goes through this
 * module: it finds the organisation the record belongs to, asks the domain policy whether this
 * principal (a member of staff, another system, or the public) may do this, writes an audit
 * event either way, and only then hands the caller a transaction it can use with the
 * patient-data repositories. Those repositories accept nothing else (`AuditedTransaction`), so a
 * later capability cannot read or write a record unaudited.
 */
import type { Kysely, Transaction } from 'kysely';
import {
  decidePatientAccess,
  discloseCount,
  mayIdentifyAuditSubjects,
  type DisclosedCount,
  type AccessPrincipal,
  type PatientAction,
  type PatientDataLevel,
} from '@everyday/core';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { writeAuditEvent, type AuditEntry } from '../audit/audit-log.js';

declare const audited: unique symbol;
/** A transaction opened by the access module after an allowed, audited decision. */
export type AuditedTransaction = Transaction<Database> & { readonly [audited]: true };

declare const lookingUp: unique symbol;
/**
 * The access module's transaction before its decision, lent to a record's organisation lookup
 * (`RecordAccess.organisation.lookup`): it may read which organisation a record belongs to, and
 * nothing else. The decision that follows, allowed or denied, is audited in the same transaction.
 */
export type LookupTransaction = Transaction<Database> & { readonly [lookingUp]: true };

/** Who is acting: a signed-in member of staff, another system with an API key, or the public. */
export type Principal =
  | { readonly kind: 'staff'; readonly actor: Actor }
  | {
      readonly kind: 'system';
      readonly keyId: string;
      readonly label: string;
      readonly organisationId: string;
      readonly scope: ReadonlySet<string>;
    }
  | { readonly kind: 'public' }
  | { readonly kind: 'service'; readonly task: string }
  /** A person holding a link: to book for their request, or to answer questionnaires. */
  | { readonly kind: 'link'; readonly linkId: string };

export interface AccessContext {
  readonly principal: Principal;
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
    | { readonly lookup: (trx: LookupTransaction) => Promise<string | undefined> };
}

type Outcome<T> =
  | { readonly kind: 'done'; readonly value: T }
  | { readonly kind: 'denied' }
  | { readonly kind: 'missing' };

function policyPrincipal(principal: Principal): AccessPrincipal {
  switch (principal.kind) {
    case 'staff':
      return {
        kind: 'staff',
        userId: principal.actor.userId,
        roles: principal.actor.roles,
        scope: principal.actor.scope,
      };
    case 'system':
      return { kind: 'system', keyId: principal.keyId, scope: principal.scope };
    case 'public':
      return { kind: 'public' };
    case 'service':
      return { kind: 'service', task: principal.task };
    case 'link':
      return { kind: 'link', linkId: principal.linkId };
  }
}

function who(principal: Principal): Pick<AuditEntry, 'userId' | 'actorLabel'> {
  switch (principal.kind) {
    case 'staff':
      return { userId: principal.actor.userId, actorLabel: principal.actor.email };
    case 'system':
      return { userId: null, actorLabel: `api-key:${principal.label}` };
    case 'public':
      return { userId: null, actorLabel: 'public' };
    case 'service':
      return { userId: null, actorLabel: `service:${principal.task}` };
    case 'link':
      return { userId: null, actorLabel: `link:${principal.linkId}` };
  }
}

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
          : await access.organisation.lookup(trx as LookupTransaction);
      if (organisationId === undefined) return { kind: 'missing' };
      const decision = decidePatientAccess(policyPrincipal(context.principal), {
        action: access.action,
        level: access.level,
        organisationId,
      });
      const base = {
        ...who(context.principal),
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
    return settle(outcome);
  }

  /**
   * A search or list over many records (the triage inbox, possible-duplicate matches). The
   * principal must be allowed to search at this level; `work` receives the organisations the
   * principal covers and must keep its results within them. One audit event records the search
   * and how many records it returned.
   */
  async withPatientSearch<T>(
    context: AccessContext,
    access: {
      readonly level: PatientDataLevel;
      readonly resourceType: string;
      readonly purpose: string;
    },
    work: (trx: AuditedTransaction, scope: readonly string[]) => Promise<readonly T[]>,
  ): Promise<readonly T[]> {
    const principal = context.principal;
    const scope = principal.kind === 'staff' ? [...principal.actor.scope] : [];
    const outcome = await this.db
      .transaction()
      .execute(async (trx): Promise<Outcome<readonly T[]>> => {
        // The policy is asked about the search itself against each organisation covered; a role
        // that may not search is refused whatever its scope.
        const allowed =
          principal.kind === 'staff' &&
          scope.some(
            (organisationId) =>
              decidePatientAccess(policyPrincipal(principal), {
                action: 'search',
                level: access.level,
                organisationId,
              }).allowed,
          );
        const base = {
          ...who(principal),
          action: 'search' as const,
          resourceType: access.resourceType,
          resourceId: null,
          organisationId: null,
          ip: context.ip,
        };
        if (!allowed) {
          await writeAuditEvent(trx, { ...base, outcome: 'denied', reason: 'role' });
          return { kind: 'denied' };
        }
        const results = await work(trx as AuditedTransaction, scope);
        await writeAuditEvent(trx, {
          ...base,
          outcome: 'allowed',
          reason: `${access.purpose}: ${results.length} records`,
        });
        return { kind: 'done', value: results };
      });
    return settle(outcome);
  }

  /**
   * A read of aggregates over patient records: counts, request references, times and outcomes,
   * never a person's details (the crisis banner, the crisis log). Any member of staff may be
   * given one (the route decides which roles), over the organisations they cover, which `work`
   * must keep to. One audit event records the read, marked as an aggregate, and its row count.
   */
  async withAggregateRead<T>(
    context: AccessContext,
    access: { readonly resourceType: string; readonly purpose: string },
    work: (trx: AuditedTransaction, scope: readonly string[]) => Promise<readonly T[]>,
  ): Promise<readonly T[]> {
    const view = await this.withAggregateView(context, access, work);
    return view.rows;
  }

  /**
   * A table of figures about people (capacity, appointment data, and the evidence and planning
   * views to come), scoped and audited as `withAggregateRead`, with core's small-number rule
   * applied to the `disclose` columns (counts of people) when the caller may not see those
   * people's records at clinical level in any organisation they cover (a lead or an admin
   * without a clinical role). The caller learns whether the rule was applied, to say so.
   */
  async withAggregateView<T, K extends CountKeys<T> = never>(
    context: AccessContext,
    access: {
      readonly resourceType: string;
      readonly purpose: string;
      /** Columns counting people, controlled when the caller has no patient access. */
      readonly disclose?: readonly K[];
    },
    work: (trx: AuditedTransaction, scope: readonly string[]) => Promise<readonly T[]>,
  ): Promise<AggregateView<T, K>> {
    const columns = access.disclose ?? [];
    const { value } = await this.withAggregateFigures(
      context,
      access,
      async (trx, scope, patientAccess) => {
        const results = await work(trx, scope);
        const controlled = !patientAccess && columns.length > 0;
        const rows = results.map((row) => {
          if (!controlled) return row as Disclosed<T, K>;
          const copy: Record<string, unknown> = { ...(row as object) };
          for (const column of columns)
            copy[column as string] = discloseCount(row[column] as number);
          return copy as Disclosed<T, K>;
        });
        return {
          value: { rows, disclosureControlled: controlled },
          rows: results.length,
          controlled,
        };
      },
    );
    return value;
  }

  /**
   * Figures about people composed into one answer rather than rows (the evidence dashboard):
   * scoped and audited exactly as `withAggregateView`, but `work` is told whether the caller
   * may see these people's records at clinical level in any organisation they cover, so it
   * can apply core's small-number rule to the figures it composes (evidence/dashboard.ts) when
   * they may not. `work` returns its value, how many rows it read and, when it differs from "no
   * patient access", whether it applied the rule, for the audit event. `withAggregateView` is
   * this gate with the rule applied to named columns of rows.
   */
  async withAggregateFigures<T>(
    context: AccessContext,
    access: { readonly resourceType: string; readonly purpose: string },
    work: (
      trx: AuditedTransaction,
      scope: readonly string[],
      patientAccess: boolean,
    ) => Promise<{ readonly value: T; readonly rows: number; readonly controlled?: boolean }>,
  ): Promise<{ readonly value: T; readonly disclosureControlled: boolean }> {
    const principal = context.principal;
    // One snapshot for every query of the view (repeatable read): its figures agree with each
    // other even while records are written, so the dashboard is correct at the moment it reads.
    const outcome = await this.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(
        async (
          trx,
        ): Promise<Outcome<{ readonly value: T; readonly disclosureControlled: boolean }>> => {
          const base = {
            ...who(principal),
            action: 'read' as const,
            resourceType: access.resourceType,
            resourceId: null,
            organisationId: null,
            ip: context.ip,
          };
          if (principal.kind !== 'staff') {
            await writeAuditEvent(trx, { ...base, outcome: 'denied', reason: 'role' });
            return { kind: 'denied' };
          }
          const scope = [...principal.actor.scope];
          const patientAccess = scope.some(
            (organisationId) =>
              decidePatientAccess(policyPrincipal(principal), {
                action: 'read',
                level: 'clinical',
                organisationId,
              }).allowed,
          );
          const result = await work(trx as AuditedTransaction, scope, patientAccess);
          const controlled = result.controlled ?? !patientAccess;
          await writeAuditEvent(trx, {
            ...base,
            outcome: 'allowed',
            reason: `aggregate ${access.purpose}: ${result.rows} rows${controlled ? ', small-number rule applied' : ''}`,
          });
          return { kind: 'done', value: { value: result.value, disclosureControlled: controlled } };
        },
      );
    return settle(outcome);
  }

  /**
   * Whose record an audit event is about, for an administrator reading the audit log: people's
   * names for the record ids on a page (`read`), or the people matching an NHS number or a name
   * and date of birth, to search the log by (`search`). Only admins (core's
   * `mayIdentifyAuditSubjects`), only people of the organisations they cover, which `work` must
   * keep to, and never the records themselves. One audit event records what was identified.
   */
  async withAuditSubjects<T>(
    context: AccessContext,
    access: { readonly action: 'read' | 'search'; readonly purpose: string },
    work: (trx: AuditedTransaction, scope: readonly string[]) => Promise<readonly T[]>,
  ): Promise<readonly T[]> {
    const principal = context.principal;
    const outcome = await this.db
      .transaction()
      .execute(async (trx): Promise<Outcome<readonly T[]>> => {
        const base = {
          ...who(principal),
          action: access.action,
          resourceType: 'person_identity',
          resourceId: null,
          organisationId: null,
          ip: context.ip,
        };
        if (principal.kind !== 'staff' || !mayIdentifyAuditSubjects(principal.actor.roles)) {
          await writeAuditEvent(trx, { ...base, outcome: 'denied', reason: 'role' });
          return { kind: 'denied' };
        }
        const results = await work(trx as AuditedTransaction, [...principal.actor.scope]);
        // Naming nobody reveals nothing; a search is recorded whatever it found.
        if (results.length > 0 || access.action === 'search') {
          await writeAuditEvent(trx, {
            ...base,
            outcome: 'allowed',
            reason: `${access.purpose}: ${results.length} ${access.action === 'search' ? 'people' : 'records named'}`,
          });
        }
        return { kind: 'done', value: results };
      });
    return settle(outcome);
  }
}

/** The columns of a row that hold numbers. */
export type CountKeys<T> = { [P in keyof T]-?: T[P] extends number ? P : never }[keyof T];

/** A row after the small-number rule: its count columns may be suppressed (null). */
export type Disclosed<T, K extends keyof T> = Omit<T, K> & { readonly [P in K]: DisclosedCount };

export interface AggregateView<T, K extends keyof T> {
  readonly rows: readonly Disclosed<T, K>[];
  /** Whether core's small-number rule was applied to the counted columns. */
  readonly disclosureControlled: boolean;
}

/**
 * Scheduled work by Everyday itself (sending messages, queueing reminders) over patient data.
 * One audit event records the task and how many records it touched; none when it touched none.
 */
export async function withServiceTask<T>(
  db: Kysely<Database>,
  task: string,
  resourceType: string,
  work: (trx: AuditedTransaction) => Promise<readonly T[]>,
): Promise<readonly T[]> {
  return db.transaction().execute(async (trx) => {
    const results = await work(trx as AuditedTransaction);
    if (results.length > 0) {
      await writeAuditEvent(trx, {
        userId: null,
        actorLabel: `service:${task}`,
        action: 'read',
        resourceType,
        resourceId: null,
        organisationId: null,
        ip: null,
        outcome: 'allowed',
        reason: `${task}: ${results.length} records`,
      });
    }
    return results;
  });
}

function settle<T>(outcome: Outcome<T>): T {
  switch (outcome.kind) {
    case 'done':
      return outcome.value;
    case 'denied':
      throw new AppError('forbidden', 'You do not have permission to do this');
    case 'missing':
      throw new AppError('not_found', 'No such record');
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
