import { validateHealthWorkReport } from '@everyday/core';
import { describe, expect, it } from 'vitest';
import type { ReportValues } from './report-form.js';
import {
  addRow,
  changeRow,
  checkReport,
  newReportValues,
  removeRow,
  reportProblemCode,
} from './report-form.js';

const patient = { name: 'Sam Example', dateOfBirth: '1980-02-03' };
const me = { name: 'Olu Therapist', lastHcpcNumber: 'OT12345', organisation: 'Everyday OT' };

function makeReportValues(overrides: Partial<ReportValues> = {}): ReportValues {
  return {
    ...newReportValues('2026-05-01', me),
    advice: 'may_be_fit',
    options: ['phasedReturn', 'alteredHours'],
    functionalEffects: 'Tires after two hours of standing',
    difficulties: [{ key: 1, difficulty: 'Standing at the till', recommendation: 'A stool' }],
    periodTo: { day: '31', month: '5', year: '2026' },
    reviewRequired: 'no',
    contact: '01234 567890',
    ...overrides,
  };
}

const codes = (values: ReportValues) => {
  const checked = checkReport(values, patient);
  return checked.ok ? [] : checked.problems.map((p) => `${p.path}:${p.code}`);
};

describe('the report form', () => {
  it('starts with the signed-in OT as the practitioner, assessed and issued today', () => {
    const values = newReportValues('2026-05-01', me);
    expect(values).toMatchObject({
      name: 'Olu Therapist',
      hcpcNumber: 'OT12345',
      organisation: 'Everyday OT',
      profession: 'occupational_therapist',
      assessedOn: { day: '1', month: '5', year: '2026' },
      issuedOn: { day: '1', month: '5', year: '2026' },
    });
    expect(newReportValues('2026-05-01', { ...me, lastHcpcNumber: null }).hcpcNumber).toBe('');
  });

  it('adds rows with new keys and removes the one asked for', () => {
    const one = newReportValues('2026-05-01', me).difficulties;
    const three = addRow(addRow(one));
    expect(three.map((row) => row.key)).toEqual([1, 2, 3]);
    const two = removeRow(three, 1);
    expect(two.map((row) => row.key)).toEqual([1, 3]);
    expect(addRow(two).at(-1)?.key).toBe(4);
    expect(removeRow(removeRow(two, 0), 0)).toEqual([]);
    expect(addRow([])).toEqual([{ key: 1, difficulty: '', recommendation: '' }]);
    expect(changeRow(two, 1, { recommendation: 'Rest breaks' })[1]).toEqual({
      key: 3,
      difficulty: '',
      recommendation: 'Rest breaks',
    });
  });
});

describe('checkReport', () => {
  it('sends every field of the report, leaving out empty rows', () => {
    const values = makeReportValues({
      difficulties: [
        { key: 1, difficulty: 'Standing at the till', recommendation: 'A stool' },
        { key: 2, difficulty: ' ', recommendation: '' },
      ],
      reviewRequired: 'yes',
      reviewDate: { day: '15', month: '5', year: '2026' },
      comments: '  ',
    });
    expect(checkReport(values, patient)).toEqual({
      ok: true,
      data: {
        advice: 'may_be_fit',
        options: {
          phasedReturn: true,
          amendedDuties: false,
          alteredHours: true,
          workplaceAssessment: false,
        },
        functionalEffects: 'Tires after two hours of standing',
        difficulties: [{ difficulty: 'Standing at the till', recommendation: 'A stool' }],
        period: { from: '2026-05-01', to: '2026-05-31' },
        review: { required: true, date: '2026-05-15' },
        practitioner: {
          name: 'Olu Therapist',
          profession: 'occupational_therapist',
          professionOther: null,
          hcpcNumber: 'OT12345',
          organisation: 'Everyday OT',
          contact: '01234 567890',
        },
        assessedOn: '2026-05-01',
        issuedOn: '2026-05-01',
        comments: null,
      },
    });
  });

  it('asks for the advice and the review answer before anything else', () => {
    expect(codes(makeReportValues({ advice: '', reviewRequired: '' }))).toEqual([
      'advice:required',
      'review.required:required',
    ]);
  });

  it('gives the core’s problems codes, on the rows as they are on the page', () => {
    expect(
      codes(
        makeReportValues({
          functionalEffects: '',
          options: [],
          difficulties: [
            { key: 1, difficulty: '', recommendation: '' },
            { key: 2, difficulty: 'Lifting', recommendation: '' },
          ],
          periodTo: { day: '1', month: '4', year: '2026' },
          hcpcNumber: 'PH12345',
          contact: '',
        }),
      ),
    ).toEqual([
      'functionalEffects:required',
      'practitioner.contact:required',
      'practitioner.hcpcNumber:hcpc_prefix',
      'period.to:too_early',
      'options:option_needed',
      'difficulties.1.recommendation:required',
    ]);
  });

  it('does not report a date twice, nor options before the advice is chosen', () => {
    expect(
      codes(
        makeReportValues({
          advice: '',
          options: [],
          difficulties: [],
          periodTo: { day: '', month: '', year: '' },
        }),
      ),
    ).toEqual(['advice:required', 'period.to:required']);
    expect(
      codes(
        makeReportValues({
          reviewRequired: 'yes',
          reviewDate: { day: '1', month: '1', year: '2026' },
        }),
      ),
    ).toEqual(['review.date:too_early']);
    expect(codes(makeReportValues({ reviewRequired: 'yes' }))).toEqual(['review.date:required']);
  });

  it('takes the other profession’s name and checks the HCPC number’s form', () => {
    expect(
      codes(makeReportValues({ profession: 'other', professionOther: '', hcpcNumber: 'ot 123' })),
    ).toEqual(['practitioner.professionOther:required', 'practitioner.hcpcNumber:hcpc_format']);
  });

  it('gives every message validateHealthWorkReport writes a code of its own', () => {
    const errors = validateHealthWorkReport({
      patient,
      advice: 'not_fit',
      options: {
        phasedReturn: true,
        amendedDuties: false,
        alteredHours: false,
        workplaceAssessment: false,
      },
      functionalEffects: '',
      difficulties: [{ difficulty: '', recommendation: 'x' }],
      period: { from: '2026-05-01', to: 'soon' },
      review: { required: true, date: '2026-04-01' },
      practitioner: {
        name: '',
        profession: 'other',
        professionOther: '',
        hcpcNumber: '',
        organisation: '',
        contact: '',
      },
      assessedOn: '2026-05-01',
      issuedOn: '2026-04-30',
    });
    expect(errors.map((e) => `${e.field}:${reportProblemCode(e.field, e.message)}`)).toEqual([
      'functionalEffects:required',
      'practitioner.name:required',
      'practitioner.organisation:required',
      'practitioner.contact:required',
      'practitioner.professionOther:required',
      'practitioner.hcpcNumber:required',
      'issuedOn:too_early',
      'period.to:invalid_date',
      'options:not_fit_options',
      'difficulties.0.difficulty:required',
      'review.date:too_early',
    ]);
  });
});
