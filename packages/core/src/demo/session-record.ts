/**
 * What the demo OT writes at a session, at the goal review and at discharge (issue 11 item 1),
 * as data both writers store: the demo's (through the use cases, server/src/demo/history) and
 * the bulk generator's (COPY, server/src/demo/bulk). Pure: answers and decisions only; the
 * server prepares, checks and scores them as it does an OT's own.
 */
import type {
  DischargeData,
  EntryKind,
  GoalData,
  GoalStatus,
  HealthWorkReportData,
} from '../record/entry-types.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import {
  demoGasGoal,
  demoGasScore,
  demoHealthWorkReport,
  demoRiskAssessment,
  givesHealthWorkReport,
  usesGas,
} from './clinical-record.js';
import type { Random } from './random.js';
import type { NeedPathway, ServiceParameters } from './service-parameters.js';
import { assessmentAnswers, contactNote, type Story } from './simulator.js';

export interface SessionInput {
  /** The journey's own stream; the session's extra draws fork from it. */
  readonly random: Random;
  readonly params: ServiceParameters;
  readonly need: NeedPathway;
  readonly crisis: boolean;
  readonly story: Story;
  /** Which attended session this is, from 1. */
  readonly n: number;
  readonly day: CalendarDate;
  readonly group: boolean;
  readonly appointmentId: string;
  readonly sex: 'male' | 'female';
  /** Who signs a Health and Work Report. */
  readonly practitioner: HealthWorkReportData['practitioner'];
}

export interface SessionRecord {
  readonly entries: readonly { readonly kind: EntryKind; readonly data: unknown }[];
  /** Where the goal is among `entries`, at the first session. */
  readonly goalIndex: number | null;
  /** The GAS baseline when the goal set at the first session is measured by GAS. */
  readonly gasBaseline: -1 | -2 | null;
  /** Whether this was the last session the episode planned (so it is discharged). */
  readonly last: boolean;
}

/**
 * The entries of an attended session: its contact; at the first, the initial assessment, the
 * goal (COPM, or GAS for some), the risk assessment, a Health and Work Report for some people off
 * sick, and the interventions; at the last, the outcome measures repeated.
 */
export function sessionRecord(s: SessionInput): SessionRecord {
  const { story, need, day, n } = s;
  const last = n >= story.sessions;
  const entries: { kind: EntryKind; data: unknown }[] = [
    {
      kind: 'contact',
      data: {
        occurredOn: day,
        mode: s.group ? 'group' : 'in_person',
        minutes: s.group ? 120 : 30,
        note: contactNote(need, n),
        appointmentId: s.appointmentId,
      },
    },
  ];
  let goalIndex: number | null = null;
  let gasBaseline: -1 | -2 | null = null;
  if (n === 1) {
    const extras = s.random.fork('record');
    const gas = usesGas(extras, s.params) ? demoGasGoal(extras) : null;
    gasBaseline = gas?.baseline ?? null;
    entries.push({
      kind: 'assessment',
      data: assessmentAnswers(need, 'initial', day, story.first, s.sex, story.goal.importance),
    });
    goalIndex = entries.length;
    entries.push({
      kind: 'goal',
      data: {
        wording: story.goal.wording,
        agreed: true,
        agreedOn: day,
        measure: gas ? 'gas' : 'copm',
        copm: gas
          ? null
          : {
              importance: story.goal.importance,
              performance: story.first.copmPerformance,
              satisfaction: story.first.copmSatisfaction,
            },
        gas,
        reviews: [],
        status: 'active',
      } satisfies GoalData,
    });
    entries.push({
      kind: 'risk',
      data: demoRiskAssessment(extras, need, s.crisis, story.first, day),
    });
    if (givesHealthWorkReport(extras, s.params, need, story.first))
      entries.push({
        kind: 'health_work_report',
        data: demoHealthWorkReport(extras, day, s.practitioner),
      });
    for (const code of story.interventions)
      entries.push({
        kind: 'intervention',
        data: { code, destination: null, goalIds: [], deliveredOn: day, note: '' },
      });
  }
  if (last)
    entries.push({
      kind: 'assessment',
      data: assessmentAnswers(need, 'discharge', day, story.last, s.sex, story.goal.importance),
    });
  return { entries, goalIndex, gasBaseline, last };
}

/**
 * The goal as reviewed at the last session: the GAS level reached, or COPM performance and
 * satisfaction scored again; achieved, partly achieved or not by what the measure shows.
 */
export function reviewedGoal(
  goal: GoalData,
  story: Story,
  gasBaseline: -1 | -2 | null,
  random: Random,
  on: CalendarDate,
): GoalData {
  const gasScore = gasBaseline === null ? null : demoGasScore(random, story, gasBaseline);
  const status: GoalStatus =
    gasScore !== null && gasBaseline !== null
      ? gasScore >= 0
        ? 'achieved'
        : gasScore > gasBaseline
          ? 'partly_achieved'
          : 'not_achieved'
      : story.worse
        ? 'not_achieved'
        : story.last.copmPerformance - story.first.copmPerformance >= 2
          ? 'achieved'
          : 'partly_achieved';
  return {
    ...goal,
    reviews: [
      {
        on,
        gasScore,
        performance: gasScore === null ? story.last.copmPerformance : null,
        satisfaction: gasScore === null ? story.last.copmSatisfaction : null,
        note: 'Reviewed with the person at the last session.',
      },
    ],
    status,
  };
}

/**
 * The discharge: goals met or self-managing after the last session, or did not attend; what the
 * episode avoided (I CAN's measures) and the work outcome on the work pathway.
 */
export function dischargeData(
  story: Story,
  need: NeedPathway,
  on: CalendarDate,
  missed: boolean,
  goalStatus: GoalStatus,
  sendPrem: boolean,
): DischargeData {
  const avoidedGp = !missed && story.gpAppointmentsAvoided > 0;
  return {
    dischargedOn: on,
    reason: missed ? 'did_not_attend' : goalStatus === 'achieved' ? 'goals_met' : 'self_managing',
    reasonDetail: '',
    avoided: {
      gpAppointments: avoidedGp,
      gpAppointmentsCount: avoidedGp ? story.gpAppointmentsAvoided : null,
      secondaryCareReferral: !missed && story.secondaryCareReferralAvoided,
      medication: false,
    },
    workOutcome: need === 'work' && !missed ? { status: story.last.workStatus, detail: '' } : null,
    adviceForGp: missed
      ? 'Did not attend and did not rebook; happy to see again on a new request.'
      : 'Continue the self-management plan agreed; no GP action needed.',
    measuresNotRepeatedReason: missed ? 'The person did not attend to repeat them.' : '',
    sendPrem: sendPrem && !missed,
  };
}
