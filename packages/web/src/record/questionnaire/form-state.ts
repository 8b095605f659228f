// A questionnaire's answers as the form holds them (text, as typed or chosen, by item id) and as
// they are sent (checked by the same validateQuestionnaire the server uses), and how each item
// is asked and shown back.
import type { LocalisedText, QuestionnaireItem, QuestionnaireKind } from '@everyday/core';
import { QUESTIONNAIRES, validateQuestionnaire } from '@everyday/core';
import type { Problem } from './problems.js';

/** English or Welsh (these helpers are pure: the page passes the language it shows). */
type Language = keyof LocalisedText;

/** One questionnaire's answers in the form: item id → text ('' when not answered). */
export type ItemValues = Readonly<Record<string, string>>;

/** Every questionnaire's answers in the form. */
export type FormValues = Readonly<Partial<Record<QuestionnaireKind, ItemValues>>>;

/** The form's text for an answer: 3 → "3", "very_good" stays, anything else → "". */
export function formValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** Form values of one questionnaire from answers (stored or sent): its own items only, as text. */
export function toItemValues(kind: QuestionnaireKind, answers: unknown): ItemValues {
  const given =
    typeof answers === 'object' && answers !== null && !Array.isArray(answers)
      ? (answers as Record<string, unknown>)
      : {};
  const values: Record<string, string> = {};
  for (const item of QUESTIONNAIRES[kind].items) {
    const value = formValue(Object.hasOwn(given, item.id) ? given[item.id] : undefined);
    if (value !== '') values[item.id] = value;
  }
  return values;
}

/** The problems with one questionnaire's answers, in the order of its items. */
export function problemsOf(kind: QuestionnaireKind, values: ItemValues | undefined): Problem[] {
  const result = validateQuestionnaire(kind, values ?? {});
  return result.ok ? [] : result.errors.map((error) => ({ kind, item: error.field }));
}

export type AnswersToSend =
  | { ok: true; answers: Partial<Record<QuestionnaireKind, unknown>> }
  | { ok: false; problems: Problem[] };

/** The checked answers of every questionnaire in the link, or all their problems in order. */
export function answersToSend(
  kinds: readonly QuestionnaireKind[],
  values: FormValues,
): AnswersToSend {
  const answers: Partial<Record<QuestionnaireKind, unknown>> = {};
  const problems: Problem[] = [];
  for (const kind of kinds) {
    const result = validateQuestionnaire(kind, values[kind] ?? {});
    if (result.ok) answers[kind] = result.answers;
    else problems.push(...result.errors.map((error) => ({ kind, item: error.field })));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, answers };
}

export type ItemControl = 'radios' | 'scale-radios' | 'number' | 'text';

/** The most whole numbers a scale offers as radios; a longer scale (the EQ VAS) is typed. */
const MOST_SCALE_RADIOS = 11;

/** How an item is asked: radios, a short scale as inline radios, a number box, or a text area. */
export function controlOf(item: QuestionnaireItem): ItemControl {
  switch (item.kind) {
    case 'choice':
      return 'radios';
    case 'text':
      return 'text';
    case 'scale': {
      const count = (item.max ?? Infinity) - (item.min ?? -Infinity) + 1;
      return count <= MOST_SCALE_RADIOS ? 'scale-radios' : 'number';
    }
  }
}

/** The choices of an item as radio values and labels (a short scale's numbers as themselves). */
export function itemChoices(
  item: QuestionnaireItem,
  language: Language,
): { value: string; label: string }[] {
  if (item.kind === 'scale') {
    const min = item.min ?? 0;
    const count = Math.max(0, (item.max ?? min) - min + 1);
    return Array.from({ length: count }, (_, i) => String(min + i)).map((n) => ({
      value: n,
      label: n,
    }));
  }
  return (item.options ?? []).map((option) => ({
    value: String(option.value),
    label: option.text[language],
  }));
}

/** An answer as check your answers shows it: the option's words, the number or the text; null when blank. */
export function answerText(
  item: QuestionnaireItem,
  value: string,
  language: Language,
): string | null {
  const text = value.trim();
  if (text === '') return null;
  if (item.kind === 'choice') {
    const option = (item.options ?? []).find((o) => String(o.value) === text);
    return option ? option.text[language] : text;
  }
  return text;
}
