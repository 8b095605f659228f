/**
 * What the demo OT records beyond contacts, assessments and the COPM goal (issue 11 item 1): a
 * risk assessment at the first session covering the pathway's domains (risk-domains.ts), a
 * Goal Attainment Scaling goal for some people in place of COPM, an AHP Health and Work Report
 * for some people off sick on the work pathway, and the person's answers to the PREM sent at
 * discharge. Answers only, as an OT or the person would give them: the server validates and
 * scores them exactly as it does theirs. Each draw comes from the journey's own stream
 * (`random.fork(...)` by the caller), so adding one never shifts the rest of the simulation.
 */
import type { HealthWorkReportData, GasScore, GoalData, RiskData } from '../record/entry-types.js';
import { riskDomainsFor } from '../record/risk-domains.js';
import { suggestOverallLevel } from '../record/risk.js';
import { addCalendarDays, type CalendarDate } from '../shared/calendar-date.js';
import type { PremExperience } from '../instruments/questionnaires.js';
import type { Random } from './random.js';
import type { NeedPathway, ServiceParameters } from './service-parameters.js';
import type { Measures, Story } from './simulator.js';

const EMPTY_SAFETY_PLAN = {
  warningSigns: '',
  copingStrategies: '',
  peopleAndPlaces: '',
  peopleToAskForHelp: '',
  professionals: '',
  keepingSafe: '',
} as const;

const NO_RISK = { present: false, level: null, concerns: '', plan: '' } as const;

/**
 * The risk assessment at the first session: suicide and self-harm where the pathway asks (a
 * person who scored above 0 on PHQ-9 item 9, or came in crisis, has passive thoughts and a
 * safety plan); falls present, with the STEADI Stay Independent answers, on the frailty and
 * falls pathway; no self-neglect or safeguarding concern. The level is the one Everyday
 * suggests, so the demo never records a level without its reason, and never a high one.
 */
export function demoRiskAssessment(
  random: Random,
  need: NeedPathway,
  crisis: boolean,
  first: Measures,
  on: CalendarDate,
): RiskData {
  const domains = riskDomainsFor(need);
  const suicide = domains.includes('suicide');
  const passive = suicide && (crisis || (first.phq9[8] ?? 0) > 0);
  const fallsPresent =
    need === 'frailty_falls' || (domains.includes('falls') && random.chance(0.3));
  const stayIndependent = Array.from({ length: 12 }, (_, i) =>
    fallsPresent ? random.chance(i < 2 ? 0.7 : 0.4) : random.chance(0.1),
  );
  const base: RiskData = {
    assessedOn: on,
    thoughts: passive ? 'passive' : 'none',
    thoughtsDetail: passive
      ? 'Fleeting thoughts that things would be easier if not here; none today.'
      : '',
    plans: 'none',
    plansDetail: '',
    intent: false,
    accessToMeans: false,
    previousAttempts: false,
    protectiveFactors: suicide ? 'Family close by; wants to get back to what matters to them.' : '',
    level: 'low',
    levelReason: '',
    escalation: { to: 'none', detail: '', at: null },
    safetyPlan: passive
      ? {
          warningSigns: 'Not sleeping, staying in bed, stopping replying to messages.',
          copingStrategies: 'A walk round the park; music; the breathing exercise practised today.',
          peopleAndPlaces: 'Sister’s house; the community café on Tuesdays.',
          peopleToAskForHelp: 'Sister; a friend from work.',
          professionals: 'GP practice in hours; NHS 111 option 2 at any time; Samaritans 116 123.',
          keepingSafe: 'Medicines kept by the sister for now.',
        }
      : EMPTY_SAFETY_PLAN,
    domains,
    falls: domains.includes('falls')
      ? fallsPresent
        ? {
            present: true,
            level: need === 'frailty_falls' && first.cfs >= 6 ? 'moderate' : 'low',
            concerns: 'Unsteady on the stairs and getting out of the bath; worried about falling.',
            plan: 'Strength and balance programme; grab rails and a bath board ordered.',
            stayIndependent,
          }
        : { ...NO_RISK, stayIndependent }
      : null,
    selfNeglect: domains.includes('self_neglect') ? NO_RISK : null,
    safeguarding: domains.includes('safeguarding') ? NO_RISK : null,
  };
  return { ...base, level: suggestOverallLevel(base) };
}

/** Whether this person's goal is measured by GAS rather than COPM (a share of goals). */
export function usesGas(random: Random, params: ServiceParameters): boolean {
  return random.chance(params.record.gasGoals.value);
}

/** The GAS set-up of a goal (Turner-Stokes 2009: importance and difficulty 0–3, baseline −1 or −2). */
export function demoGasGoal(random: Random): NonNullable<GoalData['gas']> {
  return {
    importance: random.int(1, 3),
    difficulty: random.int(1, 3),
    baseline: random.chance(0.6) ? -1 : -2,
    expected: 'Doing it on most days, with the strategies agreed, without help from others.',
  };
}

/**
 * The GAS level reached at the last review: around the expected level (0) for most, above it
 * for some, below it for some, and back at the baseline or worse for people who got worse.
 */
export function demoGasScore(
  random: Random,
  story: Pick<Story, 'worse'>,
  baseline: -1 | -2,
): GasScore {
  if (story.worse) return random.chance(0.5) ? baseline : -2;
  return random.weighted<GasScore>([
    [-1, 0.15],
    [0, 0.5],
    [1, 0.25],
    [2, 0.1],
  ]);
}

/** Whether a person off sick on the work pathway is given a Health and Work Report. */
export function givesHealthWorkReport(
  random: Random,
  params: ServiceParameters,
  need: NeedPathway,
  first: Measures,
): boolean {
  return (
    need === 'work' &&
    first.workStatus === 'sick_leave_fit_note' &&
    random.chance(params.record.healthWorkReportWhenOffSick.value)
  );
}

/** The AHP Health and Work Report the OT issues at the first session (INSTRUMENTS.md §10). */
export function demoHealthWorkReport(
  random: Random,
  on: CalendarDate,
  practitioner: HealthWorkReportData['practitioner'],
): HealthWorkReportData {
  const weeks = random.int(2, 6);
  const review = addCalendarDays(on, weeks * 7);
  const phased = random.chance(0.7);
  return {
    advice: 'may_be_fit',
    options: {
      phasedReturn: phased,
      amendedDuties: random.chance(0.5),
      alteredHours: !phased || random.chance(0.4),
      workplaceAssessment: random.chance(0.3),
    },
    functionalEffects:
      'Tires quickly and finds it hard to concentrate for long; manages short tasks with breaks.',
    difficulties: [
      {
        difficulty: 'Concentrating through a full shift',
        recommendation: 'Start with half days and a break every hour, building up over the period.',
      },
      {
        difficulty: 'Travelling at rush hour',
        recommendation: 'Start and finish outside peak hours for the period of this report.',
      },
    ],
    period: { from: on, to: review },
    review: { required: true, date: review },
    practitioner,
    assessedOn: on,
    issuedOn: on,
    comments: null,
  };
}

const PREM_REASONS: Readonly<Record<'positive' | 'negative', readonly string[]>> = {
  positive: [
    'Listened to me and gave me things I could actually do.',
    'Quick to see me and very practical.',
    'I feel more confident at home now.',
    '',
    '',
  ],
  negative: ['Had to wait too long for the first appointment.', 'The sessions were too short.', ''],
};

/**
 * Whether the person answers the PREM sent at discharge, and if so their answers: "very good" or
 * "good" for most (fewer for people who got worse), a short reason for some.
 */
export function demoPremAnswers(
  random: Random,
  params: ServiceParameters,
  story: Pick<Story, 'worse'>,
): { experience: PremExperience; why: string } | null {
  if (!random.chance(params.record.premResponse.value)) return null;
  const positive = params.record.premPositive.value * (story.worse ? 0.6 : 1);
  const experience: PremExperience = random.chance(positive)
    ? random.chance(0.75)
      ? 'very_good'
      : 'good'
    : random.weighted<PremExperience>([
        ['neither', 0.5],
        ['poor', 0.3],
        ['very_poor', 0.1],
        ['dont_know', 0.1],
      ]);
  const positiveAnswer = experience === 'very_good' || experience === 'good';
  return { experience, why: random.pick(PREM_REASONS[positiveAnswer ? 'positive' : 'negative']) };
}
