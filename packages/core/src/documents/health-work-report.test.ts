import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  documentToPlainText,
  type CheckboxesBlock,
  type ClinicalDocument,
} from './document-model.js';
import {
  composeHealthWorkReport,
  HEALTH_WORK_REPORT_WORDING as W,
  validateHealthWorkReport,
  type HealthWorkReportInput,
} from './health-work-report.js';
import { makeHealthWorkReportInput as makeInput } from '../testing/documents.js';

function checkboxes(doc: ClinicalDocument, label: string): Record<string, boolean> {
  const block = doc.blocks.find(
    (b): b is CheckboxesBlock => b.kind === 'checkboxes' && b.label === label,
  );
  if (block === undefined) throw new Error(`no checkboxes labelled ${label}`);
  return Object.fromEntries(block.items.map((i) => [i.label, i.checked]));
}

describe('composeHealthWorkReport (AHP Health and Work Report, INSTRUMENTS.md §10)', () => {
  it('carries every field of the form with its wording and the input values', () => {
    const text = documentToPlainText(composeHealthWorkReport(makeInput()));
    for (const wording of [
      "Patient's name: Sian Roberts",
      'Date of birth: 14 June 1979',
      'I advise that:',
      'you are not fit for work.',
      'you may be fit for work taking account of advice below',
      'This form has been completed by a:',
      'Physiotherapist',
      'Occupational Therapist',
      'Podiatrist',
      'Other',
      "Practitioner's name: Alex Morgan",
      'HCPC registration number: OT12345',
      'Organisation/Service: Everyday Occupational Therapy',
      'Contact details (email/ tel no.): everyday@example.nhs.uk / 01632 960000',
      'Date assessment completed: 20 November 2026',
      'The functional effects of your condition: Reduced grip strength in the right hand; standing tolerance about 20 minutes.',
      'This report is issued for period from 21 November 2026 to 19 December 2026.',
      'A follow up review is required and has been made for 12 December 2026.',
      "With your employer's agreement you may benefit from these or more options:",
      'a phased return to work',
      'amended duties',
      'altered hours',
      'a workplace assessment',
      'Patient-reported work-relevant difficulty, recommendations and goals:',
      'Difficulty | Recommendations / goals',
      'Lifting boxes over 5 kg | Team lifts; review at 4 weeks',
      'Typing for long periods | Breaks every 30 minutes',
      'Comments: Discussed with the patient, who agrees to share this with their employer.',
      'Signature:',
      'Name: Alex Morgan',
      'Profession: Occupational Therapist',
      'Date: 21 November 2026',
      'not a fit note',
    ]) {
      expect(text).toContain(wording);
    }
  });

  it('ticks "may be fit" and only the chosen options', () => {
    const doc = composeHealthWorkReport(makeInput());
    expect(checkboxes(doc, W.iAdviseThat)).toEqual({ [W.notFit]: false, [W.mayBeFit]: true });
    expect(checkboxes(doc, W.optionsIntro)).toEqual({
      [W.phasedReturn]: true,
      [W.amendedDuties]: false,
      [W.alteredHours]: true,
      [W.workplaceAssessment]: false,
    });
    const text = documentToPlainText(doc);
    expect(text).toContain('[X] you may be fit for work taking account of advice below');
    expect(text).toContain('[ ] you are not fit for work.');
    expect(text).toContain('[X] a phased return to work');
    expect(text).toContain('[ ] amended duties');
  });

  it('ticks "not fit" when advised so', () => {
    const doc = composeHealthWorkReport(
      makeInput({
        advice: 'not_fit',
        options: { phasedReturn: false, alteredHours: false },
      }),
    );
    expect(checkboxes(doc, W.iAdviseThat)).toEqual({ [W.notFit]: true, [W.mayBeFit]: false });
    expect(Object.values(checkboxes(doc, W.optionsIntro))).toEqual([false, false, false, false]);
  });

  it.each([
    ['physiotherapist', 'Physiotherapist', 'PH12345'],
    ['occupational_therapist', 'Occupational Therapist', 'OT12345'],
    ['podiatrist', 'Podiatrist', 'CH12345'],
  ] as const)('ticks the profession box for %s', (profession, label, hcpcNumber) => {
    const doc = composeHealthWorkReport(makeInput({ practitioner: { profession, hcpcNumber } }));
    const ticks = checkboxes(doc, W.completedByA);
    expect(Object.entries(ticks).filter(([, v]) => v)).toEqual([[label, true]]);
  });

  it('ticks Other and states the profession when it is another', () => {
    const input = makeInput({
      practitioner: { profession: 'other', professionOther: 'Dietitian', hcpcNumber: 'DT12345' },
    });
    const doc = composeHealthWorkReport(input);
    expect(checkboxes(doc, W.completedByA)).toMatchObject({
      Other: true,
      'Occupational Therapist': false,
    });
    const text = documentToPlainText(doc);
    expect(text).toContain('Other (please state): Dietitian');
    expect(text).toContain('Profession: Dietitian');
    expect(validateHealthWorkReport(input)).toEqual([]);
  });

  it('says when no follow up review is required', () => {
    const text = documentToPlainText(
      composeHealthWorkReport(makeInput({ review: { required: false, date: null } })),
    );
    expect(text).toContain('A follow up review is not required.');
    expect(text).not.toContain('review is required');
  });

  it('says so when there are no difficulties and no comments', () => {
    const text = documentToPlainText(
      composeHealthWorkReport(makeInput({ difficulties: [], comments: null })),
    );
    expect(text).toContain('No work-relevant difficulties were reported.');
    expect(text).toContain('Comments: None');
  });

  it('puts the patient on every page footer and the practitioner as author', () => {
    const doc = composeHealthWorkReport(makeInput());
    expect(doc.title).toBe('AHP Health and Work Report');
    expect(doc.footer).toBe('AHP Health and Work Report: Sian Roberts, born 14 June 1979');
    expect(doc.author).toBe('Alex Morgan');
  });

  it('never throws and always carries every label, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.boolean(), (name, effects, notFit) => {
        const text = documentToPlainText(
          composeHealthWorkReport(
            makeInput({
              patient: { name },
              functionalEffects: effects,
              advice: notFit ? 'not_fit' : 'may_be_fit',
            }),
          ),
        );
        for (const label of [
          W.patientName,
          W.iAdviseThat,
          W.hcpcNumber,
          W.difficulties,
          W.optionsIntro,
        ])
          expect(text).toContain(label);
      }),
    );
  });
});

describe('validateHealthWorkReport', () => {
  const fields = (input: HealthWorkReportInput): string[] =>
    validateHealthWorkReport(input).map((e) => e.field);

  it('accepts a complete report', () => {
    expect(validateHealthWorkReport(makeInput())).toEqual([]);
  });

  it('rejects a period that ends before it starts, and accepts a one-day period', () => {
    expect(
      validateHealthWorkReport(makeInput({ period: { from: '2026-11-21', to: '2026-11-20' } })),
    ).toEqual([{ field: 'period.to', message: 'Period end must be on or after the period start' }]);
    expect(fields(makeInput({ period: { from: '2026-11-21', to: '2026-11-21' } }))).toEqual([]);
  });

  it.each(['OT1234', 'OT12345', 'OT123456', 'OT1234567'])(
    'accepts HCPC number %s',
    (hcpcNumber) => {
      expect(fields(makeInput({ practitioner: { hcpcNumber } }))).toEqual([]);
    },
  );

  it.each([
    '',
    'OT 12345',
    'ot12345',
    '12345',
    'O12345',
    'OTX12345',
    'OT123',
    'OT12345678',
    'OT-12345',
  ])('rejects HCPC number %j', (hcpcNumber) => {
    expect(fields(makeInput({ practitioner: { hcpcNumber } }))).toEqual([
      'practitioner.hcpcNumber',
    ]);
  });

  it('rejects an HCPC number from another profession', () => {
    expect(
      validateHealthWorkReport(
        makeInput({ practitioner: { profession: 'physiotherapist', hcpcNumber: 'OT12345' } }),
      ),
    ).toEqual([
      {
        field: 'practitioner.hcpcNumber',
        message: 'An HCPC number for Physiotherapist starts with PH',
      },
    ]);
  });

  it('needs an option or a recommendation when the patient may be fit', () => {
    const noOptions = {
      phasedReturn: false,
      amendedDuties: false,
      alteredHours: false,
      workplaceAssessment: false,
    };
    expect(fields(makeInput({ options: noOptions, difficulties: [] }))).toEqual(['options']);
    expect(
      fields(
        makeInput({
          options: noOptions,
          difficulties: [{ difficulty: 'Stairs', recommendation: 'Ground floor desk' }],
        }),
      ),
    ).toEqual([]);
    expect(fields(makeInput({ difficulties: [] }))).toEqual([]);
  });

  it('rejects return-to-work options when the patient is not fit for work', () => {
    expect(fields(makeInput({ advice: 'not_fit' }))).toEqual(['options']);
    expect(
      fields(
        makeInput({ advice: 'not_fit', options: { phasedReturn: false, alteredHours: false } }),
      ),
    ).toEqual([]);
  });

  it('needs a review date, not before the assessment, when a review is required', () => {
    expect(fields(makeInput({ review: { required: true, date: null } }))).toEqual(['review.date']);
    expect(fields(makeInput({ review: { required: true, date: '  ' } }))).toEqual(['review.date']);
    expect(fields(makeInput({ review: { required: true, date: '2026-13-01' } }))).toEqual([
      'review.date',
    ]);
    expect(fields(makeInput({ review: { required: true, date: '2026-11-01' } }))).toEqual([
      'review.date',
    ]);
    expect(fields(makeInput({ review: { required: false, date: null } }))).toEqual([]);
  });

  it('needs real dates, and an issue date on or after the assessment', () => {
    expect(
      fields(
        makeInput({
          patient: { dateOfBirth: '14/06/1979' },
          assessedOn: '2026-02-30',
          period: { from: '' },
        }),
      ),
    ).toEqual(['patient.dateOfBirth', 'assessedOn', 'period.from']);
    expect(fields(makeInput({ issuedOn: '2026-11-19' }))).toEqual(['issuedOn']);
  });

  it('needs the names, contact, functional effects and the other profession', () => {
    expect(
      fields(
        makeInput({
          patient: { name: ' ' },
          functionalEffects: '',
          practitioner: {
            name: '',
            organisation: '',
            contact: '',
            profession: 'other',
            professionOther: null,
            hcpcNumber: 'AS12345',
          },
        }),
      ),
    ).toEqual([
      'patient.name',
      'functionalEffects',
      'practitioner.name',
      'practitioner.organisation',
      'practitioner.contact',
      'practitioner.professionOther',
    ]);
  });

  it('needs both halves of each difficulty row', () => {
    expect(
      fields(
        makeInput({
          difficulties: [
            { difficulty: 'Driving', recommendation: '' },
            { difficulty: '', recommendation: 'Use a headset' },
            { difficulty: 'Stairs', recommendation: 'Ground floor desk' },
          ],
        }),
      ),
    ).toEqual(['difficulties.0.recommendation', 'difficulties.1.difficulty']);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.string(),
        (hcpcNumber, from, to, date) => {
          const errors = validateHealthWorkReport(
            makeInput({
              practitioner: { hcpcNumber },
              period: { from, to },
              review: { required: true, date },
            }),
          );
          expect(Array.isArray(errors)).toBe(true);
        },
      ),
    );
  });
});
