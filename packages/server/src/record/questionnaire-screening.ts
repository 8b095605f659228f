/**
 * The safety screen on questionnaires answered at home (issue 9, item 6): every free-text answer
 * is read by core's screen. PHQ-9 item 9 above 0, or a match, gives the person the advice at once
 * (the receipt's `advice`); a match also flags the entry for the episode's OT the way item 9
 * does (a `screen_match` flag in its scores) and keeps the matches with the entry.
 */
import {
  adviceFor,
  SAFETY_SCREEN_VERSION,
  screenFields,
  type AdviceId,
  type QuestionnaireKind,
  type RedFlag,
  type ScreenMatch,
} from '@everyday/core';

export interface ScreenedQuestionnaire {
  readonly kind: QuestionnaireKind;
  readonly answers: unknown;
  /** Scores with `flags` (and, when the screen matched, `screen` and the `screen_match` flag). */
  readonly scores: unknown;
  readonly matches: readonly ScreenMatch[];
}

/** The free-text answers of one questionnaire, keyed `answers.<kind>.<item>`. */
export function freeTextOfQuestionnaire(
  kind: QuestionnaireKind,
  answers: unknown,
): Record<string, string> {
  if (answers === null || typeof answers !== 'object') return {};
  return Object.fromEntries(
    Object.entries(answers as Record<string, unknown>).flatMap(([item, value]) =>
      typeof value === 'string' && value.trim() !== '' ? [[`answers.${kind}.${item}`, value]] : [],
    ),
  );
}

function flagsOf(scores: unknown): string[] {
  const flags = (scores as { flags?: unknown } | null)?.flags;
  return Array.isArray(flags) ? flags.filter((f): f is string => typeof f === 'string') : [];
}

/** Screen one scored questionnaire: its scores gain the match flag and the matches. */
export function screenQuestionnaire(q: {
  kind: QuestionnaireKind;
  answers: unknown;
  scores: unknown;
}): ScreenedQuestionnaire {
  const result = screenFields(freeTextOfQuestionnaire(q.kind, q.answers));
  if (result.matches.length === 0) return { ...q, matches: [] };
  const scores = (q.scores ?? {}) as Record<string, unknown>;
  return {
    ...q,
    scores: {
      ...scores,
      flags: [...new Set([...flagsOf(scores), 'screen_match'])],
      screen: { version: result.version, matches: result.matches },
    },
    matches: result.matches,
  };
}

export interface QuestionnaireSafety {
  readonly advice: AdviceId[];
  readonly safeguarding: boolean;
  /** The red flags found: the screen's clinical matches, and self_harm_thoughts for item 9. */
  readonly redFlags: RedFlag[];
  /** PHQ-9 item 9 was answered above 0 (the person's own answer, as a red flag ticked). */
  readonly itemNine: boolean;
  /** Every match, across the questionnaires, and the screen's version. */
  readonly matches: ScreenMatch[];
  readonly screenVersion: string;
}

/** What the person is told at once: PHQ-9 item 9 counts as thoughts of self-harm. */
export function questionnaireSafety(
  screened: readonly ScreenedQuestionnaire[],
): QuestionnaireSafety {
  const matches = screened.flatMap((s) => s.matches);
  const redFlags = new Set<RedFlag>(matches.flatMap((m) => (m.redFlag ? [m.redFlag] : [])));
  const itemNine = screened.some((s) => flagsOf(s.scores).includes('phq9_item9'));
  if (itemNine) redFlags.add('self_harm_thoughts');
  const safeguarding = matches.some((m) => m.kind === 'safeguarding');
  return {
    advice: adviceFor([...redFlags], undefined, { safeguarding }),
    safeguarding,
    redFlags: [...redFlags],
    itemNine,
    matches,
    screenVersion: SAFETY_SCREEN_VERSION,
  };
}
