/**
 * The episode record (issue 5): what an OT writes in an episode of care, as data. Every entry
 * has a kind, the data the clinician entered and, where an instrument is involved, the scores
 * Everyday computed from it (never typed in). Entries are versioned: an edit keeps the old
 * version, and an edit made against an old version is refused rather than overwriting.
 */
import type { LocalisedText } from '../shared/localised-text.js';
import type { HealthWorkReportInput } from '../documents/health-work-report.js';
import type {
  Eq5d5lProfile,
  Eq5dValueSet,
  QuestionnaireKind,
  WorkStatus as WorkStatusCode,
} from '../instruments/index.js';
import type { SixCitAnswers } from '../instruments/six-cit.js';

export const ENTRY_KINDS = [
  'contact',
  'assessment',
  'risk',
  'goal',
  'intervention',
  'health_work_report',
  'questionnaire',
  'discharge',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const CONTACT_MODES = ['in_person', 'phone', 'video', 'home_visit', 'group'] as const;
export type ContactMode = (typeof CONTACT_MODES)[number];

/** A contact with the person (or about them) and what happened, in the clinician's words. */
export interface ContactData {
  readonly occurredOn: string;
  readonly mode: ContactMode;
  readonly minutes: number | null;
  readonly note: string;
  /**
   * The appointment this contact records, when it was written from the diary after marking the
   * person attended (issue 16 item 5). Absent in contacts saved before then, and in others.
   */
  readonly appointmentId?: string;
}

export const ASSESSMENT_STAGES = ['initial', 'review', 'discharge'] as const;
export type AssessmentStage = (typeof ASSESSMENT_STAGES)[number];

export const HOME_HAZARDS = [
  'stairs',
  'bathing',
  'toileting',
  'trip_hazards',
  'lighting',
  'access_steps',
  'kitchen',
  'other',
] as const;
export type HomeHazard = (typeof HOME_HAZARDS)[number];

export const EQ5D_SEXES = ['male', 'female'] as const;
export type Eq5dSex = (typeof EQ5D_SEXES)[number];

/** The instruments an assessment may hold; which ones a pathway's template offers is in assessment-templates.ts. */
export interface AssessmentData {
  readonly stage: AssessmentStage;
  readonly assessedOn: string;
  readonly eq5d5l?: {
    readonly profile: Eq5d5lProfile;
    /** EQ VAS 0–100, stored raw. */
    readonly vas: number | null;
    /** The value set the index is reported with; it is always labelled with it. */
    readonly valueSet: Eq5dValueSet;
    /** Needed only for the NICE DSU mapping (it is age- and sex-specific). */
    readonly sex: Eq5dSex | null;
  } | null;
  readonly copm?: { readonly problems: readonly CopmProblem[] } | null;
  readonly cfs?: { readonly level: number } | null;
  readonly falls?: {
    readonly count: number;
    readonly injured: boolean;
    readonly fearOfFalling: boolean;
  } | null;
  readonly home?: {
    readonly hazards: readonly HomeHazard[];
    readonly equipment: string;
    readonly notes: string;
  } | null;
  /** The electronic frailty index, where a GP record was imported (deficits found of 36). */
  readonly efi?: { readonly deficits: number; readonly importedOn: string | null } | null;
  readonly phq9?: { readonly items: readonly number[] } | null;
  readonly gad7?: { readonly items: readonly number[] } | null;
  readonly work?: {
    readonly status: WorkStatusCode;
    readonly fitNoteUntil: string | null;
    /** Work Ability Score 0–10 (WAI item 1). */
    readonly was: number | null;
    readonly jobTitle: string;
    readonly jobDemands: string;
    readonly adjustments: string;
  } | null;
  readonly sixCit?: SixCitAnswers | null;
  readonly miniCog?: { readonly wordsRecalled: number; readonly clockNormal: boolean } | null;
  readonly bloodTests?: { readonly requested: boolean; readonly which: string } | null;
  readonly memoryClinic?: { readonly referred: boolean; readonly notes: string } | null;
  readonly notes: string;
}

export interface CopmProblem {
  readonly problem: string;
  readonly importance: number;
  readonly performance: number;
  readonly satisfaction: number;
}

export const RISK_THOUGHTS = ['none', 'passive', 'active'] as const;
export type RiskThoughts = (typeof RISK_THOUGHTS)[number];
export const RISK_PLANS = ['none', 'vague', 'specific'] as const;
export type RiskPlans = (typeof RISK_PLANS)[number];
export const RISK_LEVELS = ['low', 'moderate', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const ESCALATIONS = ['none', 'same_day_gp', 'crisis_team'] as const;
export type Escalation = (typeof ESCALATIONS)[number];

/**
 * The risks a risk assessment may cover (issue 16 item 7): suicide and self-harm, falls,
 * self-neglect and safeguarding. Which ones a pathway asks about is in risk-domains.ts.
 */
export const RISK_DOMAINS = ['suicide', 'falls', 'self_neglect', 'safeguarding'] as const;
export type RiskDomain = (typeof RISK_DOMAINS)[number];

/** One risk other than suicide: whether it is present, its own level, what was found, and its plan. */
export interface DomainRisk {
  readonly present: boolean;
  /** Its level when present, else null. */
  readonly level: RiskLevel | null;
  readonly concerns: string;
  readonly plan: string;
}

/**
 * Falls risk, with the CDC STEADI "Stay Independent" self-assessment: twelve yes/no statements in
 * the brochure's order (LOINC 97874-2), or null when it was not done.
 */
export interface FallsRisk extends DomainRisk {
  readonly stayIndependent: readonly boolean[] | null;
}

/**
 * Risk assessment with the person's plans: suicide and self-harm (the questions below, with the
 * safety plan) and, since issue 16 item 7, falls, self-neglect and safeguarding, each with its own
 * level and plan. `domains` names what was assessed; an entry saved before it has none and
 * assessed suicide only. When suicide is not among the domains its fields hold the answers of no
 * risk ('none', false, an empty safety plan) and are not shown: the suicide safety plan is shown
 * only where suicide was assessed (assessesSuicide in risk-domains.ts).
 */
export interface RiskData {
  readonly assessedOn: string;
  readonly thoughts: RiskThoughts;
  readonly thoughtsDetail: string;
  readonly plans: RiskPlans;
  readonly plansDetail: string;
  readonly intent: boolean;
  readonly accessToMeans: boolean;
  readonly previousAttempts: boolean;
  readonly protectiveFactors: string;
  /** The level the clinician confirms; the suggested level is computed and stored beside it. */
  readonly level: RiskLevel;
  /** Why the confirmed level differs from the suggestion, when it does. */
  readonly levelReason: string;
  readonly escalation: {
    readonly to: Escalation;
    readonly detail: string;
    readonly at: string | null;
  };
  readonly safetyPlan: SafetyPlan;
  /** The domains assessed (issue 16 item 7); absent in older entries, which assessed suicide only. */
  readonly domains?: readonly RiskDomain[];
  readonly falls?: FallsRisk | null;
  readonly selfNeglect?: DomainRisk | null;
  readonly safeguarding?: DomainRisk | null;
}

/** A safety plan the person takes away (Stanley–Brown structure). */
export interface SafetyPlan {
  readonly warningSigns: string;
  readonly copingStrategies: string;
  readonly peopleAndPlaces: string;
  readonly peopleToAskForHelp: string;
  readonly professionals: string;
  readonly keepingSafe: string;
}

export const GOAL_MEASURES = ['copm', 'gas'] as const;
export type GoalMeasure = (typeof GOAL_MEASURES)[number];
export const GOAL_STATUSES = [
  'active',
  'achieved',
  'partly_achieved',
  'not_achieved',
  'discontinued',
] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type GasScore = -2 | -1 | 0 | 1 | 2;

/** A goal in the person's own words, agreed with them, and how it is measured and reviewed. */
export interface GoalData {
  readonly wording: string;
  readonly agreed: boolean;
  readonly agreedOn: string | null;
  readonly measure: GoalMeasure;
  readonly copm: {
    readonly importance: number;
    readonly performance: number;
    readonly satisfaction: number;
  } | null;
  readonly gas: {
    /** Turner-Stokes weights: importance × difficulty, each 0–3. */
    readonly importance: number;
    readonly difficulty: number;
    readonly baseline: -2 | -1;
    /** What the expected outcome (level 0) looks like. */
    readonly expected: string;
  } | null;
  readonly reviews: readonly GoalReview[];
  readonly status: GoalStatus;
}

export interface GoalReview {
  readonly on: string;
  readonly gasScore: GasScore | null;
  readonly performance: number | null;
  readonly satisfaction: number | null;
  readonly note: string;
}

export const INTERVENTION_CODES = [
  'self_management',
  'graded_activity',
  'vocational_rehabilitation',
  'workplace_adjustment_advice',
  'health_work_report',
  'assistive_technology',
  'home_adaptation',
  'falls_prevention',
  'cognitive_strategies',
  'carer_support',
  'group_programme',
  'social_prescribing',
  'signposting',
  'onward_referral',
] as const;
export type InterventionCode = (typeof INTERVENTION_CODES)[number];

export interface InterventionData {
  readonly code: InterventionCode;
  /** Where to, for an onward referral (required then). */
  readonly destination: string | null;
  /** The goals (entry ids) this intervention serves. */
  readonly goalIds: readonly string[];
  readonly deliveredOn: string;
  readonly note: string;
}

export const DISCHARGE_REASONS = [
  'goals_met',
  'self_managing',
  'onward_referral',
  'declined_further',
  'did_not_attend',
  'moved_away',
  'died',
  'other',
] as const;
export type DischargeReason = (typeof DISCHARGE_REASONS)[number];

export interface DischargeData {
  readonly dischargedOn: string;
  readonly reason: DischargeReason;
  readonly reasonDetail: string;
  /** What the episode avoided, in the OT's judgement (seed 003's outcome measures). */
  readonly avoided: {
    readonly gpAppointments: boolean;
    readonly gpAppointmentsCount: number | null;
    /** A referral to the community mental health team or secondary care. */
    readonly secondaryCareReferral: boolean;
    readonly medication: boolean;
  };
  readonly workOutcome: { readonly status: WorkStatusCode | null; readonly detail: string } | null;
  readonly adviceForGp: string;
  /** Why outcome measures were not repeated at discharge, when they were not. */
  readonly measuresNotRepeatedReason: string;
  readonly sendPrem: boolean;
}

/** The AHP Health and Work Report as stored (the patient's details come from the record). */
export type HealthWorkReportData = Omit<HealthWorkReportInput, 'patient'>;

export interface QuestionnaireData {
  readonly kind: QuestionnaireKind;
  readonly answers: Readonly<Record<string, unknown>>;
  readonly language: 'en' | 'cy';
  readonly completedOn: string;
  readonly source: 'link' | 'staff';
}

export interface EntryDataByKind {
  readonly contact: ContactData;
  readonly assessment: AssessmentData;
  readonly risk: RiskData;
  readonly goal: GoalData;
  readonly intervention: InterventionData;
  readonly health_work_report: HealthWorkReportData;
  readonly questionnaire: QuestionnaireData;
  readonly discharge: DischargeData;
}

/** Labels for the coded lists, in both languages. */
export const INTERVENTION_LABELS: Readonly<Record<InterventionCode, LocalisedText>> = {
  self_management: { en: 'Self-management support', cy: 'Cymorth hunanreoli' },
  graded_activity: { en: 'Graded activity', cy: 'Gweithgarwch graddedig' },
  vocational_rehabilitation: { en: 'Vocational rehabilitation', cy: 'Adsefydlu galwedigaethol' },
  workplace_adjustment_advice: {
    en: 'Workplace adjustment advice',
    cy: 'Cyngor ar addasiadau yn y gweithle',
  },
  health_work_report: { en: 'AHP Health and Work Report', cy: 'Adroddiad Iechyd a Gwaith AHP' },
  assistive_technology: { en: 'Assistive technology', cy: 'Technoleg gynorthwyol' },
  home_adaptation: { en: 'Home adaptation', cy: 'Addasu’r cartref' },
  falls_prevention: { en: 'Falls prevention', cy: 'Atal cwympiadau' },
  cognitive_strategies: { en: 'Cognitive strategies', cy: 'Strategaethau gwybyddol' },
  carer_support: { en: 'Carer support', cy: 'Cymorth i ofalwyr' },
  group_programme: { en: 'Group programme', cy: 'Rhaglen grŵp' },
  social_prescribing: { en: 'Social prescribing', cy: 'Presgripsiynu cymdeithasol' },
  signposting: { en: 'Signposting', cy: 'Cyfeirio' },
  onward_referral: { en: 'Onward referral', cy: 'Atgyfeirio ymlaen' },
};

export const DISCHARGE_REASON_LABELS: Readonly<Record<DischargeReason, LocalisedText>> = {
  goals_met: { en: 'Goals met', cy: 'Nodau wedi’u cyflawni' },
  self_managing: { en: 'Managing independently', cy: 'Yn ymdopi’n annibynnol' },
  onward_referral: { en: 'Referred on', cy: 'Wedi’i atgyfeirio ymlaen' },
  declined_further: { en: 'Declined further support', cy: 'Wedi gwrthod rhagor o gymorth' },
  did_not_attend: { en: 'Did not attend', cy: 'Heb fynychu' },
  moved_away: { en: 'Moved away', cy: 'Wedi symud i ffwrdd' },
  died: { en: 'Died', cy: 'Wedi marw' },
  other: { en: 'Other', cy: 'Arall' },
};
