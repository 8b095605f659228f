/**
 * What the planning page is computed from (issue 13 items 3–5): the facts the server reads from
 * the record (the waiting list's joins and removals, appointments, episodes, the rota), and the
 * shapes of what core composes from them: the live queueing figures per pathway and tier, demand
 * against capacity week by week, the projection's baseline, scenarios and the workforce search.
 * Facts carry London calendar dates and counts, never a person's details. Pure types.
 */
import type { CalendarDate, IsoWeekday } from '../shared/calendar-date.js';
import type { Pathway, Tier, Urgency } from '../triage/triage-types.js';
import type { QueueingFigures } from './queueing.js';
import type { WaitingListSimulationInput } from './simulation-input.js';

/**
 * One request's time on the waiting list. A request joins when it is accepted onto the list
 * (status `waiting`, its acted-on date) and leaves when its first appointment is booked
 * (`booked`), or when it is closed without one while waiting (`withdrawn`: withdrawn, declined
 * or redirected after joining). Requests that joined in the facts' window, or joined before and
 * are still waiting (or left in the window), are given.
 */
export interface ListEntryFact {
  readonly pathway: Pathway;
  readonly tier: Tier;
  readonly urgency: Urgency;
  readonly practiceId: string;
  readonly joinedOn: CalendarDate;
  readonly leftOn: CalendarDate | null;
  readonly leftBy: 'booked' | 'withdrawn' | null;
}

/** Booked one-to-one appointments that fell in the window, by what became of them. */
export interface AttendanceFacts {
  readonly attended: number;
  readonly didNotAttend: number;
  /** Cancelled by the person or the service less than a day before (the slot was lost). */
  readonly lateCancelled: number;
  /** Of the did-not-attends, those whose episode had a later appointment booked. */
  readonly didNotAttendRebooked: number;
}

/** One clinic template of the rota, as the projection needs it. */
export interface RotaPatternFact {
  readonly templateId: string;
  readonly otId: string;
  /** The practice (organisation) whose site runs the clinic. */
  readonly organisationId: string;
  /** A clinic kept for one pathway, or null for any. */
  readonly pathway: Pathway | null;
  /** 'group' clinics give places to a group course, not one-to-one slots. */
  readonly group: boolean;
  /** One-to-one slots (or, for a group, places) in one clinic: its minutes ÷ slot minutes. */
  readonly slotsPerClinic: number;
  readonly weekdays: readonly IsoWeekday[];
  /** Sessions a week (clinic minutes a week ÷ 240, as the staffing norm counts them). */
  readonly sessionsPerWeek: number;
  readonly validFrom: CalendarDate;
  readonly validUntil: CalendarDate | null;
  /** The clinician's leave (first and last day) that ends on or after today. */
  readonly away: readonly { readonly from: CalendarDate; readonly to: CalendarDate }[];
}

/** One day's one-to-one slots in the past window, and how many had someone booked. */
export interface SlotDayFact {
  readonly on: CalendarDate;
  readonly slots: number;
  readonly booked: number;
}

export interface PlanningFacts {
  /** The London date the facts were read on. */
  readonly today: CalendarDate;
  /** The first day of the window the rates are measured over (26 weeks before today). */
  readonly from: CalendarDate;
  readonly listEntries: readonly ListEntryFact[];
  readonly attendance: AttendanceFacts;
  /**
   * Episodes closed in the window: how many had 1, 2, … attended one-to-one sessions
   * (index 0 is one session; those with none are left out).
   */
  readonly sessionsPerEpisode: readonly number[];
  /** Median days between consecutive attended sessions of an episode, null when none. */
  readonly daysBetweenSessions: number | null;
  readonly rota: readonly RotaPatternFact[];
  readonly slotDays: readonly SlotDayFact[];
}

/** The live queueing figures of one pathway and tier (or, with both null, the whole list). */
export interface LiveQueueingGroup {
  readonly pathway: Pathway | null;
  readonly tier: Tier | null;
  /** Joins and removals (bookings) in the window. */
  readonly joined: number;
  readonly booked: number;
  readonly withdrawn: number;
  /** NHSRwaitinglist wl_referral_stats over the joins: additions a week and their gap cv. */
  readonly demandPerWeek: number;
  readonly cvDemand: number | null;
  /** wl_removal_stats over the bookings: removals a week and their gap cv. */
  readonly capacityPerWeek: number;
  readonly cvCapacity: number | null;
  /** People waiting today and their mean completed weeks waited. */
  readonly waiting: number;
  readonly meanWaitWeeks: number | null;
  /** queueingFigures; null when there were no removals (no capacity to compare with). */
  readonly figures: QueueingFigures | null;
}

export interface LiveQueueing {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly targetWeeks: number;
  readonly factor: number;
  /** The whole list first, then each pathway and tier with anyone joining or waiting. */
  readonly groups: readonly LiveQueueingGroup[];
}

/** One past week (Monday to Sunday) of demand against capacity. */
export interface DemandCapacityWeek {
  readonly weekStart: CalendarDate;
  /** Requests joining the waiting list. */
  readonly joined: number;
  /** First appointments booked (people taken off the list). */
  readonly booked: number;
  /** One-to-one slots the rota gave, and how many were booked. */
  readonly slots: number;
  readonly slotsBooked: number;
}

/** Where an assumption of the projection came from. */
export type AssumptionSource = 'record' | 'default';

export interface ProjectionAssumption {
  readonly value: number;
  readonly source: AssumptionSource;
  /** How many records it was measured over (0 for a default). */
  readonly n: number;
}

/** The baseline projection read from the record, and what it assumed. */
export interface ProjectionBaseline {
  /** Day 0 of the projection: the Monday after today. */
  readonly start: CalendarDate;
  readonly input: WaitingListSimulationInput;
  /** One-to-one slots a week the rota gives over the next 52 weeks (mean over open weeks). */
  readonly slotsPerWeek: number;
  /** Sessions a week the rota gives today, and one-to-one slots in an average session. */
  readonly sessionsPerWeek: number;
  readonly slotsPerSession: number;
  readonly assumptions: {
    readonly didNotAttend: ProjectionAssumption;
    readonly lateCancellation: ProjectionAssumption;
    readonly rebookAfterDidNotAttend: ProjectionAssumption;
    readonly withdrawPerWeek: ProjectionAssumption;
    readonly meanSessions: ProjectionAssumption;
    readonly daysBetweenSessions: ProjectionAssumption;
    /** Referrals a week joining the list, by pathway (the window's mean). */
    readonly demandPerWeek: ProjectionAssumption;
  };
}

/** One change a scenario makes to the baseline. */
export type ScenarioChange =
  /** Add (positive) or remove (negative) sessions a week from a week of the projection. */
  | {
      readonly kind: 'sessions';
      readonly sessionsPerWeek: number;
      /** Weeks from the start before the change (0: from the start). */
      readonly fromWeek: number;
      /** Where the sessions are (for the plan and the norm); null for the service as a whole. */
      readonly practiceId: string | null;
      /** Sessions kept for one pathway, or null for any. */
      readonly pathway: Pathway | null;
    }
  /** A new OT: their sessions start after the recruitment lead time; the post may stay vacant. */
  | {
      readonly kind: 'new_ot';
      readonly wte: number;
      readonly leadTimeWeeks: number;
      /** The chance the post is not filled (seed 003: NHS OT vacancy 11.4%). */
      readonly vacancyRisk: number;
      readonly practiceId: string | null;
    }
  /** Demand up or down by a percentage (−100 to +300), for one pathway or all. */
  | { readonly kind: 'demand'; readonly percent: number; readonly pathway: Pathway | null }
  /**
   * The tiered model (003 Birmingham): a share of routine one-to-one referrals go to groups,
   * and a share to self-help (leaving the list), with group courses of `groupPlaces` places
   * every `groupEveryWeeks` weeks.
   */
  | {
      readonly kind: 'tiered';
      readonly groupShare: number;
      readonly selfHelpShare: number;
      readonly groupPlaces: number;
      readonly groupEveryWeeks: number;
      readonly pathway: Pathway | null;
    }
  /** Did-not-attend down by a share of itself (0.3: a third fewer missed appointments). */
  | { readonly kind: 'dna_reduction'; readonly relativeReduction: number };

export interface Scenario {
  readonly name: string;
  readonly changes: readonly ScenarioChange[];
}

/** What a lead wants the workforce search to reach: `share` of people seen within `weeks`. */
export interface WorkforceTarget {
  readonly withinWeeks: number;
  /** 0–1, e.g. 0.9. */
  readonly share: number;
}

/** The answer of the workforce search. */
export interface WorkforceNeeded {
  readonly target: WorkforceTarget;
  /** Sessions a week to add to the scenario to meet the target; null when even the most tried fails. */
  readonly extraSessionsPerWeek: number | null;
  /** The same as whole-time equivalents (10 sessions a week each). */
  readonly extraWte: number | null;
  /** The median-run share seen within the target at the answer (or at the most tried). */
  readonly achievedShare: number | null;
  /** Each capacity tried and the share it gave, in the order tried. */
  readonly tried: readonly {
    readonly extraSessionsPerWeek: number;
    readonly share: number | null;
  }[];
  readonly maxTried: number;
}
