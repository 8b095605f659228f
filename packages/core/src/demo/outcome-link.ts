/**
 * Outcome questionnaires by link between sessions (issue 11 item 1): after the first session the
 * OT sends some people on the mental-health and work pathways a link to the pathway's
 * questionnaires (PHQ-9 and GAD-7; the work-ability questions), and most answer it at home a few
 * days later, before the next session. Their answers lie between where they started and where
 * they will finish, so the record shows a measurement between sessions, as services that review
 * PHQ-9 each session do. Answers only: the server validates and scores them as it does anyone's.
 * Each draw comes from the journey's own stream (`random.fork('outcome-link')` by the caller).
 */
import type { QuestionnaireKind } from '../instruments/questionnaires.js';
import type { Random } from './random.js';
import type { NeedPathway, ServiceParameters } from './service-parameters.js';
import type { Measures, Story } from './simulator.js';

/** The questionnaires an OT sends between sessions, by pathway (none elsewhere). */
export const OUTCOME_LINK_KINDS: Readonly<
  Partial<Record<NeedPathway, readonly QuestionnaireKind[]>>
> = {
  mental_health: ['phq9', 'gad7'],
  work: ['work_ability'],
};

export interface OutcomeLinkPlan {
  readonly kinds: readonly QuestionnaireKind[];
  /** The person's answers, by questionnaire, or null when they never open the link. */
  readonly answers: Readonly<Partial<Record<QuestionnaireKind, Record<string, unknown>>>> | null;
  /** Days after the session that sent it when the person answers (before the next session). */
  readonly answerAfterDays: number;
}

const midway = (a: number, b: number) => Math.round((a + b) / 2);

/** Item answers halfway between the first and last measures (whole numbers on each item). */
export function midwayAnswers(
  kinds: readonly QuestionnaireKind[],
  first: Measures,
  last: Measures,
): Partial<Record<QuestionnaireKind, Record<string, unknown>>> {
  const items = (a: readonly number[], b: readonly number[]) =>
    Object.fromEntries(a.map((v, i) => [`q${String(i + 1)}`, midway(v, b[i] ?? v)]));
  const answers: Partial<Record<QuestionnaireKind, Record<string, unknown>>> = {};
  for (const kind of kinds) {
    if (kind === 'phq9') answers.phq9 = items(first.phq9, last.phq9);
    if (kind === 'gad7') answers.gad7 = items(first.gad7, last.gad7);
    if (kind === 'work_ability')
      answers.work_ability = {
        workStatus: first.workStatus,
        workAbility: midway(first.was, last.was),
      };
  }
  return answers;
}

/**
 * Whether the OT sends a questionnaire link after the first session (only when there will be a
 * second session for it to inform), and whether and when the person answers it.
 */
export function outcomeLinkPlan(
  random: Random,
  params: ServiceParameters,
  need: NeedPathway,
  story: Pick<Story, 'sessions' | 'first' | 'last'>,
): OutcomeLinkPlan | null {
  const kinds = OUTCOME_LINK_KINDS[need];
  if (!kinds || story.sessions < 3) return null;
  if (!random.chance(params.record.outcomeLinkSent.value)) return null;
  const answered = random.chance(params.record.outcomeLinkAnswered.value);
  return {
    kinds,
    answers: answered ? midwayAnswers(kinds, story.first, story.last) : null,
    answerAfterDays: random.int(1, 4),
  };
}
