import { describe, expect, it } from 'vitest';
import type { DischargeData } from './entry-types.js';
import { checkDischarge, dischargeLetterInput } from './discharge.js';
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

const entry = (
  kind: RecordEntry['kind'],
  id: string,
  data: unknown,
  scores: unknown = null,
): RecordEntry =>
  ({
    id,
    kind,
    version: 1,
    data,
    scores,
    createdAt: '2026-11-01T10:00:00Z',
    createdBy: 'OT',
    updatedAt: '2026-11-01T10:00:00Z',
    updatedBy: 'OT',
  }) as RecordEntry;

const goal = (status: string) =>
  entry('goal', `goal-${status}`, {
    wording: 'To go to the shops on my own',
    agreed: true,
    agreedOn: '2026-11-01',
    measure: 'copm',
    copm: { importance: 8, performance: 3, satisfaction: 2 },
    gas: null,
    reviews: [],
    status,
  });

const context = {
  service: {
    name: 'Occupational therapy',
    contact: 'Trafford OT service, telephone 0161 496 0000',
  },
  practice: { name: 'Example Surgery', odsCode: 'P12345' },
  person: { name: 'Gwen Morgan', dateOfBirth: '1950-04-12', nhsNumber: null },
  episode: { pathwayLabel: 'Work and wellbeing', openedOn: '2026-11-01', leadOt: 'Olwen OT' },
  reasonForReferral: 'Off work',
  author: { name: 'Olwen OT', profession: 'Occupational Therapist', hcpcNumber: null },
};

const repeated = [assessment('initial', '2026-11-01'), assessment('discharge', '2026-11-19')];

describe('the discharge and its letter agree with the record (issue 16 item 9)', () => {
  it('refuses "Goals met" while a goal is still active, and allows it once none is', () => {
    expect(checkDischarge([...repeated, goal('active')], discharge)).toEqual([
      { field: 'reason', problem: 'goals_still_active' },
    ]);
    expect(checkDischarge([...repeated, goal('achieved')], discharge)).toEqual([]);
    expect(
      checkDischarge([...repeated, goal('active')], { ...discharge, reason: 'self_managing' }),
    ).toEqual([]);
  });

  it('writes dates in words and goal results as words, never ISO dates or codes', () => {
    const letter = dischargeLetterInput(context, [
      ...repeated,
      goal('partly_achieved'),
      entry('discharge', 'd', discharge),
    ]);
    expect(letter.outcomes[0]?.first).toBe('10 (Moderate depression) on 1 November 2026');
    expect(letter.outcomes[0]?.last).toBe('10 (Moderate depression) on 19 November 2026');
    expect(letter.goals).toEqual([
      { wording: 'To go to the shops on my own', result: 'Partly achieved' },
    ]);
  });

  it('reports the latest Health and Work Report as the work outcome when no other was recorded', () => {
    const report = (issuedOn: string, advice: 'not_fit' | 'may_be_fit') =>
      entry('health_work_report', `hwr-${issuedOn}`, {
        advice,
        options: {
          phasedReturn: true,
          amendedDuties: false,
          alteredHours: true,
          workplaceAssessment: false,
        },
        functionalEffects: '',
        difficulties: [],
        period: { from: issuedOn, to: '2026-12-31' },
        review: { required: false },
        practitioner: {
          name: 'Olwen OT',
          profession: 'occupational_therapist',
          hcpcNumber: 'OT12345',
          organisation: 'OT',
          contact: '',
        },
        assessedOn: issuedOn,
        issuedOn,
      });
    const withReports = [
      ...repeated,
      report('2026-11-05', 'not_fit'),
      report('2026-11-18', 'may_be_fit'),
      entry('discharge', 'd', discharge),
    ];
    expect(dischargeLetterInput(context, withReports).workOutcome).toBe(
      'AHP Health and Work Report issued on 18 November 2026: may be fit for work with a phased return to work, altered hours, for 18 November 2026 to 31 December 2026.',
    );
    const recorded = dischargeLetterInput(context, [
      ...withReports.slice(0, -1),
      entry('discharge', 'd', {
        ...discharge,
        workOutcome: { status: 'in_work', detail: 'Back full time' },
      }),
    ]);
    expect(recorded.workOutcome).toBe(
      'In work: Back full time. AHP Health and Work Report issued on 18 November 2026: may be fit for work with a phased return to work, altered hours, for 18 November 2026 to 31 December 2026.',
    );
    expect(
      dischargeLetterInput(context, [...repeated, entry('discharge', 'd', discharge)]).workOutcome,
    ).toBeNull();
  });
});
