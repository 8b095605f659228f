/**
 * The safety screen as the front door uses it: every free-text answer a request carries is read
 * by core's screen (`screenFields`), whichever route it came by. A clinical match stands for its
 * red flag, exactly as if it had been ticked; a safeguarding match marks the request.
 */
import {
  RED_FLAGS,
  freeTextOfAnswers,
  screenFields,
  type RedFlag,
  type ScreenMatch,
  type ScreenResult,
} from '@everyday/core';
import type { TRequestAnswers, TUrgentAnswers } from './answers.schema.js';

/** The free text of full or urgent answers, keyed by field (`freeText.*` on the urgent save). */
export function freeTextOfRequest(
  answers: TRequestAnswers | TUrgentAnswers,
): Record<string, string | undefined> {
  if ('freeText' in answers || !('difficulties' in answers)) {
    const free = 'freeText' in answers ? answers.freeText : undefined;
    return {
      'freeText.difficulties': free?.difficulties,
      'freeText.goals': free?.goals,
    };
  }
  return freeTextOfAnswers(answers);
}

/** Screen a request's answers. */
export function screenRequest(answers: TRequestAnswers | TUrgentAnswers): ScreenResult {
  return screenFields(freeTextOfRequest(answers));
}

/** Red flags, each once, in RED_FLAGS order. */
export function unionOfRedFlags(...lists: readonly (readonly string[])[]): RedFlag[] {
  const wanted = new Set(lists.flat());
  return RED_FLAGS.filter((f) => wanted.has(f));
}

/** What a receipt says of a match: no offsets or reasons, just what was found and where. */
export interface ScreenFinding {
  readonly rule: string;
  readonly category: ScreenMatch['category'];
  readonly words: string;
  readonly field: string;
}

export function findingsOf(matches: readonly ScreenMatch[]): ScreenFinding[] {
  return matches.map((m) => ({
    rule: m.rule,
    category: m.category,
    words: m.words,
    field: m.field,
  }));
}
