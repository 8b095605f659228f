// The risk assessment form (acute distress, mental health pathway): its values as typed, from a
// saved assessment, the level Everyday suggests as the answers come in, and the checks (core
// checkRiskAssessment) before the data is sent. Hazard H-301 in docs/clinical-safety.md.
import type {
  Escalation,
  RiskData,
  RiskLevel,
  RiskPlans,
  RiskThoughts,
  SafetyPlan,
} from '@everyday/core';
import { checkRiskAssessment, suggestRiskLevel } from '@everyday/core';
import type { FieldError } from '../../../api-types.js';
import type { DateParts } from '../../../booking/dates.js';
import { isoToDateParts, normaliseTime } from '../../../booking/dates.js';
import type { Checked, YesNo } from '../form-values.js';
import { checked, readDate, readYesNo, text, yesNoOf } from '../form-values.js';
import { problem } from '../plan-errors.js';

export interface RiskValues {
  assessedOn: DateParts;
  thoughts: RiskThoughts | '';
  thoughtsDetail: string;
  plans: RiskPlans | '';
  plansDetail: string;
  intent: YesNo;
  accessToMeans: YesNo;
  previousAttempts: YesNo;
  protectiveFactors: string;
  level: RiskLevel | '';
  levelReason: string;
  escalationTo: Escalation | '';
  escalationDetail: string;
  escalationOn: DateParts;
  /** HH:MM, optional. */
  escalationTime: string;
  safetyPlan: SafetyPlan;
}

export const SAFETY_PLAN_FIELDS = [
  'warningSigns',
  'copingStrategies',
  'peopleAndPlaces',
  'peopleToAskForHelp',
  'professionals',
  'keepingSafe',
] as const satisfies readonly (keyof SafetyPlan)[];

/** A new assessment, dated today; the professionals part starts with the services every plan names. */
export function newRiskValues(today: string, professionals: string): RiskValues {
  return {
    assessedOn: isoToDateParts(today),
    thoughts: '',
    thoughtsDetail: '',
    plans: '',
    plansDetail: '',
    intent: '',
    accessToMeans: '',
    previousAttempts: '',
    protectiveFactors: '',
    level: '',
    levelReason: '',
    escalationTo: '',
    escalationDetail: '',
    escalationOn: isoToDateParts(null),
    escalationTime: '',
    safetyPlan: {
      warningSigns: '',
      copingStrategies: '',
      peopleAndPlaces: '',
      peopleToAskForHelp: '',
      professionals,
      keepingSafe: '',
    },
  };
}

/** `2026-05-01T14:30` (or just the date) as its date and time parts. */
function splitAt(at: string | null): { on: string | null; time: string } {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(at ?? '');
  return { on: match?.[1] ?? null, time: match?.[2] ?? '' };
}

export function riskValuesOf(data: RiskData): RiskValues {
  const at = splitAt(data.escalation.at);
  return {
    assessedOn: isoToDateParts(data.assessedOn),
    thoughts: data.thoughts,
    thoughtsDetail: data.thoughtsDetail,
    plans: data.plans,
    plansDetail: data.plansDetail,
    intent: yesNoOf(data.intent),
    accessToMeans: yesNoOf(data.accessToMeans),
    previousAttempts: yesNoOf(data.previousAttempts),
    protectiveFactors: data.protectiveFactors,
    level: data.level,
    levelReason: data.levelReason,
    escalationTo: data.escalation.to,
    escalationDetail: data.escalation.detail,
    escalationOn: isoToDateParts(at.on),
    escalationTime: at.time,
    safetyPlan: { ...data.safetyPlan },
  };
}

/** The level Everyday suggests once the five questions it is based on are answered. */
export function suggestedLevelOf(values: RiskValues): RiskLevel | null {
  const { thoughts, plans, intent, accessToMeans, previousAttempts } = values;
  if (thoughts === '' || plans === '' || intent === '' || accessToMeans === '') return null;
  if (previousAttempts === '') return null;
  return suggestRiskLevel({
    thoughts,
    plans,
    intent: intent === 'yes',
    accessToMeans: accessToMeans === 'yes',
    previousAttempts: previousAttempts === 'yes',
  });
}

/** The confirmed level differs from the suggestion, so a reason is asked for. */
export function levelDiffers(values: RiskValues): boolean {
  const suggested = suggestedLevelOf(values);
  return suggested !== null && values.level !== '' && values.level !== suggested;
}

/** When the escalation happened or is due: the date, with the time when one was given. */
function readEscalationAt(values: RiskValues, problems: FieldError[]): string | null {
  const on = readDate(values.escalationOn, 'escalation.at', problems, false);
  const typed = values.escalationTime.trim();
  if (typed === '') return on;
  const time = normaliseTime(typed);
  if (time === null) {
    problems.push(problem('escalation.at', 'invalid_time'));
    return null;
  }
  if (on === null) {
    problems.push(problem('escalation.at', 'required'));
    return null;
  }
  return `${on}T${time}`;
}

/** The assessment to send, or what is wrong with it (the server checks the same rules again). */
export function checkRisk(values: RiskValues): Checked<RiskData> {
  const problems: FieldError[] = [];
  const assessedOn = readDate(values.assessedOn, 'assessedOn', problems) ?? '';
  if (values.thoughts === '') problems.push(problem('thoughts', 'required'));
  if (values.plans === '') problems.push(problem('plans', 'required'));
  const intent = readYesNo(values.intent, 'intent', problems);
  const accessToMeans = readYesNo(values.accessToMeans, 'accessToMeans', problems);
  const previousAttempts = readYesNo(values.previousAttempts, 'previousAttempts', problems);
  if (values.level === '') problems.push(problem('level', 'required'));
  if (values.escalationTo === '') problems.push(problem('escalation.to', 'required'));
  const escalating = values.escalationTo !== '' && values.escalationTo !== 'none';
  const at = escalating ? readEscalationAt(values, problems) : null;
  const data: RiskData = {
    assessedOn,
    thoughts: values.thoughts === '' ? 'none' : values.thoughts,
    thoughtsDetail: text(values.thoughtsDetail),
    plans: values.plans === '' ? 'none' : values.plans,
    plansDetail: text(values.plansDetail),
    intent,
    accessToMeans,
    previousAttempts,
    protectiveFactors: text(values.protectiveFactors),
    level: values.level === '' ? 'low' : values.level,
    levelReason: text(values.levelReason),
    escalation: {
      to: values.escalationTo === '' ? 'none' : values.escalationTo,
      detail: escalating ? text(values.escalationDetail) : '',
      at,
    },
    safetyPlan: {
      warningSigns: text(values.safetyPlan.warningSigns),
      copingStrategies: text(values.safetyPlan.copingStrategies),
      peopleAndPlaces: text(values.safetyPlan.peopleAndPlaces),
      peopleToAskForHelp: text(values.safetyPlan.peopleToAskForHelp),
      professionals: text(values.safetyPlan.professionals),
      keepingSafe: text(values.safetyPlan.keepingSafe),
    },
  };
  // The clinical rules apply only to what was answered: an unanswered level or escalation is
  // already a problem above and would otherwise be judged on the stand-in values.
  const answered = (field: string): boolean =>
    field === 'levelReason'
      ? values.level !== '' && suggestedLevelOf(values) !== null
      : values.level !== '' && values.escalationTo !== '';
  for (const found of checkRiskAssessment(data))
    if (answered(found.field)) problems.push(problem(found.field, found.problem));
  return checked(data, problems);
}

export type RiskDifference = keyof SafetyPlan | 'level' | 'escalation' | 'assessment';

/**
 * What someone else's saved version says differently from the form, for the "it changed while
 * you were writing" notice: the level, escalation, the rest of the assessment, each plan part.
 */
export function riskDifferences(mine: RiskData, theirs: RiskData): RiskDifference[] {
  const differences: RiskDifference[] = [];
  if (mine.level !== theirs.level || mine.levelReason !== theirs.levelReason)
    differences.push('level');
  if (JSON.stringify(mine.escalation) !== JSON.stringify(theirs.escalation))
    differences.push('escalation');
  const assessment = [
    'assessedOn',
    'thoughts',
    'thoughtsDetail',
    'plans',
    'plansDetail',
    'intent',
    'accessToMeans',
    'previousAttempts',
    'protectiveFactors',
  ] as const;
  if (assessment.some((field) => mine[field] !== theirs[field])) differences.push('assessment');
  for (const field of SAFETY_PLAN_FIELDS)
    if (mine.safetyPlan[field] !== theirs.safetyPlan[field]) differences.push(field);
  return differences;
}
