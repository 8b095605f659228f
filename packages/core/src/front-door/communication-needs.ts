/**
 * A person's communication needs (issue 16 item 6): how to speak and write to them wherever they
 * are seen or written to (the episode, the waiting list, the diary, the booking page, letters).
 * Derived from the person's record first, then the answers of their request, since staff keep the
 * record and a request may say more than the record held when it was made. Pure; stored answers
 * are read defensively (they are JSON from the database).
 */
import { ACCESS_NEEDS, type AccessNeed } from './answers.js';

/** How a letter for the person is printed: RNIB Clear Print sizes, or large print. */
export type PrintSize = 'standard' | 'large';

export interface CommunicationNeeds {
  /** Access needs (large print, easy read, BSL interpreter, ...), in the question set's order. */
  readonly needs: readonly AccessNeed[];
  /** The spoken language an interpreter is needed for; null when none is needed. */
  readonly interpreterLanguage: string | null;
  /** The language the person is written to in. */
  readonly writtenLanguage: 'en' | 'cy';
  /** Anything else they said they need, in their words; null when nothing. */
  readonly other: string | null;
  /** Large when they need large print: every letter printed for them follows this. */
  readonly print: PrintSize;
}

/** The communication columns of the person's record (people.access_needs and the rest). */
export interface RecordedCommunication {
  readonly accessNeeds: readonly string[];
  readonly interpreterLanguage: string | null;
  readonly preferredLanguage: 'en' | 'cy';
}

const isAccessNeed = (value: unknown): value is AccessNeed =>
  (ACCESS_NEEDS as readonly unknown[]).includes(value);

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

interface AnsweredCommunication {
  readonly needs: readonly AccessNeed[];
  readonly interpreterLanguage: string | null;
  readonly writtenLanguage: 'en' | 'cy' | null;
  readonly other: string | null;
}

/** What a request's stored answers say (`access` and `preferredLanguage`), whatever their shape. */
function fromAnswers(answers: unknown): AnsweredCommunication {
  const a = (typeof answers === 'object' && answers !== null ? answers : {}) as {
    access?: unknown;
    preferredLanguage?: unknown;
  };
  const access = (typeof a.access === 'object' && a.access !== null ? a.access : {}) as {
    interpreter?: unknown;
    language?: unknown;
    needs?: unknown;
    other?: unknown;
  };
  return {
    needs: Array.isArray(access.needs) ? access.needs.filter(isAccessNeed) : [],
    interpreterLanguage: access.interpreter === true ? text(access.language) : null,
    writtenLanguage:
      a.preferredLanguage === 'en' || a.preferredLanguage === 'cy' ? a.preferredLanguage : null,
    other: text(access.other),
  };
}

/**
 * The person's communication needs: from their record first, then their request's answers.
 *
 * - Needs: every need the record or the request names. A need said anywhere is honoured: the
 *   record is written from the first request, and a later request (or one matched to an existing
 *   person) may add large print; nothing takes a need away yet.
 * - Interpreter: the record's language, else the request's when it asked for an interpreter.
 * - Written language: the record's (kept up to date by intake and booking links), else the
 *   request's, else English.
 * - Other: the request's words (the record has no place for them).
 */
export function communicationNeedsOf(
  person: RecordedCommunication | null | undefined,
  answers: unknown,
): CommunicationNeeds {
  const answered = fromAnswers(answers);
  const named = new Set<AccessNeed>([
    ...(person?.accessNeeds ?? []).filter(isAccessNeed),
    ...answered.needs,
  ]);
  const needs = ACCESS_NEEDS.filter((need) => named.has(need));
  return {
    needs,
    interpreterLanguage: text(person?.interpreterLanguage) ?? answered.interpreterLanguage,
    writtenLanguage: person?.preferredLanguage ?? answered.writtenLanguage ?? 'en',
    other: answered.other,
    print: needs.includes('large_print') ? 'large' : 'standard',
  };
}

/** True when there is anything to tell staff: a need, an interpreter, Welsh, or other words. */
export function hasCommunicationNeeds(needs: CommunicationNeeds): boolean {
  return (
    needs.needs.length > 0 ||
    needs.interpreterLanguage !== null ||
    needs.writtenLanguage === 'cy' ||
    needs.other !== null
  );
}
