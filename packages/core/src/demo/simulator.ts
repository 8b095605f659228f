/**
 * The living demo's rules (issue 11 item 1), pure: given the service's parameters and a seeded
 * random stream, who arrives on a day, by which route and with what answers (answers the real
 * question set accepts); what the OT will decide; how many sessions the episode takes and
 * whether the person comes to each; what the instruments' answers are at the first and the last
 * assessment, so that on the whole the change resembles the seeds' services, with spread and
 * some people who get worse; and what the discharge says was avoided. Scores are never drawn:
 * only answers, which the server scores. The server's writer (server/src/demo/) plays these
 * through the real use cases; nothing here reads a clock or a database.
 */
import type { RequestAnswers, Route } from '../front-door/answers.js';
import type { Eq5d5lProfile, Eq5dLevel } from '../instruments/eq5d-profile.js';
import type { WorkStatus } from '../instruments/work-ability.js';
import type { AssessmentData, CopmProblem, InterventionCode } from '../record/entry-types.js';
import { addCalendarDays, isoWeekdayOf, type CalendarDate } from '../shared/calendar-date.js';
import { isBankHoliday } from '../shared/bank-holidays.js';
import { londonWallClockToInstantMs } from '../shared/london-time.js';
import type { Tier } from '../triage/triage-types.js';
import type { SyntheticPerson } from './population.js';
import { ETHNICITY_ANSWERS } from '../front-door/equality.js';
import type { Random } from './random.js';
import {
  NEED_PATHWAYS,
  tierFor,
  type ArrivalRoute,
  type NeedPathway,
  type ServiceParameters,
} from './service-parameters.js';

function isEthnicityAnswer(code: string): code is (typeof ETHNICITY_ANSWERS)[number] {
  return (ETHNICITY_ANSWERS as readonly string[]).includes(code);
}

/** The synthetic person the simulator needs (core demo/population.ts draws them). */
export type DemoPerson = Pick<
  SyntheticPerson,
  | 'givenName'
  | 'familyName'
  | 'sex'
  | 'dateOfBirth'
  | 'nhsNumber'
  | 'postcode'
  | 'phone'
  | 'mobile'
  | 'email'
  | 'ethnicity'
  | 'preferredLanguage'
>;

/** Draws the person behind arrival `index`, aged within `ages` on `today` (core demo/population.ts). */
export type PersonSource = (
  random: Random,
  index: number,
  ages: { readonly min: number; readonly max: number },
) => DemoPerson;

export interface DemoPractice {
  readonly id: string;
  readonly listSize: number;
}

export type TriagePlan =
  | { readonly kind: 'accept'; readonly pathway: NeedPathway; readonly tier: Tier }
  | { readonly kind: 'signpost'; readonly offered: string }
  | { readonly kind: 'redirect'; readonly reason: string };

/** What the person's measures are at one assessment (answers only). */
export interface Measures {
  readonly eq5d: Eq5d5lProfile;
  readonly vas: number;
  readonly phq9: readonly number[];
  readonly gad7: readonly number[];
  readonly workStatus: WorkStatus;
  readonly adjustments: boolean;
  readonly was: number;
  readonly cfs: number;
  readonly copmPerformance: number;
  readonly copmSatisfaction: number;
  readonly sixCitAddressErrors: number;
}

/** Everything decided about one arrival's journey when it arrives. */
export interface Story {
  readonly triage: TriagePlan;
  /** Working days from arrival to the OT's decision (0 for a crisis: the same day). */
  readonly triageAfterWorkingDays: number;
  /** Sessions the episode plans (1 to the limit). */
  readonly sessions: number;
  readonly worse: boolean;
  readonly first: Measures;
  readonly last: Measures;
  readonly selfManagementOffered: boolean;
  readonly gpAppointmentsAvoided: number;
  readonly secondaryCareReferralAvoided: boolean;
  readonly interventions: readonly InterventionCode[];
  readonly goal: { readonly wording: string; readonly importance: number };
}

export interface Arrival {
  /** The arrival's number in the whole simulation, from 0. */
  readonly index: number;
  /** When it arrives (an instant). */
  readonly at: string;
  readonly route: ArrivalRoute;
  readonly need: NeedPathway;
  readonly crisis: boolean;
  readonly answers: RequestAnswers;
  readonly story: Story;
}

/**
 * The idempotency key both generators give an arrival's request: `<seed>/arrival/<n>`, never
 * shorter than the 8 characters the requests table requires, whatever the seed.
 */
export function arrivalKey(seed: string, index: number): string {
  return `${seed}/arrival/${String(index)}`;
}

export interface ArrivalContext {
  readonly params: ServiceParameters;
  readonly practices: readonly DemoPractice[];
  readonly people: PersonSource;
}

export function isDemoWorkingDay(day: CalendarDate): boolean {
  return isoWeekdayOf(day) <= 5 && !isBankHoliday('england', day);
}

/** The working day `n` working days after `day` (0: `day` itself if it is one, else the next). */
export function addWorkingDays(day: CalendarDate, n: number): CalendarDate {
  let d = day;
  while (!isDemoWorkingDay(d)) d = addCalendarDays(d, 1);
  for (let i = 0; i < n; i += 1) {
    d = addCalendarDays(d, 1);
    while (!isDemoWorkingDay(d)) d = addCalendarDays(d, 1);
  }
  return d;
}

/** The ages people on each pathway are drawn from (within the area's age/sex structure). */
export const NEED_AGES: Readonly<Record<NeedPathway, { min: number; max: number }>> = {
  frailty_falls: { min: 65, max: 95 },
  mental_health: { min: 18, max: 80 },
  work: { min: 20, max: 64 },
  memory: { min: 60, max: 92 },
  daily_living: { min: 30, max: 90 },
};

const AREAS: Readonly<Record<NeedPathway, RequestAnswers['areas']>> = {
  frailty_falls: ['falls_mobility', 'home_daily_living'],
  mental_health: ['mood_anxiety'],
  work: ['work'],
  memory: ['memory_thinking'],
  daily_living: ['home_daily_living'],
};

const DIFFICULTIES: Readonly<Record<NeedPathway, readonly string[]>> = {
  frailty_falls: [
    'I have fallen twice since the spring and I am nervous on the stairs.',
    'Getting in and out of the bath, and walking to the shops since my fall.',
    'My legs feel weak and I hold on to the furniture to get around the house.',
  ],
  mental_health: [
    'I feel low most days and I have stopped doing the things I used to enjoy.',
    'I worry all the time and find it hard to leave the house.',
    'I am not sleeping and everything feels like too much at the moment.',
  ],
  work: [
    'I have been off work with back pain and I am worried about going back.',
    'I am struggling at work since my operation and I am thinking of giving up my job.',
    'Stress at work has got on top of me and my GP has given me a fit note.',
  ],
  memory: [
    'I keep forgetting appointments and where I have put things.',
    'My family say I repeat myself and I get lost on familiar routes.',
  ],
  daily_living: [
    'Cooking and getting dressed take me a very long time because of my arthritis.',
    'I cannot manage the shopping and the housework since my stroke last year.',
    'My hands are painful and I struggle with jars, buttons and the kettle.',
  ],
};

const GOALS: Readonly<Record<NeedPathway, readonly string[]>> = {
  frailty_falls: ['To walk to the shops on my own again.', 'To feel safe on the stairs.'],
  mental_health: ['To get back to my walking group.', 'To have a routine that helps me cope.'],
  work: ['To return to work with the right support.', 'To stay in my job.'],
  memory: ['To keep managing my own appointments.', 'To stay independent at home.'],
  daily_living: ['To cook a meal for myself again.', 'To get washed and dressed without help.'],
};

const REASONS: Readonly<Record<NeedPathway, string>> = {
  frailty_falls:
    'Recurrent falls and reduced confidence at home; please assess for falls prevention.',
  mental_health: 'Low mood and anxiety affecting daily activities; for functional support.',
  work: 'Off work on a fit note; for vocational rehabilitation and return-to-work planning.',
  memory: 'Memory concerns reported by family; for cognitive screening and support.',
  daily_living: 'Difficulty with personal care and household tasks; for functional assessment.',
};

const SIGNPOSTS: readonly string[] = [
  'Trafford Community Wellbeing Service and local walking groups.',
  'Age UK Trafford for help at home and befriending.',
  'Talking therapies (self-referral) and the Trafford Wellbeing Hub.',
];

const INTERVENTIONS: Readonly<Record<NeedPathway, readonly InterventionCode[]>> = {
  frailty_falls: ['falls_prevention', 'assistive_technology', 'home_adaptation'],
  mental_health: ['graded_activity', 'social_prescribing'],
  work: ['vocational_rehabilitation', 'workplace_adjustment_advice', 'health_work_report'],
  memory: ['cognitive_strategies', 'carer_support'],
  daily_living: ['assistive_technology', 'home_adaptation', 'graded_activity'],
};

function shareEntries<K extends string>(shares: Readonly<Record<K, number>>): [K, number][] {
  return (Object.keys(shares) as K[]).map((k) => [k, shares[k]]);
}

const clampInt = (v: number, min: number, max: number) =>
  Math.min(max, Math.max(min, Math.round(v)));

function level(random: Random, mean: number): Eq5dLevel {
  return clampInt(random.normal(mean, 0.7), 1, 5) as Eq5dLevel;
}

/**
 * An EQ-5D-5L profile around a severity (1 none … 5 extreme). The means are tuned so that, over
 * many people, the UK 2026 value set's index averages the target (checked in simulator.test.ts).
 */
function eq5dProfile(random: Random, severity: number): Eq5d5lProfile {
  return {
    mobility: level(random, severity),
    selfCare: level(random, severity - 0.6),
    usualActivities: level(random, severity + 0.2),
    painDiscomfort: level(random, severity + 0.2),
    anxietyDepression: level(random, severity),
  };
}

function items(random: Random, count: number, mean: number): number[] {
  return Array.from({ length: count }, () => clampInt(random.normal(mean, 0.8), 0, 3));
}

/** Severity on the EQ-5D scale that gives an index near `target` (a linear fit, tuned). */
function severityFor(target: number): number {
  return 1 + (1 - target) * 4.1;
}

function drawMeasures(
  random: Random,
  need: NeedPathway,
  params: ServiceParameters,
  stage: 'first' | 'last',
  base: Measures | null,
  worse: boolean,
): Measures {
  const o = params.outcomes;
  const target = stage === 'first' ? o.eq5dFirst.value : o.eq5dLast.value;
  const shift = worse ? -0.12 : 0;
  const severity = severityFor(target + shift) + random.normal(0, 0.35);
  const eq5d = eq5dProfile(random, severity);
  const moodMean = stage === 'first' ? 1.6 : worse ? 1.8 : 0.9;
  const offSick =
    stage === 'first'
      ? random.chance(o.offSickFirst.value)
      : base?.workStatus === 'sick_leave_fit_note'
        ? // Of those off sick at first, the share still off at the end gives offSickLast overall.
          random.chance(o.offSickLast.value / o.offSickFirst.value)
        : random.chance(worse ? 0.3 : 0.05);
  const adjustments =
    stage === 'first'
      ? random.chance(o.adjustmentsFirst.value)
      : (base?.adjustments ?? false) ||
        random.chance(
          (o.adjustmentsLast.value - o.adjustmentsFirst.value) / (1 - o.adjustmentsFirst.value),
        );
  const wasMean = stage === 'first' ? o.workAbilityFirst.value : o.workAbilityLast.value;
  const was = clampInt(random.normal(worse ? wasMean - 2.5 : wasMean, 1.8), 0, 10);
  const perfBase = base?.copmPerformance ?? clampInt(random.normal(3.5, 1.2), 1, 8);
  const satBase = base?.copmSatisfaction ?? clampInt(random.normal(3.2, 1.2), 1, 8);
  const gain = stage === 'first' ? 0 : worse ? -1 : clampInt(random.normal(2.4, 1), 0, 5);
  return {
    eq5d,
    vas: clampInt(100 - severity * 13 + random.normal(0, 8), 0, 100),
    phq9: items(random, 9, need === 'mental_health' ? moodMean : moodMean * 0.6),
    gad7: items(random, 7, need === 'mental_health' ? moodMean : moodMean * 0.6),
    workStatus: offSick ? 'sick_leave_fit_note' : 'in_work',
    adjustments,
    was,
    cfs: base
      ? clampInt(base.cfs + (worse ? 1 : random.chance(0.3) ? -1 : 0), 1, 9)
      : clampInt(random.normal(5, 1), 3, 7),
    copmPerformance: clampInt(perfBase + gain, 1, 10),
    copmSatisfaction: clampInt(satBase + gain, 1, 10),
    sixCitAddressErrors: clampInt(random.normal(3, 1.2), 0, 5),
  };
}

function drawStory(
  random: Random,
  need: NeedPathway,
  crisis: boolean,
  params: ServiceParameters,
): Story {
  const t = params.triage;
  const roll = random.float();
  const triage: TriagePlan = crisis
    ? { kind: 'accept', pathway: need, tier: 'individualised' }
    : roll < t.signposted.value
      ? { kind: 'signpost', offered: random.pick(SIGNPOSTS) }
      : roll < t.signposted.value + t.redirected.value
        ? { kind: 'redirect', reason: 'Needs a GP review first.' }
        : {
            kind: 'accept',
            pathway: need,
            tier: tierFor(random.chance(t.individualisedOfAccepted.value)),
          };
  const limit = params.sessions.limit.value;
  const sessions = clampInt(1 + random.poisson(params.sessions.mean.value - 1), 1, limit);
  const worse = random.chance(params.outcomes.worse.value);
  const first = drawMeasures(random, need, params, 'first', null, false);
  const last = drawMeasures(random, need, params, 'last', first, worse);
  const o = params.outcomes;
  const gpAvoided = random.chance(o.gpAppointmentAvoided.value);
  const options = INTERVENTIONS[need];
  const interventions = [
    random.pick(options),
    ...(random.chance(0.5) ? [random.pick(options)] : []),
  ];
  const selfManagementOffered = random.chance(o.selfManagementOffered.value);
  return {
    triage,
    triageAfterWorkingDays: crisis ? 0 : random.int(t.daysToTriage.min, t.daysToTriage.max),
    sessions,
    worse,
    first,
    last,
    selfManagementOffered,
    gpAppointmentsAvoided: gpAvoided ? random.int(1, 4) : 0,
    secondaryCareReferralAvoided: random.chance(o.secondaryCareReferralAvoided.value),
    interventions: [
      ...new Set<InterventionCode>([
        ...(selfManagementOffered ? (['self_management'] as const) : []),
        ...interventions,
      ]),
    ],
    goal: { wording: random.pick(GOALS[need]), importance: random.int(6, 10) },
  };
}

function answersFor(
  random: Random,
  person: DemoPerson,
  practiceId: string,
  route: ArrivalRoute,
  need: NeedPathway,
  crisis: boolean,
): RequestAnswers {
  const forSomeoneElse = route === 'self_online' && need === 'memory' && random.chance(0.5);
  const preferred = random.weighted<'text' | 'email' | 'phone'>([
    ['text', person.mobile ? 0.45 : 0],
    ['email', 0.35],
    ['phone', 0.2],
  ]);
  return {
    for: forSomeoneElse ? 'someone_else' : 'self',
    ...(forSomeoneElse
      ? {
          personAgreed: true,
          referrer: {
            name: `Sam ${person.familyName}`,
            relationship: 'Daughter',
            phone: person.phone,
          },
        }
      : {}),
    person: {
      givenName: person.givenName,
      familyName: person.familyName,
      dateOfBirth: person.dateOfBirth,
      postcode: person.postcode,
      nhsNumber: person.nhsNumber,
    },
    contact: { phone: person.phone, email: person.email, preferred },
    practiceId,
    redFlags: crisis ? [need === 'frailty_falls' ? 'fall_injury' : 'self_harm_thoughts'] : [],
    areas: AREAS[need],
    difficulties: random.pick(DIFFICULTIES[need]),
    since: random.pick(['1_to_3_months', '3_to_12_months', 'over_1_year'] as const),
    impact: random.pick(['quite_a_lot', 'a_lot', 'cannot_do'] as const),
    goals: random.pick(GOALS[need]),
    ...(need === 'frailty_falls'
      ? { fallsInLastYear: random.pick(['one', 'two_or_more'] as const) }
      : {}),
    ...(need === 'work'
      ? {
          workStatus: random.weighted([
            ['off_sick', 0.77],
            ['in_work', 0.23],
          ] as const),
        }
      : {}),
    ...(route === 'gp_referral' || route === 'mdt' || route === 'other_system'
      ? { clinicalReason: REASONS[need] }
      : {}),
    access: { interpreter: false, needs: [] },
    ...(person.preferredLanguage === 'cy' ? { preferredLanguage: 'cy' as const } : {}),
    // The equality questions answered with the person's own sex and ethnic group (an assumption
    // of the demo: everyone answers, and everyone's gender is their sex registered at birth).
    equality: {
      sex: person.sex,
      genderSameAsSex: 'yes',
      ...(isEthnicityAnswer(person.ethnicity) ? { ethnicity: person.ethnicity } : {}),
    },
  };
}

/**
 * The requests that arrive on `day`: a Poisson number on a working day (fewer, online only, at
 * weekends and bank holidays), each with its person, answers and story. `firstIndex` numbers
 * them across the whole simulation; `random` is the day's own stream.
 */
export function arrivalsOn(
  ctx: ArrivalContext,
  random: Random,
  day: CalendarDate,
  firstIndex: number,
): Arrival[] {
  const { params } = ctx;
  const working = isDemoWorkingDay(day);
  const perDay = params.arrivalsPerWeek.value / 5;
  const count = random.poisson(working ? perDay * 0.96 : perDay * 0.1);
  const practiceWeights = ctx.practices.map((p) => [p, p.listSize] as const);
  const arrivals: Arrival[] = [];
  for (let i = 0; i < count; i += 1) {
    const index = firstIndex + i;
    const r = random.fork(`arrival/${index}`);
    const route = working ? r.weighted(shareEntries(params.routeShares)) : 'self_online';
    const need = r.weighted(shareEntries(params.needShares));
    const crisis =
      (need === 'mental_health' || need === 'frailty_falls') &&
      r.chance(
        params.crisisShare.value /
          (params.needShares.mental_health + params.needShares.frailty_falls),
      );
    const practice = r.weighted(practiceWeights);
    const person = ctx.people(r.fork('person'), index, NEED_AGES[need]);
    const minutes = r.int(8 * 60, 18 * 60 - 1);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    arrivals.push({
      index,
      at: new Date(londonWallClockToInstantMs(day, time)).toISOString(),
      route,
      need,
      crisis,
      answers: answersFor(r, person, practice.id, route, need, crisis),
      story: drawStory(r.fork('story'), need, crisis, params),
    });
  }
  return arrivals.sort((a, b) => a.at.localeCompare(b.at) || a.index - b.index);
}

/**
 * A crisis arrival at the instant `at`: today's live state always has one in the inbox, whatever
 * the draws gave.
 */
export function crisisArrival(
  ctx: ArrivalContext,
  random: Random,
  at: string,
  index: number,
): Arrival {
  const r = random.fork(`crisis/${index}`);
  const practice = r.weighted(ctx.practices.map((p) => [p, p.listSize] as const));
  const person = ctx.people(r.fork('person'), index, NEED_AGES.mental_health);
  return {
    index,
    at,
    route: 'self_online',
    need: 'mental_health',
    crisis: true,
    answers: answersFor(r, person, practice.id, 'self_online', 'mental_health', true),
    story: drawStory(r.fork('story'), 'mental_health', true, ctx.params),
  };
}

const NOTES: Readonly<Record<NeedPathway, readonly string[]>> = {
  frailty_falls: [
    'Reviewed falls history and strength and balance exercises; practised getting up from the floor.',
    'Home hazards discussed; grab rail and second banister recommended.',
    'Confidence improving; walked to the end of the road with a stick.',
  ],
  mental_health: [
    'Explored a typical day; agreed small, achievable activities for the week.',
    'Reviewed the activity diary; mood a little brighter on active days.',
    'Discussed sleep routine and a plan for difficult days.',
  ],
  work: [
    'Discussed job demands and barriers to return; agreed a phased return plan to share with the employer.',
    'Reviewed pacing at work; adjustments discussed with the line manager.',
    'Return to work progressing; fit note no longer needed from next week.',
  ],
  memory: [
    'Memory strategies introduced: calendar, pill organiser and a notes routine.',
    'Carer present; discussed support available and the memory clinic referral.',
  ],
  daily_living: [
    'Observed kitchen tasks; perching stool and lightweight kettle tipper recommended.',
    'Practised dressing techniques with adaptive aids; fewer difficulties reported.',
    'Bath board fitted; bathing independently again.',
  ],
};

/** What the OT writes after session `n` (from 1) on the person's pathway. */
export function contactNote(need: NeedPathway, n: number): string {
  const notes = NOTES[need];
  return notes[(n - 1) % notes.length] ?? 'Session held as planned.';
}

export type AttendanceOutcome =
  'attended' | 'did_not_attend' | 'cancelled_by_person' | 'cancelled_by_service';

/** Whether the person comes to one appointment. */
export function attendance(random: Random, params: ServiceParameters): AttendanceOutcome {
  const a = params.attendance;
  return random.weighted<AttendanceOutcome>([
    ['did_not_attend', a.didNotAttend.value],
    ['cancelled_by_person', a.cancelledByPerson.value],
    ['cancelled_by_service', a.cancelledByService.value],
    ['attended', 1 - a.didNotAttend.value - a.cancelledByPerson.value - a.cancelledByService.value],
  ]);
}

/** Which of the free times the person takes: mostly the first offered, sometimes a later one. */
export function chooseSlot<T>(random: Random, free: readonly T[]): T | undefined {
  if (free.length === 0) return undefined;
  const offered = free.slice(0, 3);
  const weights = [0.6, 0.25, 0.15];
  return random.weighted(offered.map((s, i) => [s, weights[i] ?? 0.1] as const));
}

const COPM_PROBLEMS: Readonly<Record<NeedPathway, string>> = {
  frailty_falls: 'Getting up and down the stairs safely',
  mental_health: 'Keeping a daily routine',
  work: 'Managing a full working day',
  memory: 'Remembering appointments',
  daily_living: 'Preparing a hot meal',
};

/** The answers of an assessment on the pathway's template (core record/assessment-templates.ts). */
export function assessmentAnswers(
  need: NeedPathway,
  stage: 'initial' | 'discharge',
  on: CalendarDate,
  m: Measures,
  sex: 'male' | 'female',
  goalImportance: number,
): AssessmentData {
  const copm: CopmProblem = {
    problem: COPM_PROBLEMS[need],
    importance: goalImportance,
    performance: m.copmPerformance,
    satisfaction: m.copmSatisfaction,
  };
  return {
    stage,
    assessedOn: on,
    eq5d5l: { profile: m.eq5d, vas: m.vas, valueSet: 'UK_5L_2026', sex },
    copm: { problems: [copm] },
    ...(need === 'frailty_falls'
      ? {
          cfs: { level: m.cfs },
          falls: { count: stage === 'initial' ? 2 : 0, injured: false, fearOfFalling: true },
        }
      : {}),
    ...(need === 'mental_health' ? { phq9: { items: m.phq9 }, gad7: { items: m.gad7 } } : {}),
    ...(need === 'work'
      ? {
          work: {
            status: m.workStatus,
            fitNoteUntil: null,
            was: m.was,
            jobTitle: 'Warehouse operative',
            jobDemands: 'Lifting and standing for long periods.',
            adjustments: m.adjustments ? 'Phased return and lighter duties agreed.' : '',
          },
        }
      : {}),
    ...(need === 'memory'
      ? {
          sixCit: {
            yearCorrect: true,
            monthCorrect: true,
            timeCorrect: m.sixCitAddressErrors < 4,
            countBackErrors: 0,
            monthsReverseErrors: m.sixCitAddressErrors > 2 ? 1 : 0,
            addressErrors: m.sixCitAddressErrors,
          },
        }
      : {}),
    ...(need === 'daily_living'
      ? { home: { hazards: ['bathing', 'kitchen'], equipment: 'Perching stool', notes: '' } }
      : {}),
    notes:
      stage === 'initial'
        ? 'Initial assessment with the person. Goals agreed.'
        : 'Outcome measures repeated at the last session.',
  };
}

/** The front door's route and channel for a demo arrival (staff-request and system routes' own). */
export function intakeRouteOf(route: ArrivalRoute): { route: Route; channel: string } {
  switch (route) {
    case 'self_online':
      return { route: 'self', channel: 'online' };
    case 'navigator_phone':
      return { route: 'navigator', channel: 'phone' };
    case 'gp_referral':
      return { route: 'clinician', channel: 'clinician_referral' };
    case 'mdt':
      return { route: 'clinician', channel: 'clinician_referral' };
    case 'other_system':
      return { route: 'system', channel: 'community-care-record' };
  }
}

/** The pathways an arrival can need (for tests and summaries). */
export const DEMO_NEEDS = NEED_PATHWAYS;
