/**
 * The plain facts the evidence dashboard is composed from (issue 12): per request, per
 * appointment, per discharged episode and per experience questionnaire, each with the groups
 * its person falls in. The server reads them from the records; `episodeRecordFacts` turns an
 * episode's record entries into what the dashboard needs of them, so the server does no
 * clinical arithmetic.
 */
import type { EthnicCategory, PersonSex } from '../front-door/equality.js';
import type { Route } from '../front-door/answers.js';
import type { AppointmentStatus } from '../booking/appointment-status.js';
import type { PremExperience } from '../instruments/questionnaires.js';
import type { WorkStatus } from '../instruments/work-ability.js';
import type { AssessmentScores } from '../record/assessment-scoring.js';
import type { DischargeData, InterventionCode } from '../record/entry-types.js';
import {
  contentOfKind as ofKind,
  outcomeSeries,
  type OutcomeSeries,
  type RecordEntry,
  type RecordEntryContent,
} from '../record/record-view.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { Pathway } from '../triage/triage-types.js';
import { gasAchieved, type GasAchieved } from './change.js';
import type { DeprivationDecile } from './rates.js';

/** Who a fact is about, as the breakdowns group it; never who the person is. */
export interface FactGroups {
  readonly practiceId: string;
  readonly route: Route | null;
  /**
   * How the request came in: 'online', 'phone', 'desk', 'clinician_referral', or another
   * system's name (requests.channel).
   */
  readonly channel: string | null;
  /** The accepted pathway, else the one suggested at the front door. */
  readonly pathway: Pathway | null;
  readonly sex: PersonSex | null;
  readonly ethnicity: EthnicCategory | null;
  /** Age in whole years on the day of the request. */
  readonly ageAtRequest: number | null;
  readonly deprivation: DeprivationDecile | null;
}

export const REQUEST_DECISIONS = [
  'untriaged',
  'awaiting_info',
  'accepted',
  'signposted',
  'redirected',
  'declined',
] as const;
export type RequestDecision = (typeof REQUEST_DECISIONS)[number];

export interface RequestFact {
  readonly personId: string;
  readonly receivedOn: CalendarDate;
  /** The London date of the triage decision, when there is one. */
  readonly triagedOn: CalendarDate | null;
  readonly decision: RequestDecision;
  /** The first appointment the person attended for this request. */
  readonly firstAppointmentOn: CalendarDate | null;
  /** When the request's episode was closed, if it was. */
  readonly closedOn: CalendarDate | null;
  readonly groups: FactGroups;
}

export interface AppointmentFact {
  readonly on: CalendarDate;
  readonly status: AppointmentStatus;
  /** The OT whose clinic slot it was (slots.ot_id), for contacts per OT-week. */
  readonly otId: string;
  readonly groups: FactGroups;
}

/** An episode's first and second attended appointments. */
export interface ContactPairFact {
  readonly first: CalendarDate;
  readonly second: CalendarDate | null;
  readonly groups: FactGroups;
}

export interface EpisodeRecordFacts {
  readonly outcomes: readonly OutcomeSeries[];
  /** The first and last EQ-5D-5L states ('21111'), when two were recorded. */
  readonly eq5dStates: { readonly first: string; readonly last: string } | null;
  /** GAS at the latest reviews, when any goal scored with GAS was reviewed. */
  readonly gas: GasAchieved | null;
  readonly interventions: readonly InterventionCode[];
  readonly avoided: DischargeData['avoided'] | null;
  readonly workAtStart: WorkStatus | null;
  readonly workAtDischarge: WorkStatus | null;
  readonly healthWorkReports: number;
}

export interface EpisodeFact {
  readonly dischargedOn: CalendarDate;
  /** Appointments attended in the episode. */
  readonly attendedContacts: number;
  /**
   * Of those, the ones whose contact entry records its minutes (a contact written from the
   * diary names its appointment), and those minutes summed: the OT time the cost comparison
   * uses before falling back to the default length.
   */
  readonly contactMinutes: { readonly contacts: number; readonly minutes: number };
  readonly record: EpisodeRecordFacts;
  readonly groups: FactGroups;
}

export interface PremFact {
  readonly on: CalendarDate;
  readonly experience: PremExperience | null;
  /** The free-text "tell us why", if given. */
  readonly comment: string | null;
  readonly groups: FactGroups;
}

export interface PracticeFact {
  readonly id: string;
  readonly name: string;
  /** Registered patients, where known. */
  readonly listSize: number | null;
}

export interface EvidenceFacts {
  readonly requests: readonly RequestFact[];
  readonly appointments: readonly AppointmentFact[];
  readonly contactPairs: readonly ContactPairFact[];
  readonly episodes: readonly EpisodeFact[];
  readonly prems: readonly PremFact[];
  readonly practices: readonly PracticeFact[];
}


interface WorkPoint {
  readonly on: string;
  readonly status: WorkStatus;
}

/** What the dashboard needs from one discharged episode's record entries. */
export function episodeRecordFacts(entries: readonly RecordEntryContent[]): EpisodeRecordFacts {
  const assessments = ofKind(entries, 'assessment');
  const questionnaires = ofKind(entries, 'questionnaire');
  const states = [
    ...assessments.map((a) => ({
      on: a.data.assessedOn,
      state: (a.scores as AssessmentScores).eq5d5l?.state,
    })),
    ...questionnaires.map((q) => ({
      on: q.data.completedOn,
      state: (q.scores as { eq5d5l?: { state?: string } }).eq5d5l?.state,
    })),
  ]
    .flatMap((s) => (s.state === undefined ? [] : [{ on: s.on, state: s.state }]))
    .sort((a, b) => a.on.localeCompare(b.on));
  const firstState = states[0];
  const lastState = states.at(-1);
  const work: WorkPoint[] = [
    ...assessments.flatMap((a) =>
      a.data.work ? [{ on: a.data.assessedOn, status: a.data.work.status }] : [],
    ),
    ...questionnaires.flatMap((q) => {
      const status = q.data.kind === 'work_ability' ? q.data.answers.workStatus : undefined;
      return typeof status === 'string'
        ? [{ on: q.data.completedOn, status: status as WorkStatus }]
        : [];
    }),
  ].sort((a, b) => a.on.localeCompare(b.on));
  const discharge = ofKind(entries, 'discharge').at(-1)?.data ?? null;
  const lastWork = work.length > 1 ? (work.at(-1)?.status ?? null) : null;
  return {
    outcomes: outcomeSeries(entries),
    eq5dStates:
      firstState && lastState && states.length > 1
        ? { first: firstState.state, last: lastState.state }
        : null,
    gas: gasAtLatestReview(ofKind(entries, 'goal').map((g) => g.data)),
    interventions: [...new Set(ofKind(entries, 'intervention').map((i) => i.data.code))],
    avoided: discharge?.avoided ?? null,
    workAtStart: work[0]?.status ?? null,
    workAtDischarge: discharge?.workOutcome?.status ?? lastWork,
    healthWorkReports: ofKind(entries, 'health_work_report').length,
  };
}

/** GAS goals as record-view's outcome series scores them, at their latest reviews. */
function gasAtLatestReview(goals: readonly RecordEntry<'goal'>['data'][]): GasAchieved | null {
  const scored = goals.filter((g) => g.measure === 'gas' && g.gas !== null && g.agreed);
  const latest = scored.map((g) => [...g.reviews].filter((r) => r.gasScore !== null).at(-1));
  if (!latest.some((r) => r !== undefined)) return null;
  return gasAchieved(
    scored.map((g, i) => ({
      score: latest[i]?.gasScore ?? g.gas?.baseline ?? -1,
      weight: g.gas ? g.gas.importance * g.gas.difficulty : 1,
    })),
  );
}
