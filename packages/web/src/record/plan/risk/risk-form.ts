// The risk assessment form (acute distress, mental health pathway): its values as typed, from a
// saved assessment, the level Everyday suggests as the answers come in, and the checks (core
// checkRiskAssessment) before the data is sent. Hazard H-301 in docs/clinical-safety.md.
import type {
  DomainRisk,
  Escalation,
  Pathway,
  RiskData,
  RiskDomain,
  RiskLevel,
  RiskPlans,
  RiskThoughts,
  SafetyPlan,
} from '@everyday/core';
import {
  assessedDomains,
  checkRiskAssessment,
  highestLevel,
  RISK_DOMAINS,
  RISK_LEVELS,
  riskDomainsFor,
  STAY_INDEPENDENT_ITEMS,
  suggestRiskLevel,
} from '@everyday/core';
import type { FieldError } from '../../../api-types.js';
import type { DateParts } from '../../../booking/dates.js';
import { isoToDateParts, normaliseTime } from '../../../booking/dates.js';
import type { Checked, YesNo } from '../form-values.js';
import { checked, readDate, readYesNo, text, yesNoOf } from '../form-values.js';
import { problem } from '../plan-errors.js';

/** One risk other than suicide as typed (issue 16 item 7). */
export interface DomainValues {
  present: YesNo;
  level: RiskLevel | '';
  concerns: string;
  plan: string;
}

/** The domains other than suicide, by their field in RiskData. */
export const DOMAIN_FIELDS = {
  falls: 'falls',
  self_neglect: 'selfNeglect',
  safeguarding: 'safeguarding',
} as const;
export type DomainField = (typeof DOMAIN_FIELDS)[keyof typeof DOMAIN_FIELDS];

export interface RiskValues {
  /** The risks this assessment covers: the pathway's (core riskDomainsFor), or the saved entry's. */
  domains: RiskDomain[];
  falls: DomainValues;
  /** The STEADI Stay Independent answers, one per statement ('' not answered). */
  stayIndependent: YesNo[];
  selfNeglect: DomainValues;
  safeguarding: DomainValues;
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

const blankDomain = (): DomainValues => ({ present: '', level: '', concerns: '', plan: '' });

function domainValuesOf(risk: DomainRisk | null | undefined): DomainValues {
  if (!risk) return blankDomain();
  return {
    present: yesNoOf(risk.present),
    level: risk.level ?? '',
    concerns: risk.concerns,
    plan: risk.plan,
  };
}

/**
 * A new assessment, dated today, covering the pathway's risks; the professionals part starts with
 * the services every plan names.
 */
export function newRiskValues(
  today: string,
  professionals: string,
  pathway: Pathway = 'mental_health',
): RiskValues {
  return {
    domains: [...riskDomainsFor(pathway)],
    falls: blankDomain(),
    stayIndependent: STAY_INDEPENDENT_ITEMS.map(() => ''),
    selfNeglect: blankDomain(),
    safeguarding: blankDomain(),
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

/**
 * The form for a saved assessment. Given the episode's pathway, it also covers every risk the
 * pathway asks about that the entry did not (an entry saved before risk domains assessed suicide
 * only): the new version is in the new shape (issue 16 item 7).
 */
export function riskValuesOf(data: RiskData, pathway?: Pathway): RiskValues {
  const at = splitAt(data.escalation.at);
  const screen = data.falls?.stayIndependent;
  return {
    domains: coveringPathway(assessedDomains(data), pathway),
    falls: domainValuesOf(data.falls),
    stayIndependent: STAY_INDEPENDENT_ITEMS.map((_, i) =>
      screen ? yesNoOf(screen[i] ?? false) : '',
    ),
    selfNeglect: domainValuesOf(data.selfNeglect),
    safeguarding: domainValuesOf(data.safeguarding),
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

/**
 * The risks a new assessment covers: the pathway's, and suicide and self-harm too when the record
 * carries a risk flag (PHQ-9 item 9, or the safety screen), whatever the pathway.
 */
export function initialDomains(pathway: Pathway, riskFlagged: boolean): RiskDomain[] {
  return withSuicide(
    [...riskDomainsFor(pathway)],
    riskFlagged || riskDomainsFor(pathway).includes('suicide'),
  );
}

function coveringPathway(domains: readonly RiskDomain[], pathway?: Pathway): RiskDomain[] {
  const wanted = pathway === undefined ? [] : riskDomainsFor(pathway);
  return RISK_DOMAINS.filter((d) => domains.includes(d) || wanted.includes(d));
}

/** The domains with suicide and self-harm added (first, as the form asks it) or taken out. */
export function withSuicide(domains: readonly RiskDomain[], on: boolean): RiskDomain[] {
  const others = domains.filter((d) => d !== 'suicide');
  return on ? ['suicide', ...others] : others;
}

/** Whether this assessment covers suicide and self-harm (and so has a safety plan). */
export function coversSuicide(values: Pick<RiskValues, 'domains'>): boolean {
  return values.domains.includes('suicide');
}

/** The domains other than suicide this assessment covers, with their field. */
export function otherDomains(values: Pick<RiskValues, 'domains'>): DomainField[] {
  return values.domains.flatMap((d) => (d === 'suicide' ? [] : [DOMAIN_FIELDS[d]]));
}

/**
 * The level Everyday suggests once the questions it is based on are answered: the suicide
 * suggestion (when covered) and each present risk's own level, the highest (core's
 * suggestOverallLevel).
 */
export function suggestedLevelOf(values: RiskValues): RiskLevel | null {
  const levels: RiskLevel[] = [];
  if (coversSuicide(values)) {
    const { thoughts, plans, intent, accessToMeans, previousAttempts } = values;
    if (thoughts === '' || plans === '' || intent === '' || accessToMeans === '') return null;
    if (previousAttempts === '') return null;
    levels.push(
      suggestRiskLevel({
        thoughts,
        plans,
        intent: intent === 'yes',
        accessToMeans: accessToMeans === 'yes',
        previousAttempts: previousAttempts === 'yes',
      }),
    );
  }
  for (const field of otherDomains(values)) {
    const domain = values[field];
    if (domain.present === '') return null;
    if (domain.present === 'yes') {
      if (domain.level === '') return null;
      levels.push(domain.level);
    }
  }
  return highestLevel(levels);
}

function readDomain(values: DomainValues, field: DomainField, problems: FieldError[]): DomainRisk {
  const present = readYesNo(values.present, `${field}.present`, problems);
  return {
    present,
    level: present ? (RISK_LEVELS.find((l) => l === values.level) ?? null) : null,
    concerns: present ? text(values.concerns) : '',
    plan: present ? text(values.plan) : '',
  };
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
  const suicide = coversSuicide(values);
  // Suicide questions only where suicide is assessed; otherwise they hold "no risk" (entry-types).
  const asked: FieldError[] = suicide ? problems : [];
  if (suicide && values.thoughts === '') problems.push(problem('thoughts', 'required'));
  if (suicide && values.plans === '') problems.push(problem('plans', 'required'));
  const intent = suicide && readYesNo(values.intent, 'intent', asked);
  const accessToMeans = suicide && readYesNo(values.accessToMeans, 'accessToMeans', asked);
  const previousAttempts = suicide && readYesNo(values.previousAttempts, 'previousAttempts', asked);
  const domains = otherDomains(values);
  const domainRisk = (field: DomainField): DomainRisk | null =>
    domains.includes(field) ? readDomain(values[field], field, problems) : null;
  const falls = domainRisk('falls');
  const selfNeglect = domainRisk('selfNeglect');
  const safeguarding = domainRisk('safeguarding');
  const screened = values.stayIndependent.some((a) => a !== '');
  if (screened && values.stayIndependent.some((a) => a === ''))
    problems.push(problem('falls.stayIndependent', 'required'));
  if (values.level === '') problems.push(problem('level', 'required'));
  if (values.escalationTo === '') problems.push(problem('escalation.to', 'required'));
  const escalating = values.escalationTo !== '' && values.escalationTo !== 'none';
  const at = escalating ? readEscalationAt(values, problems) : null;
  const kept = (typed: string): string => (suicide ? text(typed) : '');
  const data: RiskData = {
    assessedOn,
    thoughts: !suicide || values.thoughts === '' ? 'none' : values.thoughts,
    thoughtsDetail: kept(values.thoughtsDetail),
    plans: !suicide || values.plans === '' ? 'none' : values.plans,
    plansDetail: kept(values.plansDetail),
    intent,
    accessToMeans,
    previousAttempts,
    protectiveFactors: kept(values.protectiveFactors),
    level: values.level === '' ? 'low' : values.level,
    levelReason: text(values.levelReason),
    escalation: {
      to: values.escalationTo === '' ? 'none' : values.escalationTo,
      detail: escalating ? text(values.escalationDetail) : '',
      at,
    },
    safetyPlan: {
      warningSigns: kept(values.safetyPlan.warningSigns),
      copingStrategies: kept(values.safetyPlan.copingStrategies),
      peopleAndPlaces: kept(values.safetyPlan.peopleAndPlaces),
      peopleToAskForHelp: kept(values.safetyPlan.peopleToAskForHelp),
      professionals: kept(values.safetyPlan.professionals),
      keepingSafe: kept(values.safetyPlan.keepingSafe),
    },
    domains: [...values.domains],
    falls: falls && {
      ...falls,
      stayIndependent:
        screened && values.stayIndependent.every((a) => a !== '')
          ? values.stayIndependent.map((a) => a === 'yes')
          : null,
    },
    selfNeglect,
    safeguarding,
  };
  // The clinical rules apply only to what was answered: an unanswered level or escalation is
  // already a problem above and would otherwise be judged on the stand-in values.
  const answered = (field: string): boolean =>
    field === 'levelReason'
      ? values.level !== '' && suggestedLevelOf(values) !== null
      : field.startsWith('escalation')
        ? values.level !== '' && values.escalationTo !== ''
        : // A domain's level and plan, once it is said to be present.
          !field.endsWith('.present');
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
