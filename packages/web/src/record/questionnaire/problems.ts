// A problem with an answer: which questionnaire and item it is on, so it shows beside the item,
// in the error summary, and on check your answers with a link to its page. Its words come from
// the item's own definition (in the language shown), so they follow the language switch.
import type { LocalisedText, QuestionnaireKind } from '@everyday/core';
import { QUESTIONNAIRES } from '@everyday/core';
import type { FieldError } from '../../api-types.js';
import { isQuestionnaireKind } from './steps.js';

/** English or Welsh (these helpers are pure: the page passes the language it shows). */
type Language = keyof LocalisedText;

export interface Problem {
  kind: QuestionnaireKind;
  item: string;
}

/** The element id of an item's field (its fieldset for radios): `phq9-q3`. */
export function fieldId(problem: Problem): string {
  return `${problem.kind}-${problem.item}`;
}

function itemOf(problem: Problem) {
  return QUESTIONNAIRES[problem.kind].items.find((item) => item.id === problem.item);
}

/** The message beside the item: its own error wording. */
export function problemMessage(problem: Problem, language: Language): string {
  return itemOf(problem)?.errorMessage[language] ?? '';
}

export interface SummaryEntry {
  problem: Problem;
  message: string;
  /**
   * The item's words, when another problem in the list has the same message (the PHQ-9 items
   * share one), so each line of the summary says which question it is about.
   */
  question: string | null;
}

/** The error summary's lines for problems, in order. */
export function summaryEntries(problems: readonly Problem[], language: Language): SummaryEntry[] {
  const messages = problems.map((problem) => problemMessage(problem, language));
  return problems.map((problem, index) => {
    const message = messages[index] ?? '';
    const shared = messages.filter((other) => other === message).length > 1;
    return {
      problem,
      message,
      question: shared ? (itemOf(problem)?.text[language] ?? null) : null,
    };
  });
}

export interface ServerProblems {
  problems: Problem[];
  /** Field errors that are not about an item we ask (the server's own words). */
  general: string[];
}

/**
 * The server's field errors (`answers.<kind>.<itemId>`) as problems on their pages. A whole
 * questionnaire missing (`answers.<kind>`) is put on its first item, so its page is shown.
 */
export function serverProblems(
  fields: readonly FieldError[],
  kinds: readonly QuestionnaireKind[],
): ServerProblems {
  const problems: Problem[] = [];
  const general: string[] = [];
  for (const field of fields) {
    const [root, kind, item] = field.path.split('.');
    const known = root === 'answers' && isQuestionnaireKind(kind) && kinds.includes(kind);
    const items = known ? QUESTIONNAIRES[kind].items : [];
    const target = item === undefined ? items[0] : items.find((candidate) => candidate.id === item);
    if (known && target) {
      if (!problems.some((p) => p.kind === kind && p.item === target.id))
        problems.push({ kind, item: target.id });
    } else if (!general.includes(field.message)) {
      general.push(field.message);
    }
  }
  return { problems, general };
}
