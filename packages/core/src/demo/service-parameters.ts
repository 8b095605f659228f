/**
 * The rates a demo service is played with (issue 11 item 1): how many people arrive and by
 * which route, what they need, what the OT decides, how often people miss or cancel, how many
 * sessions an episode takes, and what changes between the first and the last measure. The
 * defaults are the seeds' published services; each target names its source. They are the
 * demo's assumptions, written down in docs/demo.md, never evidence about any service.
 */
import type { Pathway, Tier } from '../triage/triage-types.js';

/** A figure the demo aims at, and where it comes from. */
export interface Target {
  readonly value: number;
  readonly source: string;
}

/** How a request reaches the demo service. */
export const ARRIVAL_ROUTES = [
  'self_online',
  'navigator_phone',
  'gp_referral',
  'mdt',
  'other_system',
] as const;
export type ArrivalRoute = (typeof ARRIVAL_ROUTES)[number];

/** The pathways people are drawn onto (signposting is an outcome, not a need). */
export const NEED_PATHWAYS = [
  'frailty_falls',
  'mental_health',
  'work',
  'memory',
  'daily_living',
] as const;
export type NeedPathway = Extract<Pathway, (typeof NEED_PATHWAYS)[number]>;

export interface ServiceParameters {
  /** Requests a week, on average (Poisson each working day; a few at weekends online). */
  readonly arrivalsPerWeek: Target;
  readonly routeShares: Readonly<Record<ArrivalRoute, number>>;
  readonly needShares: Readonly<Record<NeedPathway, number>>;
  /** Requests with a red flag (crisis), of all. */
  readonly crisisShare: Target;
  /** What the OT does with a request. */
  readonly triage: {
    readonly signposted: Target;
    readonly redirected: Target;
    /** Of those accepted: one-to-one (individualised) rather than a group (targeted). */
    readonly individualisedOfAccepted: Target;
    /** Working days from arrival to the OT's decision (routine). */
    readonly daysToTriage: { readonly min: number; readonly max: number };
  };
  readonly attendance: {
    readonly didNotAttend: Target;
    readonly cancelledByPerson: Target;
    readonly cancelledByService: Target;
    /** After a missed appointment, the person books again (else discharged, did not attend). */
    readonly rebookAfterMiss: Target;
  };
  /** Sessions an episode plans (Poisson around the mean, at least 1, at most the limit). */
  readonly sessions: { readonly mean: Target; readonly limit: Target };
  /** Days between one session and the booking of the next. */
  readonly daysBetweenSessions: { readonly min: number; readonly max: number };
  readonly outcomes: {
    readonly offSickFirst: Target;
    readonly offSickLast: Target;
    readonly adjustmentsFirst: Target;
    readonly adjustmentsLast: Target;
    /** Work Ability Score, 0–10 (the source reports 0–100). */
    readonly workAbilityFirst: Target;
    readonly workAbilityLast: Target;
    readonly eq5dFirst: Target;
    readonly eq5dLast: Target;
    readonly selfManagementOffered: Target;
    readonly gpAppointmentAvoided: Target;
    readonly secondaryCareReferralAvoided: Target;
    /** People whose measures get worse between first and last. */
    readonly worse: Target;
  };
  /** What the OT records beyond contacts and measures (clinical-record.ts). */
  readonly record: {
    /** Goals measured by Goal Attainment Scaling rather than COPM. */
    readonly gasGoals: Target;
    /** People off sick on the work pathway who are given an AHP Health and Work Report. */
    readonly healthWorkReportWhenOffSick: Target;
    /** People sent the PREM at discharge who answer it. */
    readonly premResponse: Target;
    /** Of PREM answers, "very good" or "good" (the Friends and Family Test's positive score). */
    readonly premPositive: Target;
    /** People on the mental-health and work pathways sent their questionnaires by link between sessions. */
    readonly outcomeLinkSent: Target;
    /** Of those sent one, people who answer it before the next session. */
    readonly outcomeLinkAnswered: Target;
  };
}

const HACKNEY =
  'Hackney vocational rehabilitation, in RCOT workforce strategy action plan 2024–2027 (seed 003; DESIGN.md §3)';
const ICAN =
  'I CAN evaluation, in RCOT "Roots of recovery" primary care chapter (seed 001; DESIGN.md §3)';
const BIRMINGHAM =
  'Birmingham tiered model: of 306 waiting, 99 individual, 151 targeted, 56 signposted (seed 003; DESIGN.md §3)';
const ASSUMED = 'Assumption of the demo (no published source)';

export const DEFAULT_PARAMETERS: ServiceParameters = {
  arrivalsPerWeek: {
    value: 12,
    source: `${ICAN}: 386 people in five months (about 18 a week) at one OT day a week; the demo takes two-thirds of that, so a year stays quick to write`,
  },
  routeShares: {
    self_online: 0.4,
    navigator_phone: 0.2,
    gp_referral: 0.25,
    mdt: 0.1,
    other_system: 0.05,
  },
  needShares: {
    frailty_falls: 0.25,
    mental_health: 0.25,
    work: 0.2,
    memory: 0.1,
    daily_living: 0.2,
  },
  crisisShare: { value: 0.02, source: ASSUMED },
  triage: {
    signposted: { value: 56 / 306, source: BIRMINGHAM },
    redirected: { value: 0.03, source: ASSUMED },
    individualisedOfAccepted: { value: 99 / (99 + 151), source: BIRMINGHAM },
    daysToTriage: { min: 0, max: 2 },
  },
  attendance: {
    didNotAttend: {
      value: 0.09,
      source: 'Issue 11: did-not-attend at about 8–10% (an assumption of the demo)',
    },
    cancelledByPerson: { value: 0.05, source: ASSUMED },
    cancelledByService: { value: 0.02, source: ASSUMED },
    rebookAfterMiss: { value: 0.7, source: ASSUMED },
  },
  sessions: {
    mean: { value: 3, source: ASSUMED },
    limit: { value: 6, source: 'Seed 002: at most six sessions an episode (DESIGN.md §3)' },
  },
  daysBetweenSessions: { min: 5, max: 16 },
  outcomes: {
    offSickFirst: { value: 0.77, source: HACKNEY },
    offSickLast: { value: 0.21, source: HACKNEY },
    adjustmentsFirst: { value: 0.05, source: HACKNEY },
    adjustmentsLast: { value: 0.3, source: HACKNEY },
    workAbilityFirst: { value: 3.8, source: `${HACKNEY} (38 of 100)` },
    workAbilityLast: { value: 6.6, source: `${HACKNEY} (66 of 100)` },
    eq5dFirst: { value: 0.59, source: HACKNEY },
    eq5dLast: { value: 0.74, source: HACKNEY },
    selfManagementOffered: { value: 0.76, source: ICAN },
    gpAppointmentAvoided: { value: 0.67, source: ICAN },
    secondaryCareReferralAvoided: { value: 0.26, source: ICAN },
    worse: { value: 0.1, source: ASSUMED },
  },
  record: {
    gasGoals: { value: 0.3, source: ASSUMED },
    healthWorkReportWhenOffSick: {
      value: 0.6,
      source: `${HACKNEY}: Health and Work Reports were issued; the share is an assumption of the demo`,
    },
    premResponse: { value: 0.35, source: ASSUMED },
    premPositive: {
      value: 0.93,
      source:
        'Assumption of the demo, near the Friends and Family Test positive score NHS England publishes for community services (about 95%)',
    },
    outcomeLinkSent: { value: 0.5, source: ASSUMED },
    outcomeLinkAnswered: { value: 0.7, source: ASSUMED },
  },
};

/** The tier an accepted request goes onto, by whether it is one-to-one. */
export function tierFor(individualised: boolean): Tier {
  return individualised ? 'individualised' : 'targeted';
}
