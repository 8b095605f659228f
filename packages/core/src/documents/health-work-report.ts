/**
 * The AHP Health and Work Report (Allied Health Professions Federation; called the "Allied Health
 * Professions Advisory Fitness for Work Report" until 2019): an allied health professional's advice
 * on work for the patient, their employer and GP. It is not a fit note. Field wording follows the
 * completed example summarised in shared/reference/INSTRUMENTS.md §10. That source did not show
 * section 3 or the comments and signature parts, so their headings here are ours: section 3 carries
 * the functional effects of the condition, and the signature block repeats the practitioner's name,
 * profession, HCPC number and the date issued.
 */
import { isCalendarDate } from '../shared/calendar-date.js';
import {
  formatDocumentDate,
  type ClinicalDocument,
  type DocumentBlock,
  type DocumentCheckbox,
} from './document-model.js';

export type HealthWorkAdvice = 'not_fit' | 'may_be_fit';
export type AhpProfession = 'occupational_therapist' | 'physiotherapist' | 'podiatrist' | 'other';

export interface HealthWorkReportInput {
  readonly patient: { readonly name: string; readonly dateOfBirth: string /* ISO date */ };
  readonly advice: HealthWorkAdvice;
  readonly options: {
    readonly phasedReturn: boolean;
    readonly amendedDuties: boolean;
    readonly alteredHours: boolean;
    readonly workplaceAssessment: boolean;
  };
  readonly functionalEffects: string;
  readonly difficulties: readonly {
    readonly difficulty: string;
    readonly recommendation: string;
  }[];
  readonly period: { readonly from: string; readonly to: string };
  readonly review: { readonly required: boolean; readonly date?: string | null };
  readonly practitioner: {
    readonly name: string;
    readonly profession: AhpProfession;
    readonly professionOther?: string | null;
    readonly hcpcNumber: string;
    readonly organisation: string;
    readonly contact: string;
  };
  readonly assessedOn: string;
  readonly issuedOn: string;
  readonly comments?: string | null;
}

/** A problem with one field of the input; `field` is its path, e.g. `period.to`. */
export interface DocumentFieldError {
  readonly field: string;
  readonly message: string;
}

/** The form's wording, in one place so composition, renderers and tests agree. */
export const HEALTH_WORK_REPORT_WORDING = {
  title: 'AHP Health and Work Report',
  notAFitNote:
    'This report is not a fit note. It gives advice for the patient, their employer and GP, and can be used as evidence for statutory sick pay but not for benefits.',
  patientName: "Patient's name:",
  dateOfBirth: 'Date of birth:',
  iAdviseThat: 'I advise that:',
  notFit: 'you are not fit for work.',
  mayBeFit: 'you may be fit for work taking account of advice below',
  completedByA: 'This form has been completed by a:',
  professionOther: 'Other (please state):',
  practitionerName: "Practitioner's name:",
  hcpcNumber: 'HCPC registration number:',
  organisation: 'Organisation/Service:',
  contact: 'Contact details (email/ tel no.):',
  assessmentCompleted: 'Date assessment completed:',
  functionalEffects: 'The functional effects of your condition:',
  optionsIntro: "With your employer's agreement you may benefit from these or more options:",
  phasedReturn: 'a phased return to work',
  amendedDuties: 'amended duties',
  alteredHours: 'altered hours',
  workplaceAssessment: 'a workplace assessment',
  difficulties: 'Patient-reported work-relevant difficulty, recommendations and goals:',
  difficulty: 'Difficulty',
  recommendations: 'Recommendations / goals',
  comments: 'Comments:',
  dateIssued: 'Date issued:',
} as const;

const PROFESSIONS: readonly { readonly value: AhpProfession; readonly label: string }[] = [
  { value: 'physiotherapist', label: 'Physiotherapist' },
  { value: 'occupational_therapist', label: 'Occupational Therapist' },
  { value: 'podiatrist', label: 'Podiatrist' },
  { value: 'other', label: 'Other' },
];

/**
 * HCPC registration numbers are the register's two-letter prefix for the profession followed by
 * digits (OT12345). The format check here: after trimming, two capital letters then 4 to 7
 * digits, no spaces. It is a typing check, not a look-up on the HCPC register. For the three
 * professions the form names, the prefix must match: OT occupational therapists, PH
 * physiotherapists, CH chiropodists/podiatrists.
 */
export const HCPC_NUMBER_PATTERN = /^[A-Z]{2}\d{4,7}$/;

/** The HCPC register's prefix for a profession, where the form names the profession. */
export function hcpcPrefixFor(profession: AhpProfession): string | null {
  switch (profession) {
    case 'occupational_therapist':
      return 'OT';
    case 'physiotherapist':
      return 'PH';
    case 'podiatrist':
      return 'CH';
    case 'other':
      return null;
  }
}

/** The practitioner's profession as written on the form ("Occupational Therapist", or the other). */
export function ahpProfessionLabel(
  profession: AhpProfession,
  professionOther?: string | null,
): string {
  if (profession === 'other') {
    const other = professionOther?.trim() ?? '';
    return other === '' ? 'Other' : other;
  }
  return PROFESSIONS.find((p) => p.value === profession)?.label ?? profession;
}

/** The review sentence with the form's "is / is not required" choice made. */
export function reviewSentence(review: HealthWorkReportInput['review']): string {
  if (!review.required) return 'A follow up review is not required.';
  const date = review.date?.trim() ?? '';
  return date === ''
    ? 'A follow up review is required.'
    : `A follow up review is required and has been made for ${formatDocumentDate(date)}.`;
}

/** The period sentence, "This report is issued for period from … to …". */
export function periodSentence(period: HealthWorkReportInput['period']): string {
  return `This report is issued for period from ${formatDocumentDate(period.from)} to ${formatDocumentDate(period.to)}.`;
}

/**
 * Compose the AHP Health and Work Report (INSTRUMENTS.md §10) as a document: every field of the
 * form with its wording, the chosen options ticked, the difficulty table and a signature block.
 * Validate first with {@link validateHealthWorkReport}; composition does not refuse bad input.
 */
export function composeHealthWorkReport(input: HealthWorkReportInput): ClinicalDocument {
  const w = HEALTH_WORK_REPORT_WORDING;
  const dob = formatDocumentDate(input.patient.dateOfBirth);
  const profession = ahpProfessionLabel(
    input.practitioner.profession,
    input.practitioner.professionOther,
  );
  const hcpc = input.practitioner.hcpcNumber.trim();
  const professionItems: DocumentCheckbox[] = PROFESSIONS.map((p) => ({
    label: p.label,
    checked: p.value === input.practitioner.profession,
  }));
  const comments = input.comments?.trim() ?? '';

  const blocks: DocumentBlock[] = [
    { kind: 'paragraph', text: w.notAFitNote },
    { kind: 'heading', text: '1. Patient and advice' },
    {
      kind: 'fields',
      fields: [
        { label: w.patientName, value: input.patient.name },
        { label: w.dateOfBirth, value: dob },
      ],
    },
    {
      kind: 'checkboxes',
      label: w.iAdviseThat,
      items: [
        { label: w.notFit, checked: input.advice === 'not_fit' },
        { label: w.mayBeFit, checked: input.advice === 'may_be_fit' },
      ],
    },
    { kind: 'heading', text: '2. Practitioner' },
    { kind: 'checkboxes', label: w.completedByA, items: professionItems },
    {
      kind: 'fields',
      fields: [
        ...(input.practitioner.profession === 'other'
          ? [{ label: w.professionOther, value: profession }]
          : []),
        { label: w.practitionerName, value: input.practitioner.name },
        { label: w.hcpcNumber, value: hcpc },
        { label: w.organisation, value: input.practitioner.organisation },
        { label: w.contact, value: input.practitioner.contact },
        { label: w.assessmentCompleted, value: formatDocumentDate(input.assessedOn) },
      ],
    },
    { kind: 'heading', text: '3. Functional effects of the condition' },
    { kind: 'fields', fields: [{ label: w.functionalEffects, value: input.functionalEffects }] },
    { kind: 'heading', text: '4. Period and review' },
    { kind: 'paragraph', text: periodSentence(input.period) },
    { kind: 'paragraph', text: reviewSentence(input.review) },
    { kind: 'heading', text: '5. Options' },
    {
      kind: 'checkboxes',
      label: w.optionsIntro,
      items: [
        { label: w.phasedReturn, checked: input.options.phasedReturn },
        { label: w.amendedDuties, checked: input.options.amendedDuties },
        { label: w.alteredHours, checked: input.options.alteredHours },
        { label: w.workplaceAssessment, checked: input.options.workplaceAssessment },
      ],
    },
    { kind: 'heading', text: '6. Difficulties, recommendations and goals' },
    {
      kind: 'table',
      caption: w.difficulties,
      header: [w.difficulty, w.recommendations],
      rows: input.difficulties.map((d) => [d.difficulty, d.recommendation]),
      widths: [2, 3],
      emptyText: 'No work-relevant difficulties were reported.',
    },
    { kind: 'heading', text: 'Comments and signature' },
    { kind: 'fields', fields: [{ label: w.comments, value: comments === '' ? 'None' : comments }] },
    {
      kind: 'signature',
      name: input.practitioner.name,
      profession,
      registration: { label: w.hcpcNumber, value: hcpc },
      date: formatDocumentDate(input.issuedOn),
    },
  ];

  return {
    title: w.title,
    subtitle: input.practitioner.organisation,
    meta: [{ label: w.dateIssued, value: formatDocumentDate(input.issuedOn) }],
    blocks,
    footer: `${w.title}: ${input.patient.name}, born ${dob}`,
    author: input.practitioner.name,
  };
}

/**
 * Field-level problems that would make the report wrong or unusable; empty when it can be issued.
 * Rules: names, contact and functional effects present; real dates; the period ends on or after it
 * starts; the HCPC number matches {@link HCPC_NUMBER_PATTERN} and the profession's prefix; "may be
 * fit" carries at least one option or recommendation; "not fit" ticks no return-to-work option; a
 * required review has a date, not before the assessment.
 */
export function validateHealthWorkReport(input: HealthWorkReportInput): DocumentFieldError[] {
  const errors: DocumentFieldError[] = [];
  const add = (field: string, message: string): void => {
    errors.push({ field, message });
  };
  const required = (field: string, value: string | null | undefined, what: string): void => {
    if ((value ?? '').trim() === '') add(field, `Enter ${what}`);
  };
  const date = (field: string, value: string, what: string): boolean => {
    if (isCalendarDate(value)) return true;
    add(field, `${what} must be a real date, written YYYY-MM-DD`);
    return false;
  };

  required('patient.name', input.patient.name, "the patient's name");
  date('patient.dateOfBirth', input.patient.dateOfBirth, 'Date of birth');
  required('functionalEffects', input.functionalEffects, 'the functional effects of the condition');
  required('practitioner.name', input.practitioner.name, "the practitioner's name");
  required('practitioner.organisation', input.practitioner.organisation, 'the organisation');
  required('practitioner.contact', input.practitioner.contact, 'contact details');
  if (input.practitioner.profession === 'other')
    required('practitioner.professionOther', input.practitioner.professionOther, 'the profession');
  validateHcpc(input.practitioner, add);

  const assessed = date('assessedOn', input.assessedOn, 'Date assessment completed');
  const issued = date('issuedOn', input.issuedOn, 'Date issued');
  if (assessed && issued && input.issuedOn < input.assessedOn)
    add('issuedOn', 'Date issued cannot be before the assessment was completed');
  const from = date('period.from', input.period.from, 'Period start');
  const to = date('period.to', input.period.to, 'Period end');
  if (from && to && input.period.to < input.period.from)
    add('period.to', 'Period end must be on or after the period start');

  const anyOption = Object.values(input.options).some(Boolean);
  const anyRecommendation = input.difficulties.some((d) => d.recommendation.trim() !== '');
  switch (input.advice) {
    case 'may_be_fit':
      if (!anyOption && !anyRecommendation)
        add('options', 'Choose at least one option or give a recommendation, or advise not fit');
      break;
    case 'not_fit':
      if (anyOption)
        add('options', 'Options apply when the patient may be fit for work: untick them');
      break;
  }
  input.difficulties.forEach((d, i) => {
    if (d.difficulty.trim() === '' && d.recommendation.trim() !== '')
      add(`difficulties.${i}.difficulty`, 'Enter the difficulty this recommendation addresses');
    if (d.difficulty.trim() !== '' && d.recommendation.trim() === '')
      add(`difficulties.${i}.recommendation`, 'Enter a recommendation or goal');
  });

  if (input.review.required) {
    const reviewDate = input.review.date?.trim() ?? '';
    if (reviewDate === '') add('review.date', 'Enter the date of the follow up review');
    else if (
      date('review.date', reviewDate, 'Review date') &&
      assessed &&
      reviewDate < input.assessedOn
    )
      add('review.date', 'The review cannot be before the assessment');
  }
  return errors;
}

function validateHcpc(
  practitioner: HealthWorkReportInput['practitioner'],
  add: (field: string, message: string) => void,
): void {
  const hcpc = practitioner.hcpcNumber.trim();
  if (hcpc === '') {
    add('practitioner.hcpcNumber', 'Enter the HCPC registration number');
    return;
  }
  if (!HCPC_NUMBER_PATTERN.test(hcpc)) {
    add(
      'practitioner.hcpcNumber',
      'HCPC registration number must be two capital letters then digits, like OT12345',
    );
    return;
  }
  const prefix = hcpcPrefixFor(practitioner.profession);
  if (prefix !== null && !hcpc.startsWith(prefix))
    add(
      'practitioner.hcpcNumber',
      `An HCPC number for ${ahpProfessionLabel(practitioner.profession)} starts with ${prefix}`,
    );
}
