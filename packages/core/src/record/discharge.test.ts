import { describe, expect, it } from 'vitest';
import type { DischargeData } from './entry-types.js';
import { checkDischarge } from './discharge.js';
import type { RecordEntry } from './record-view.js';

const discharge: DischargeData = {
  dischargedOn: '2026-11-20',
  reason: 'goals_met',
  reasonDetail: '',
  avoided: {
    gpAppointments: false,
    gpAppointmentsCount: null,
    secondaryCareReferral: false,
    medication: false,
  },
  workOutcome: null,
  adviceForGp: 'None',
  measuresNotRepeatedReason: '',
  sendPrem: true,
};

const assessment = (stage: 'initial' | 'discharge', on: string): RecordEntry => ({
  id: on,
  kind: 'assessment',
  version: 1,
  data: { stage, assessedOn: on, notes: '' },
  scores: { flags: [], phq9: { total: 10, severity: 'moderate', item9RiskFlag: false } },
  createdAt: on,
  createdBy: 'OT',
  updatedAt: on,
  updatedBy: 'OT',
});

describe('checkDischarge (H-306)', () => {
  it('needs the outcome measures repeated, or a reason they were not', () => {
    expect(checkDischarge([assessment('initial', '2026-11-01')], discharge)).toEqual([
      { field: 'measuresNotRepeatedReason', problem: 'measures_not_repeated' },
    ]);
    expect(
      checkDischarge([assessment('initial', '2026-11-01')], {
        ...discharge,
        measuresNotRepeatedReason: 'Declined',
      }),
    ).toEqual([]);
    expect(
      checkDischarge(
        [assessment('initial', '2026-11-01'), assessment('discharge', '2026-11-19')],
        discharge,
      ),
    ).toEqual([]);
  });
  it('needs a count for GP appointments avoided, a reason for "other" and advice for the GP', () => {
    const repeated = [assessment('initial', '2026-11-01'), assessment('discharge', '2026-11-19')];
    expect(
      checkDischarge(repeated, {
        ...discharge,
        reason: 'other',
        adviceForGp: ' ',
        avoided: { ...discharge.avoided, gpAppointments: true },
      }).map((p) => p.field),
    ).toEqual(['avoided.gpAppointmentsCount', 'reasonDetail', 'adviceForGp']);
  });
});
