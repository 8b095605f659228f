// What the person has answered from one link, kept in sessionStorage under the link's token so
// Back, a refresh or a failed send lose nothing; cleared when the answers are sent.
import type { AdviceId, QuestionnaireKind } from '@everyday/core';
import { ADVICE_IDS, QUESTIONNAIRE_KINDS } from '@everyday/core';
import type { FormValues, ItemValues } from './form-state.js';
import { toItemValues } from './form-state.js';
import type { Problem } from './problems.js';
import { isQuestionnaireKind } from './steps.js';

export interface QuestionnaireDraft {
  version: 1;
  values: FormValues;
  /** The link's language was applied once; after that the person's own choice stands. */
  languageSet: boolean;
  /** Problems found on sending (by us or the server), shown on their pages until put right. */
  pending: Problem[];
  /** The answers were sent: they are forgotten, and the thank-you page can be shown again. */
  completed: boolean;
  /**
   * What to do now, from the receipt: PHQ-9 item 9 above 0 or free text the safety screen
   * matched (issue 9). Shown on the page after sending, first.
   */
  advice: AdviceId[];
}

export const emptyDraft: QuestionnaireDraft = {
  version: 1,
  values: {},
  languageSet: false,
  pending: [],
  completed: false,
  advice: [],
};

export function storageKey(token: string): string {
  return `everyday.questionnaire.${token}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readValues(stored: unknown): FormValues {
  if (!isRecord(stored)) return {};
  const values: Partial<Record<QuestionnaireKind, ItemValues>> = {};
  for (const kind of QUESTIONNAIRE_KINDS) {
    if (isRecord(stored[kind])) values[kind] = toItemValues(kind, stored[kind]);
  }
  return values;
}

function readProblems(stored: unknown): Problem[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item: unknown) =>
    isRecord(item) && isQuestionnaireKind(item.kind) && typeof item.item === 'string'
      ? [{ kind: item.kind, item: item.item }]
      : [],
  );
}

function readAdvice(stored: unknown): AdviceId[] {
  if (!Array.isArray(stored)) return [];
  return ADVICE_IDS.filter((id) => stored.includes(id));
}

/** Reads a stored draft, keeping only what has the expected shape (else starting afresh). */
export function parseDraft(text: string | null): QuestionnaireDraft {
  let stored: unknown = null;
  try {
    stored = text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    stored = null;
  }
  if (!isRecord(stored) || stored.version !== 1) return emptyDraft;
  return {
    version: 1,
    values: readValues(stored.values),
    languageSet: stored.languageSet === true,
    pending: readProblems(stored.pending),
    completed: stored.completed === true,
    advice: readAdvice(stored.advice),
  };
}

/** The draft with one item's answer changed. */
export function withAnswer(
  draft: QuestionnaireDraft,
  kind: QuestionnaireKind,
  item: string,
  value: string,
): QuestionnaireDraft {
  return {
    ...draft,
    values: { ...draft.values, [kind]: { ...draft.values[kind], [item]: value } },
  };
}

/** Sent: the answers and problems are forgotten; the fact of completion and the advice are kept. */
export function completedDraft(
  draft: QuestionnaireDraft,
  advice: readonly AdviceId[] = [],
): QuestionnaireDraft {
  return { ...emptyDraft, languageSet: draft.languageSet, completed: true, advice: [...advice] };
}
