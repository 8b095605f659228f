/**
 * Taking a request in, from any route: in one transaction, and only through the access module,
 * find or record the person, triage the answers, store the request with a short reference,
 * record that it was received and queue the person's confirmation. The caller answers the
 * person only after this commits. A retried submission (same idempotency scope and key) returns
 * the first request, never a second one.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  adviceFor,
  makeReference,
  triage,
  type AdviceId,
  type RedFlag,
  type RequestAnswers,
  type Route,
  type Urgency,
} from '@everyday/core';
import type { AccessContext, AuditedTransaction, PatientAccess } from '../access/patient-access.js';
import type { Database, RequestRow } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import {
  findPerson,
  findPersonByNhsNumber,
  findPersonMatches,
  insertPersonFromRequest,
} from '../people/person.repository.js';
import { activeRuleSet } from '../triage/rule-sets.js';
import type { TRequestAnswers, TUrgentAnswers } from './answers.schema.js';
import { confirmationFor } from './confirmation.js';
import {
  addRequestEvent,
  completeRequest,
  enqueueMessage,
  findByIdempotencyKey,
  findRequest,
  insertRequest,
  practiceOfRequest,
  referenceInUse,
} from './request.repository.js';

export interface IntakeInput {
  readonly route: Route;
  readonly channel: string;
  readonly questionSetVersion: string;
  readonly idempotency: { readonly scope: string; readonly key: string };
  /** Full answers, or (complete: false) what is known at the red-flag question. */
  readonly answers: TRequestAnswers | TUrgentAnswers;
  readonly complete: boolean;
  /** An existing person a member of staff chose from the matches. */
  readonly personId?: string | undefined;
  readonly submittedBy: string | null;
  readonly apiKeyId?: string | null;
  readonly source?: { readonly system: string; readonly externalId?: string | undefined };
}

export interface IntakeResult {
  readonly id: string;
  readonly reference: string;
  readonly urgency: Urgency;
  readonly advice: AdviceId[];
  readonly confirmationSent: boolean;
  readonly possibleDuplicates: number;
  /** The suggested pathway. */
  readonly pathway: string;
  /** Lets the person add the rest of their answers to a request saved at the red-flag question. */
  readonly completionToken: string | undefined;
  /** True when this was a retry of a submission already stored. */
  readonly replayed: boolean;
}

/** Fill what a request saved at the red-flag question has not been asked yet, for triage only. */
function answersForTriage(a: TRequestAnswers | TUrgentAnswers): RequestAnswers {
  return {
    areas: [],
    difficulties: '',
    since: 'under_4_weeks',
    impact: 'cannot_do',
    goals: '',
    access: { interpreter: false, needs: [] },
    ...a,
  };
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === '23505';
}

export class RequestIntake {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly access: PatientAccess,
    private readonly secret: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  completionToken(requestId: string): string {
    return createHmac('sha256', this.secret).update(`complete:${requestId}`).digest('base64url');
  }

  private tokenMatches(requestId: string, token: string): boolean {
    const expected = Buffer.from(this.completionToken(requestId));
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  async submit(context: AccessContext, input: IntakeInput): Promise<IntakeResult> {
    try {
      return await this.submitOnce(context, input);
    } catch (err) {
      // Two identical submissions at once on PostgreSQL: the second waits on the unique index,
      // fails when the first commits, and is answered with the first.
      if (!isUniqueViolation(err)) throw err;
      return this.submitOnce(context, input);
    }
  }

  private async submitOnce(context: AccessContext, input: IntakeInput): Promise<IntakeResult> {
    const { answers } = input;
    await this.checkPractice(answers.practiceId);
    return this.access.withPatientRecord(
      context,
      {
        action: 'create',
        level: 'clinical',
        resourceType: 'request',
        resourceId: null,
        organisation: { id: answers.practiceId },
      },
      async (trx) => {
        const existing = await findByIdempotencyKey(
          trx,
          input.idempotency.scope,
          input.idempotency.key,
        );
        if (existing) return this.result(existing, true);

        const { personId, duplicates } = await this.personFor(trx, input);
        const rules = await activeRuleSet(trx, answers.practiceId);
        const decision = triage(
          { answers: answersForTriage(answers), route: input.route, today: this.today() },
          rules,
        );
        const row = await insertRequest(trx, {
          reference: await this.newReference(trx),
          idempotencyScope: input.idempotency.scope,
          idempotencyKey: input.idempotency.key,
          route: input.route,
          channel: input.channel,
          personId,
          practiceId: answers.practiceId,
          answers,
          questionSetVersion: input.questionSetVersion,
          redFlags: answers.redFlags,
          complete: input.complete,
          suggestion: {
            pathway: decision.pathway,
            urgency: decision.urgency,
            tier: decision.tier,
            reasons: decision.reasons,
            ruleVersion: decision.ruleVersion,
          },
          possibleDuplicateIds: duplicates,
          submittedBy: input.submittedBy,
          apiKeyId: input.apiKeyId ?? null,
          sourceSystem: input.source?.system ?? null,
          externalId: input.source?.externalId ?? null,
        });
        await addRequestEvent(trx, row.id, 'received', input.submittedBy, {
          route: input.route,
          channel: input.channel,
          complete: input.complete,
        });
        const sent = await this.queueConfirmation(trx, row, answers);
        return this.result(row, false, sent);
      },
    );
  }

  /** Add the rest of the answers to a request saved at the red-flag question. */
  async complete(
    context: AccessContext,
    id: string,
    token: string,
    answers: TRequestAnswers,
    questionSetVersion: string,
  ): Promise<IntakeResult> {
    if (!this.tokenMatches(id, token)) throw new AppError('not_found', 'No such request');
    return this.access.withPatientRecord(
      context,
      {
        action: 'update',
        level: 'clinical',
        resourceType: 'request',
        resourceId: id,
        organisation: { lookup: (trx) => practiceOfRequest(trx, id) },
      },
      async (trx) => {
        const row = await findRequest(trx, id);
        if (!row) throw new AppError('not_found', 'No such request');
        if (row.complete) return this.result(row, true);
        // Red flags once reported are never dropped.
        const redFlags = [
          ...new Set<RedFlag>([...(row.red_flags as RedFlag[]), ...answers.redFlags]),
        ];
        const full = { ...answers, redFlags, practiceId: row.practice_id };
        const rules = await activeRuleSet(trx, row.practice_id);
        const decision = triage({ answers: full, route: row.route, today: this.today() }, rules);
        const updated = await completeRequest(trx, id, {
          answers: { ...full, questionSetVersion },
          redFlags,
          suggestion: {
            pathway: decision.pathway,
            urgency: decision.urgency,
            tier: decision.tier,
            reasons: decision.reasons,
            ruleVersion: decision.ruleVersion,
          },
        });
        await addRequestEvent(trx, id, 'completed', null, {});
        const sent = await this.queueConfirmation(trx, updated, full);
        return this.result(updated, false, sent);
      },
    );
  }

  private today(): string {
    return this.now().toISOString().slice(0, 10);
  }

  private async checkPractice(practiceId: string): Promise<void> {
    const practice = await this.db
      .selectFrom('organisations')
      .select('id')
      .where('id', '=', practiceId)
      .where('kind', '=', 'practice')
      .executeTakeFirst();
    if (!practice) {
      throw new AppError('validation', 'Check the answers shown and try again', {
        fields: [
          {
            path: 'answers.practiceId',
            code: 'invalid_value',
            message: 'Choose a practice from the list',
          },
        ],
      });
    }
  }

  private async personFor(
    trx: AuditedTransaction,
    input: IntakeInput,
  ): Promise<{ personId: string; duplicates: string[] }> {
    const { person, contact, access, practiceId } = { access: undefined, ...input.answers };
    if (input.personId) {
      const chosen = await findPerson(trx, input.personId);
      if (!chosen)
        throw new AppError('validation', 'Check the answers shown and try again', {
          fields: [
            { path: 'personId', code: 'invalid_value', message: 'That person could not be found' },
          ],
        });
      return { personId: chosen.id, duplicates: [] };
    }
    if (person.nhsNumber) {
      const known = await findPersonByNhsNumber(trx, person.nhsNumber);
      if (known) return { personId: known.id, duplicates: [] };
    }
    const created = await insertPersonFromRequest(
      trx,
      {
        nhsNumber: person.nhsNumber ?? null,
        givenName: person.givenName,
        familyName: person.familyName,
        dateOfBirth: person.dateOfBirth,
        practiceId,
        postcode: person.postcode,
        phone: contact.phone ?? null,
        email: contact.email ?? null,
        preferredContact: contact.preferred,
        preferredLanguage: input.answers.preferredLanguage ?? 'en',
        interpreterLanguage: access?.interpreter ? (access.language ?? null) : null,
        accessNeeds: access?.needs ?? [],
      },
      input.submittedBy,
    );
    const practices = await trx
      .selectFrom('organisations')
      .select('id')
      .where('kind', '=', 'practice')
      .execute();
    const matches = await findPersonMatches(
      trx,
      { familyName: person.familyName, dateOfBirth: person.dateOfBirth },
      practices.map((p) => p.id),
      created.id,
    );
    return { personId: created.id, duplicates: matches.map((m) => m.row.id) };
  }

  private async newReference(trx: AuditedTransaction): Promise<string> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const reference = makeReference(randomBytes(8));
      if (!(await referenceInUse(trx, reference))) return reference;
    }
    throw new Error('Could not find an unused reference');
  }

  private async queueConfirmation(
    trx: AuditedTransaction,
    row: RequestRow,
    answers: TRequestAnswers | TUrgentAnswers,
  ): Promise<boolean> {
    const message = confirmationFor(answers, row.reference, row.id);
    if (!message) return false;
    await enqueueMessage(trx, message);
    return true;
  }

  private result(row: RequestRow, replayed: boolean, confirmationSent?: boolean): IntakeResult {
    return {
      id: row.id,
      reference: row.reference,
      urgency: row.urgency,
      advice: adviceFor(row.red_flags as RedFlag[]),
      confirmationSent: confirmationSent ?? false,
      possibleDuplicates: row.possible_duplicate_ids.length,
      pathway: row.suggested_pathway,
      completionToken: row.complete ? undefined : this.completionToken(row.id),
      replayed,
    };
  }
}
