// Discharge: why the episode ends, whether the outcome measures were repeated (or why not), what
// the episode avoided, the work outcome on the work pathway, advice for the GP, and whether the
// person is sent the PREM. The rules are the core's checkDischarge, run here before sending.
import type { DischargeData, DischargeReason, Pathway, RecordEntry } from '@everyday/core';
import { checkDischarge } from '@everyday/core';
import type { FieldError } from '../../../api-types.js';
import type { DateParts } from '../../../booking/dates.js';
import { isoToDateParts } from '../../../booking/dates.js';
import type { Checked } from '../form-values.js';
import { checked, readDate, readWhole, text } from '../form-values.js';
import { problem } from '../plan-errors.js';

export type WorkOutcomeStatus = NonNullable<NonNullable<DischargeData['workOutcome']>['status']>;

export const AVOIDED = ['gpAppointments', 'secondaryCareReferral', 'medication'] as const;
export type Avoided = (typeof AVOIDED)[number];

export interface DischargeValues {
  dischargedOn: DateParts;
  reason: DischargeReason | '';
  reasonDetail: string;
  measuresNotRepeatedReason: string;
  avoided: Avoided[];
  gpAppointmentsCount: string;
  workStatus: WorkOutcomeStatus | '';
  workDetail: string;
  adviceForGp: string;
  sendPrem: boolean;
}

/** A discharge today, the PREM to be sent. */
export function newDischargeValues(today: string): DischargeValues {
  return {
    dischargedOn: isoToDateParts(today),
    reason: '',
    reasonDetail: '',
    measuresNotRepeatedReason: '',
    avoided: [],
    gpAppointmentsCount: '',
    workStatus: '',
    workDetail: '',
    adviceForGp: '',
    sendPrem: true,
  };
}

/**
 * Whether the outcome measures were repeated, as checkDischarge judges it (a discharge-stage
 * assessment, or any measure recorded more than once).
 */
export function measuresRepeated(entries: readonly RecordEntry[]): boolean {
  const probe: DischargeData = {
    dischargedOn: '',
    reason: 'goals_met',
    reasonDetail: '',
    avoided: {
      gpAppointments: false,
      gpAppointmentsCount: null,
      secondaryCareReferral: false,
      medication: false,
    },
    workOutcome: null,
    adviceForGp: 'x',
    measuresNotRepeatedReason: '',
    sendPrem: false,
  };
  return !checkDischarge(entries, probe).some((p) => p.field === 'measuresNotRepeatedReason');
}

/** The discharge to send, or what is wrong with it. The work outcome goes with the work pathway. */
export function checkDischargeValues(
  values: DischargeValues,
  entries: readonly RecordEntry[],
  pathway: Pathway,
): Checked<DischargeData> {
  const problems: FieldError[] = [];
  const dischargedOn = readDate(values.dischargedOn, 'dischargedOn', problems) ?? '';
  if (values.reason === '') problems.push(problem('reason', 'required'));
  const gpAppointments = values.avoided.includes('gpAppointments');
  const count =
    gpAppointments && values.gpAppointmentsCount.trim() !== ''
      ? readWhole(values.gpAppointmentsCount, 1, 100, 'avoided.gpAppointmentsCount', problems)
      : null;
  const data: DischargeData = {
    dischargedOn,
    reason: values.reason === '' ? 'other' : values.reason,
    reasonDetail: text(values.reasonDetail),
    avoided: {
      gpAppointments,
      gpAppointmentsCount: gpAppointments ? count : null,
      secondaryCareReferral: values.avoided.includes('secondaryCareReferral'),
      medication: values.avoided.includes('medication'),
    },
    workOutcome:
      pathway === 'work'
        ? {
            status: values.workStatus === '' ? null : values.workStatus,
            detail: text(values.workDetail),
          }
        : null,
    adviceForGp: text(values.adviceForGp),
    measuresNotRepeatedReason: text(values.measuresNotRepeatedReason),
    sendPrem: values.sendPrem,
  };
  const found = new Set(problems.map((p) => p.path));
  for (const rule of checkDischarge(entries, data)) {
    // "Other" needs a reason only once it is chosen; a count already found wrong is not repeated.
    if (rule.field === 'reasonDetail' && values.reason === '') continue;
    if (!found.has(rule.field)) problems.push(problem(rule.field, rule.problem));
  }
  return checked(data, problems);
}
