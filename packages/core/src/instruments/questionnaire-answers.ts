/**
 * Checking and scoring a self-completed questionnaire (questionnaires.ts). Validation is driven
 * by the item definitions, so a form and its checks cannot drift apart; it never throws, and
 * returns one error per item at fault, keyed by the item's id. Scoring uses each instrument's
 * scorer (and cites it there).
 */
import type { LocalisedText } from '../shared/localised-text.js';
import { Eq5dError, eq5dState, type Eq5d5lProfile, type Eq5dErrorCode } from './eq5d-profile.js';
import type { Eq5dDemographics } from './eq5d-dsu.js';
import { eq5dIndex, type Eq5dIndex } from './eq5d.js';
import { scoreGad7, type Gad7Score } from './gad7.js';
import { scorePhq9, type Phq9Score } from './phq9.js';
import {
  QUESTIONNAIRES,
  type PremExperience,
  type QuestionnaireItem,
  type QuestionnaireKind,
} from './questionnaires.js';
import { workAbilityBand, type WorkAbilityBand, type WorkStatus } from './work-ability.js';

/** PHQ/GAD answer: 0 not at all, 1 several days, 2 more than half the days, 3 nearly every day. */
export type FrequencyAnswer = 0 | 1 | 2 | 3;

export interface Eq5d5lQuestionnaireAnswers extends Eq5d5lProfile {
  /** EQ VAS, 0–100. */
  readonly vas: number;
}

export type Phq9QuestionnaireAnswers = {
  readonly [K in `q${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`]: FrequencyAnswer;
} & { readonly difficulty?: FrequencyAnswer };

export type Gad7QuestionnaireAnswers = {
  readonly [K in `q${1 | 2 | 3 | 4 | 5 | 6 | 7}`]: FrequencyAnswer;
} & { readonly difficulty?: FrequencyAnswer };

export interface WorkAbilityQuestionnaireAnswers {
  readonly workStatus: WorkStatus;
  /** Work Ability Score, 0–10. */
  readonly workAbility: number;
}

export interface PremQuestionnaireAnswers {
  readonly experience: PremExperience;
  /** Free text, trimmed; absent when left blank. */
  readonly why?: string;
}

/** The checked answers of each questionnaire, keyed by item id. */
export interface QuestionnaireAnswers {
  readonly eq5d5l: Eq5d5lQuestionnaireAnswers;
  readonly phq9: Phq9QuestionnaireAnswers;
  readonly gad7: Gad7QuestionnaireAnswers;
  readonly work_ability: WorkAbilityQuestionnaireAnswers;
  readonly prem: PremQuestionnaireAnswers;
}

export interface Eq5d5lQuestionnaireScores {
  readonly state: string;
  readonly vas: number;
  /** UK 2026 and England 2018 always; the NICE DSU mapping too when age and sex were given. */
  readonly indices: readonly Eq5dIndex[];
  /** Why the DSU index is missing although age or sex was given (e.g. under 18, no sex). */
  readonly dsuProblem: Eq5dErrorCode | null;
}

export interface WorkAbilityQuestionnaireScores {
  readonly workStatus: WorkStatus;
  readonly score: number;
  /** ⚠ WAS bands are a convention not verified against a primary source (work-ability.ts). */
  readonly band: WorkAbilityBand;
}

/** What scoring each questionnaire gives; the PREM has no score. */
export interface QuestionnaireScores {
  readonly eq5d5l: Eq5d5lQuestionnaireScores;
  readonly phq9: Phq9Score;
  readonly gad7: Gad7Score;
  readonly work_ability: WorkAbilityQuestionnaireScores;
  readonly prem: null;
}

/**
 * What may be known about the person when scoring. The NICE DSU EQ-5D mapping needs both age
 * and sex; with only one of them its index is left out and `dsuProblem` says why.
 */
export interface QuestionnaireDemographics {
  readonly age?: number | null;
  readonly sex?: 'male' | 'female' | null;
}

export interface QuestionnaireFieldError {
  /** The item id. */
  readonly field: string;
  readonly message: LocalisedText;
}

export type QuestionnaireValidation<K extends QuestionnaireKind> =
  | { readonly ok: true; readonly answers: QuestionnaireAnswers[K] }
  | { readonly ok: false; readonly errors: readonly QuestionnaireFieldError[] };

const WHOLE_NUMBER = /^\d{1,9}$/;

/** A number as given, or a whole number sent as form text ("3"). */
function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && WHOLE_NUMBER.test(value.trim())) return Number(value.trim());
  return undefined;
}

type Checked = { readonly value: number | string | undefined } | 'invalid';

function checkItem(item: QuestionnaireItem, raw: unknown): Checked {
  const blank = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
  if (blank) return item.optional === true ? { value: undefined } : 'invalid';
  switch (item.kind) {
    case 'choice': {
      const option = (item.options ?? []).find((o) =>
        typeof o.value === 'number' ? asNumber(raw) === o.value : raw === o.value,
      );
      return option ? { value: option.value } : 'invalid';
    }
    case 'scale': {
      const n = asNumber(raw);
      const inRange =
        n !== undefined &&
        Number.isInteger(n) &&
        n >= (item.min ?? Number.NEGATIVE_INFINITY) &&
        n <= (item.max ?? Number.POSITIVE_INFINITY);
      return inRange ? { value: n } : 'invalid';
    }
    case 'text': {
      if (typeof raw !== 'string') return 'invalid';
      const text = raw.trim();
      return text.length <= (item.maxLength ?? Number.POSITIVE_INFINITY)
        ? { value: text }
        : 'invalid';
    }
  }
}

/**
 * Check a person's raw answers (a form post or JSON: numbers may arrive as text) against a
 * questionnaire's items. Unknown keys are ignored. Never throws: anything that is not an object
 * is treated as no answers, and every required item is reported.
 */
export function validateQuestionnaire<K extends QuestionnaireKind>(
  kind: K,
  raw: unknown,
): QuestionnaireValidation<K> {
  const definition = QUESTIONNAIRES[kind];
  const given: Readonly<Record<string, unknown>> =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : {};
  const answers: Record<string, number | string> = {};
  const errors: QuestionnaireFieldError[] = [];
  for (const item of definition.items) {
    const checked = checkItem(item, Object.hasOwn(given, item.id) ? given[item.id] : undefined);
    if (checked === 'invalid') errors.push({ field: item.id, message: item.errorMessage });
    else if (checked.value !== undefined) answers[item.id] = checked.value;
  }
  if (errors.length > 0) return { ok: false, errors };
  // The loop above checked every item against its definition, which matches the answer type.
  return { ok: true, answers: answers as unknown as QuestionnaireAnswers[K] };
}

function scoreEq5d5l(
  answers: Eq5d5lQuestionnaireAnswers,
  demographics: QuestionnaireDemographics | undefined,
): Eq5d5lQuestionnaireScores {
  const { vas, ...profile } = answers;
  const indices = [eq5dIndex(profile, 'UK_5L_2026'), eq5dIndex(profile, 'ENGLAND_5L_2018')];
  let dsuProblem: Eq5dErrorCode | null = null;
  const { age = null, sex = null } = demographics ?? {};
  if (age !== null || sex !== null) {
    try {
      const known: Eq5dDemographics | null = age !== null && sex !== null ? { age, sex } : null;
      indices.push(eq5dIndex(profile, 'NICE_DSU_5L_TO_3L', known));
    } catch (error) {
      if (!(error instanceof Eq5dError)) throw error;
      dsuProblem = error.code;
    }
  }
  return { state: eq5dState(profile), vas, indices, dsuProblem };
}

const SCORERS: {
  readonly [K in QuestionnaireKind]: (
    answers: QuestionnaireAnswers[K],
    demographics: QuestionnaireDemographics | undefined,
  ) => QuestionnaireScores[K];
} = {
  eq5d5l: scoreEq5d5l,
  phq9: (a) => scorePhq9([a.q1, a.q2, a.q3, a.q4, a.q5, a.q6, a.q7, a.q8, a.q9]),
  gad7: (a) => scoreGad7([a.q1, a.q2, a.q3, a.q4, a.q5, a.q6, a.q7]),
  work_ability: (a) => ({
    workStatus: a.workStatus,
    score: a.workAbility,
    band: workAbilityBand(a.workAbility),
  }),
  prem: () => null,
};

/**
 * Score checked answers: EQ-5D-5L indices (UK 2026, England 2018, and the NICE DSU mapping when
 * both age and sex are given; see QuestionnaireDemographics), PHQ-9 and GAD-7 totals, bands
 * and the item 9 flag, the WAS band; the PREM has none (null). Throws the instrument's
 * InstrumentInputError on answers that did not come through validateQuestionnaire and are out
 * of range.
 */
export function scoreQuestionnaire<K extends QuestionnaireKind>(
  kind: K,
  answers: QuestionnaireAnswers[K],
  demographics?: QuestionnaireDemographics,
): QuestionnaireScores[K] {
  return SCORERS[kind](answers, demographics);
}
