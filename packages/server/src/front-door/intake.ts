/**
 * Taking a request in, from any route: in one transaction, and only through the access module,
 * screen its free text (core's safety screen), find or record the person, triage the answers
 * with the red flags ticked and those the screen found, route a safeguarding concern to its lead,
 * store the request with a short reference, record that it was received and queue the person's
 * confirmation. The caller answers the person only after this commits. A retried submission
 * (same idempotency scope and key) returns the first request, never a second one.
 */
import type { Clock } from '@everyday/core';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  adviceFor,
  isWithinOpeningHours,
  londonDateOf,
  makeReference,
  triage,
  type AdviceId,
  type Nation,
  type RedFlag,
  type RequestAnswers,
  type Route,
  type ScreenMatch,
  type ScreenResult,
  type TriageDecision,
  type Urgency,
} from '@everyday/core';
import type { AccessContext, AuditedTransaction, PatientAccess } from '../access/patient-access.js';
import type { Database, RequestRow } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import {
  fillMissingPersonDetails,
  findPerson,
  findPersonByNhsNumber,
  findPersonMatches,
  insertPersonFromRequest,
  keepAddressForLetters,
  recordArea,
  recordEquality,
  setPreferredLanguage,
} from '../people/person.repository.js';
import { resolvePostcode } from '../people/deprivation-lookup.js';
import type { PersonAddress } from '../people/person.repository.js';
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
  requestOrganisation,
  referenceInUse,
} from './request.repository.js';
import { safeguardingLeadFor } from '../safety-net/safeguarding-routing.js';
import { findingsOf, screenRequest, unionOfRedFlags, type ScreenFinding } from './screening.js';

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
  /** A safeguarding concern was found (or marked); the request is routed to its lead. */
  readonly safeguarding: boolean;
  /** What the safety screen found, and where. */
  readonly screen: ScreenFinding[];
  /** The request arrived outside opening hours: the service will see it the next working day. */
  readonly outOfHours: boolean;
  readonly confirmationSent: boolean;
  readonly possibleDuplicates: number;
  /** The suggested pathway. */
  readonly pathway: string;
  /** Lets the person add the rest of their answers to a request saved at the red-flag question. */
  readonly completionToken: string | undefined;
  /** True when this was a retry of a submission already stored. */
  readonly replayed: boolean;
}

/**
 * A step a route adds to intake, run in intake's transaction after the request is stored (and
 * never for a retried submission already stored): a failure in it leaves no request behind.
 */
export type AfterIntake = (
  trx: AuditedTransaction,
  stored: { readonly request: RequestRow; readonly decision: TriageDecision; readonly at: Date },
) => Promise<void>;

/** Fill what a request saved at the red-flag question has not been asked yet, for triage only. */
export function answersForTriage(a: TRequestAnswers | TUrgentAnswers): RequestAnswers {
  const { freeText: _freeText, ...rest } = { freeText: undefined, ...a };
  return {
    areas: [],
    difficulties: '',
    since: 'under_4_weeks',
    impact: 'cannot_do',
    goals: '',
    access: { interpreter: false, needs: [] },
    ...rest,
    // Not asked at the urgent save: an unknown age matches no age condition.
    person: {
      ...a.person,
      dateOfBirth: a.person.dateOfBirth ?? '',
      postcode: a.person.postcode ?? '',
    },
  };
}

const NO_RED_FLAG_NOR_MATCH = new AppError('validation', 'Check the answers shown and try again', {
  fields: [
    {
      path: 'answers.redFlags',
      code: 'required',
      message: 'Choose what applies right now, or tell us what is happening',
    },
  ],
});

/** What every intake route's receipt says: the reference, urgency, advice and the screen's findings. */
export function receiptOf(result: IntakeResult) {
  return {
    id: result.id,
    reference: result.reference,
    urgency: result.urgency,
    advice: result.advice,
    safeguarding: result.safeguarding,
    screen: result.screen,
    outOfHours: result.outOfHours,
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
    private readonly clock: Clock,
  ) {}

  completionToken(requestId: string): string {
    return createHmac('sha256', this.secret).update(`complete:${requestId}`).digest('base64url');
  }

  private tokenMatches(requestId: string, token: string): boolean {
    const expected = Buffer.from(this.completionToken(requestId));
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  async submit(
    context: AccessContext,
    input: IntakeInput,
    after?: AfterIntake,
  ): Promise<IntakeResult> {
    try {
      return await this.submitOnce(context, input, after);
    } catch (err) {
      // Two identical submissions at once on PostgreSQL: the second waits on the unique index,
      // fails when the first commits, and is answered with the first.
      if (!isUniqueViolation(err)) throw err;
      return this.submitOnce(context, input, after);
    }
  }

  private async submitOnce(
    context: AccessContext,
    input: IntakeInput,
    after: AfterIntake | undefined,
  ): Promise<IntakeResult> {
    const { answers } = input;
    const screen = screenRequest(answers);
    // The urgent save is for what cannot wait: a ticked red flag, or free text the screen caught.
    if (!input.complete && answers.redFlags.length === 0 && screen.matches.length === 0)
      throw NO_RED_FLAG_NOR_MATCH;
    const nation = await this.checkPractice(answers.practiceId);
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
        if (existing) return this.result(existing, nation, true);

        const at = this.clock.now();
        const { personId, duplicates } = await this.personFor(trx, input);
        const rules = await activeRuleSet(trx, answers.practiceId);
        // A clinical match is treated exactly as its red flag ticked; triage then says crisis.
        const redFlags = unionOfRedFlags(answers.redFlags, screen.redFlags);
        const decision = triage(
          {
            answers: { ...answersForTriage(answers), redFlags },
            route: input.route,
            today: londonDateOf(at.getTime()),
          },
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
          redFlags,
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
          screen: await this.stored(trx, screen, screen.matches, answers.practiceId),
          receivedAt: at,
        });
        await addRequestEvent(trx, row.id, 'received', input.submittedBy, {
          route: input.route,
          channel: input.channel,
          complete: input.complete,
          ...screenDetails(screen.matches),
        });
        const sent = await this.queueConfirmation(trx, row, answers);
        if (after) await after(trx, { request: row, decision, at });
        return this.result(row, nation, false, sent);
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
        organisation: requestOrganisation(id),
      },
      async (trx) => {
        const row = await findRequest(trx, id);
        if (!row) throw new AppError('not_found', 'No such request');
        const nation = await practiceNation(trx, row.practice_id);
        if (row.complete) return this.result(row, nation, true);
        const at = this.clock.now();
        const screen = screenRequest(answers);
        const earlier = storedMatches(row);
        // Red flags once reported are never dropped: those ticked at the urgent save, those
        // ticked now, and those the screen found in either.
        const ticked = unionOfRedFlags(tickedRedFlags(row), answers.redFlags);
        const redFlags = unionOfRedFlags(row.red_flags, ticked, screen.redFlags);
        const full = { ...answers, redFlags: ticked, practiceId: row.practice_id };
        const rules = await activeRuleSet(trx, row.practice_id);
        const decision = triage(
          { answers: { ...full, redFlags }, route: row.route, today: londonDateOf(at.getTime()) },
          rules,
        );
        const duplicates = await this.completePerson(trx, row, answers, at);
        const matches = [...earlier, ...screen.matches];
        const stored = await this.stored(trx, screen, matches, row.practice_id);
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
          screen: {
            ...stored,
            // A concern raised at the urgent save (or by staff since) stays raised.
            safeguarding: stored.safeguarding || row.safeguarding,
            safeguardingLeadId:
              stored.safeguarding || row.safeguarding
                ? (row.safeguarding_lead_id ?? stored.safeguardingLeadId)
                : null,
          },
          possibleDuplicateIds: [...new Set([...row.possible_duplicate_ids, ...duplicates])],
          at,
        });
        await addRequestEvent(trx, id, 'completed', null, screenDetails(screen.matches));
        const sent = await this.queueConfirmation(trx, updated, full);
        return this.result(updated, nation, false, sent);
      },
    );
  }

  /** The screen's findings as stored, with the safeguarding lead when a concern was found. */
  private async stored(
    trx: AuditedTransaction,
    screen: ScreenResult,
    matches: readonly ScreenMatch[],
    practiceId: string,
  ) {
    const safeguarding = matches.some((m) => m.kind === 'safeguarding');
    return {
      matches,
      version: screen.version,
      safeguarding,
      safeguardingLeadId: safeguarding ? await safeguardingLeadFor(trx, practiceId) : null,
    };
  }

  /**
   * Fill in the person's date of birth (and NHS number, postcode) that the urgent save did not
   * ask; returns people who may be the same person by family name and date of birth.
   */
  private async completePerson(
    trx: AuditedTransaction,
    row: RequestRow,
    answers: TRequestAnswers,
    at: Date,
  ): Promise<string[]> {
    const before = await findPerson(trx, row.person_id);
    if (!before) return [];
    // Asked after the urgent save (issue 16 item 3): the language to write in, where letters go.
    const language = answers.preferredLanguage;
    if (language !== undefined && language !== before.preferred_language)
      await setPreferredLanguage(trx, before.id, language, at);
    const address = addressForLetters(answers.contact);
    if (address) await keepAddressForLetters(trx, before.id, address);
    if (answers.equality) await recordEquality(trx, before.id, answers.equality, at);
    if (before.date_of_birth !== null) return [];
    const person = await fillMissingPersonDetails(trx, row.person_id, {
      dateOfBirth: answers.person.dateOfBirth,
      nhsNumber: answers.person.nhsNumber ?? null,
      postcode: answers.person.postcode,
      at,
    });
    // The postcode asked now is resolved to its area, as at any intake (issue 11 item 3).
    if (person.lsoa_code === null && person.postcode !== null)
      await recordArea(trx, person.id, await resolvePostcode(trx, person.postcode), at);
    const practices = await trx
      .selectFrom('organisations')
      .select('id')
      .where('kind', '=', 'practice')
      .execute();
    const matches = await findPersonMatches(
      trx,
      {
        nhsNumber: answers.person.nhsNumber,
        familyName: person.family_name,
        dateOfBirth: answers.person.dateOfBirth,
      },
      practices.map((p) => p.id),
      person.id,
    );
    return matches.map((m) => m.row.id);
  }

  /** Checks the practice is a member practice; returns its nation (for opening hours). */
  private async checkPractice(practiceId: string): Promise<Nation> {
    const practice = await this.db
      .selectFrom('organisations')
      .select(['id', 'nation'])
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
    return practice.nation;
  }

  private async personFor(
    trx: AuditedTransaction,
    input: IntakeInput,
  ): Promise<{ personId: string; duplicates: string[] }> {
    const { person, contact, access, practiceId, equality } = {
      access: undefined,
      equality: undefined,
      ...input.answers,
    };
    const at = this.clock.now();
    if (input.personId) {
      const chosen = await findPerson(trx, input.personId);
      if (!chosen)
        throw new AppError('validation', 'Check the answers shown and try again', {
          fields: [
            { path: 'personId', code: 'invalid_value', message: 'That person could not be found' },
          ],
        });
      if (equality) await recordEquality(trx, chosen.id, equality, at);
      return { personId: chosen.id, duplicates: [] };
    }
    if (person.nhsNumber) {
      const known = await findPersonByNhsNumber(trx, person.nhsNumber);
      if (known) {
        const address = addressForLetters(contact);
        if (address) await keepAddressForLetters(trx, known.id, address);
        if (equality) await recordEquality(trx, known.id, equality, at);
        return { personId: known.id, duplicates: [] };
      }
    }
    const created = await insertPersonFromRequest(
      trx,
      {
        nhsNumber: person.nhsNumber ?? null,
        givenName: person.givenName,
        familyName: person.familyName,
        dateOfBirth: person.dateOfBirth ?? null,
        practiceId,
        postcode: person.postcode ?? null,
        phone: contact.phone ?? null,
        email: contact.email ?? null,
        preferredContact: contact.preferred,
        preferredLanguage: input.answers.preferredLanguage ?? 'en',
        interpreterLanguage: access?.interpreter ? (access.language ?? null) : null,
        accessNeeds: access?.needs ?? [],
        address: addressForLetters(contact),
        equality,
        // Resolved in this transaction; a postcode not in the lookup is stored as no area and
        // never holds the request up (issue 11 item 3).
        area:
          person.postcode === undefined ? undefined : await resolvePostcode(trx, person.postcode),
      },
      input.submittedBy,
    );
    // Without a date of birth (an urgent save) there is nothing to match on yet: completing the
    // request fills it in and looks again.
    const dateOfBirth = person.dateOfBirth;
    if (dateOfBirth === undefined) return { personId: created.id, duplicates: [] };
    const practices = await trx
      .selectFrom('organisations')
      .select('id')
      .where('kind', '=', 'practice')
      .execute();
    const matches = await findPersonMatches(
      trx,
      { familyName: person.familyName, dateOfBirth },
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

  private result(
    row: RequestRow,
    nation: Nation,
    replayed: boolean,
    confirmationSent?: boolean,
  ): IntakeResult {
    return {
      id: row.id,
      reference: row.reference,
      urgency: row.urgency,
      advice: adviceFor(row.red_flags as RedFlag[], undefined, { safeguarding: row.safeguarding }),
      safeguarding: row.safeguarding,
      screen: findingsOf(storedMatches(row)),
      outOfHours: !isWithinOpeningHours(row.received_at.getTime(), nation),
      confirmationSent: confirmationSent ?? false,
      possibleDuplicates: row.possible_duplicate_ids.length,
      pathway: row.suggested_pathway,
      completionToken: row.complete ? undefined : this.completionToken(row.id),
      replayed,
    };
  }
}

/** The address for letters given with the answers (issue 16 item 3), as the person keeps it. */
function addressForLetters(
  contact: TRequestAnswers['contact'] | TUrgentAnswers['contact'],
): PersonAddress | null {
  const a = 'address' in contact ? contact.address : undefined;
  if (!a) return null;
  return { lines: [a.line1, a.line2, a.town].filter((l) => l !== undefined), postcode: a.postcode };
}

/** The matches stored on a request (JSON written by this module). */
function storedMatches(row: RequestRow): ScreenMatch[] {
  return Array.isArray(row.screen_matches) ? (row.screen_matches as ScreenMatch[]) : [];
}

/** The red flags the person (or staff) ticked, as kept in the answers. */
function tickedRedFlags(row: RequestRow): string[] {
  const answers = row.answers as { redFlags?: unknown };
  return Array.isArray(answers.redFlags) ? (answers.redFlags as string[]) : [];
}

/** For the history: which rules fired (never the person's words). */
function screenDetails(matches: readonly ScreenMatch[]): Record<string, unknown> {
  return matches.length > 0 ? { screen: matches.map((m) => m.rule) } : {};
}

async function practiceNation(trx: AuditedTransaction, practiceId: string): Promise<Nation> {
  const row = await trx
    .selectFrom('organisations')
    .select('nation')
    .where('id', '=', practiceId)
    .executeTakeFirst();
  return row?.nation ?? 'england';
}
