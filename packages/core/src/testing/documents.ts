/**
 * Test support: typed builders of the two clinical documents' inputs, with overrides, shared by
 * the composition tests in core and the PDF rendering tests in the server. Only tests import it.
 */
import type { DischargeLetterInput } from '../documents/discharge-letter.js';
import type { HealthWorkReportInput } from '../documents/health-work-report.js';

export type HealthWorkReportOverrides = {
  [K in keyof HealthWorkReportInput]?: HealthWorkReportInput[K] extends readonly unknown[]
    ? HealthWorkReportInput[K]
    : HealthWorkReportInput[K] extends object | null | undefined
      ? Partial<NonNullable<HealthWorkReportInput[K]>>
      : HealthWorkReportInput[K];
};

export function makeHealthWorkReportInput(
  overrides: HealthWorkReportOverrides = {},
): HealthWorkReportInput {
  const base: HealthWorkReportInput = {
    patient: { name: 'Sian Roberts', dateOfBirth: '1979-06-14' },
    advice: 'may_be_fit',
    options: {
      phasedReturn: true,
      amendedDuties: false,
      alteredHours: true,
      workplaceAssessment: false,
    },
    functionalEffects:
      'Reduced grip strength in the right hand; standing tolerance about 20 minutes.',
    difficulties: [
      { difficulty: 'Lifting boxes over 5 kg', recommendation: 'Team lifts; review at 4 weeks' },
      { difficulty: 'Typing for long periods', recommendation: 'Breaks every 30 minutes' },
    ],
    period: { from: '2026-11-21', to: '2026-12-19' },
    review: { required: true, date: '2026-12-12' },
    practitioner: {
      name: 'Alex Morgan',
      profession: 'occupational_therapist',
      professionOther: null,
      hcpcNumber: 'OT12345',
      organisation: 'Everyday Occupational Therapy',
      contact: 'everyday@example.nhs.uk / 01632 960000',
    },
    assessedOn: '2026-11-20',
    issuedOn: '2026-11-21',
    comments: 'Discussed with the patient, who agrees to share this with their employer.',
  };
  return {
    ...base,
    ...overrides,
    patient: { ...base.patient, ...overrides.patient },
    options: { ...base.options, ...overrides.options },
    period: { ...base.period, ...overrides.period },
    review: { ...base.review, ...overrides.review },
    practitioner: { ...base.practitioner, ...overrides.practitioner },
  };
}

export function makeDischargeLetterInput(
  overrides: Partial<DischargeLetterInput> = {},
): DischargeLetterInput {
  return {
    service: { name: 'Everyday Occupational Therapy', contact: '01632 960000' },
    practice: { name: 'Riverside Surgery', odsCode: 'Y01234' },
    person: { name: 'Margaret Hughes', dateOfBirth: '1948-03-03', nhsNumber: '9434765919' },
    episode: {
      pathwayLabel: 'Falls and frailty',
      openedOn: '2026-09-01',
      closedOn: '2026-11-20',
      contacts: 6,
      leadOt: 'Alex Morgan',
    },
    reasonForReferral: 'Two falls at home in three months; worried about managing stairs.',
    dischargeReason: 'Goals met',
    outcomes: [
      { measure: 'EQ-5D-5L index', first: '0.512', last: '0.734', change: '+0.222' },
      { measure: 'Clinical Frailty Scale', first: '5', last: null, change: null },
    ],
    goals: [
      { wording: 'Climb the stairs to bed safely every night', result: 'Achieved (+1)' },
      { wording: 'Walk to the corner shop', result: 'Partly achieved (0)' },
    ],
    interventions: [
      { label: 'Home environment assessment', detail: 'Second stair rail fitted' },
      { label: 'Falls education', detail: null },
    ],
    risk: 'Lives alone; pendant alarm in place.',
    avoided: { gpAppointments: 2, secondaryCareReferral: true, medication: false },
    workOutcome: null,
    adviceForGp: 'Please review her medication for falls risk at the next annual review.',
    author: { name: 'Alex Morgan', profession: 'Occupational therapist', hcpcNumber: 'OT12345' },
    date: '2026-11-21',
    ...overrides,
  };
}
