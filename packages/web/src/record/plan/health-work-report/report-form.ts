// The AHP Health and Work Report form: its values as typed (the practitioner's details filled in
// from the signed-in OT), rows of difficulties and recommendations added and removed, and the
// checks — the core's validateHealthWorkReport, its problems given codes so they can be worded in
// English and Welsh.
import type {
  AhpProfession,
  HealthWorkAdvice,
  HealthWorkReportData,
  HealthWorkReportInput,
} from '@everyday/core';
import { validateHealthWorkReport } from '@everyday/core';
import type { FieldError } from '../../../api-types.js';
import type { DateParts } from '../../../booking/dates.js';
import { isoToDateParts } from '../../../booking/dates.js';
import type { Checked, YesNo } from '../form-values.js';
import { checked, readDate, text } from '../form-values.js';
import { problem } from '../plan-errors.js';

export const REPORT_OPTIONS = [
  'phasedReturn',
  'amendedDuties',
  'alteredHours',
  'workplaceAssessment',
] as const;
export type ReportOption = (typeof REPORT_OPTIONS)[number];

export const AHP_PROFESSIONS: readonly AhpProfession[] = [
  'occupational_therapist',
  'physiotherapist',
  'podiatrist',
  'other',
];

export interface DifficultyRow {
  /** Identifies the row while it is on the page (rows are added and removed). */
  key: number;
  difficulty: string;
  recommendation: string;
}

export interface ReportValues {
  advice: HealthWorkAdvice | '';
  options: ReportOption[];
  functionalEffects: string;
  difficulties: DifficultyRow[];
  periodFrom: DateParts;
  periodTo: DateParts;
  reviewRequired: YesNo;
  reviewDate: DateParts;
  name: string;
  profession: AhpProfession;
  professionOther: string;
  hcpcNumber: string;
  organisation: string;
  contact: string;
  assessedOn: DateParts;
  issuedOn: DateParts;
  comments: string;
}

export interface Practitioner {
  name: string;
  lastHcpcNumber: string | null;
  organisation: string;
}

/** A new report, assessed and issued today, by the signed-in OT with their last HCPC number. */
export function newReportValues(today: string, me: Practitioner): ReportValues {
  return {
    advice: '',
    options: [],
    functionalEffects: '',
    difficulties: [{ key: 1, difficulty: '', recommendation: '' }],
    periodFrom: isoToDateParts(today),
    periodTo: isoToDateParts(null),
    reviewRequired: '',
    reviewDate: isoToDateParts(null),
    name: me.name,
    profession: 'occupational_therapist',
    professionOther: '',
    hcpcNumber: me.lastHcpcNumber ?? '',
    organisation: me.organisation,
    contact: '',
    assessedOn: isoToDateParts(today),
    issuedOn: isoToDateParts(today),
    comments: '',
  };
}

/** Another empty row at the end. */
export function addRow(rows: readonly DifficultyRow[]): DifficultyRow[] {
  const key = rows.reduce((max, row) => Math.max(max, row.key), 0) + 1;
  return [...rows, { key, difficulty: '', recommendation: '' }];
}

/** The rows without the one at `index`. */
export function removeRow(rows: readonly DifficultyRow[], index: number): DifficultyRow[] {
  return rows.filter((_row, i) => i !== index);
}

export function changeRow(
  rows: readonly DifficultyRow[],
  index: number,
  patch: Partial<Omit<DifficultyRow, 'key'>>,
): DifficultyRow[] {
  return rows.map((row, i) => (i === index ? { ...row, ...patch } : row));
}

/**
 * A code for each of validateHealthWorkReport's messages, so the page words them in the page's
 * language; an unknown message keeps `invalid` and is shown as the core wrote it.
 */
export function reportProblemCode(field: string, message: string): string {
  if (/^Enter /.test(message)) return 'required';
  if (/real date/.test(message)) return 'invalid_date';
  if (field === 'practitioner.hcpcNumber')
    return /starts with/.test(message) ? 'hcpc_prefix' : 'hcpc_format';
  if (field === 'options') return /untick/.test(message) ? 'not_fit_options' : 'option_needed';
  if (/before|on or after/.test(message)) return 'too_early';
  return 'invalid';
}

/** Empty rows are left out of the report. */
function filledRows(rows: readonly DifficultyRow[]): HealthWorkReportData['difficulties'] {
  return rows
    .map((row) => ({ difficulty: text(row.difficulty), recommendation: text(row.recommendation) }))
    .filter((row) => row.difficulty !== '' || row.recommendation !== '');
}

/**
 * The report to send, or what is wrong with it. A problem's path is the report's own
 * (`period.to`, `difficulties.1.recommendation`), as the server names it under `data.`;
 * row numbers are those of the rows on the page.
 */
export function checkReport(
  values: ReportValues,
  patient: HealthWorkReportInput['patient'],
): Checked<HealthWorkReportData> {
  const problems: FieldError[] = [];
  if (values.advice === '') problems.push(problem('advice', 'required'));
  if (values.reviewRequired === '') problems.push(problem('review.required', 'required'));
  const date = (parts: DateParts, path: string, required = true): string =>
    readDate(parts, path, problems, required) ?? '';
  const periodFrom = date(values.periodFrom, 'period.from');
  const periodTo = date(values.periodTo, 'period.to');
  const assessedOn = date(values.assessedOn, 'assessedOn');
  const issuedOn = date(values.issuedOn, 'issuedOn');
  const required = values.reviewRequired === 'yes';
  const reviewDate = required ? date(values.reviewDate, 'review.date', false) : '';
  const difficulties = filledRows(values.difficulties);
  const data: HealthWorkReportData = {
    advice: values.advice === '' ? 'may_be_fit' : values.advice,
    options: {
      phasedReturn: values.options.includes('phasedReturn'),
      amendedDuties: values.options.includes('amendedDuties'),
      alteredHours: values.options.includes('alteredHours'),
      workplaceAssessment: values.options.includes('workplaceAssessment'),
    },
    functionalEffects: text(values.functionalEffects),
    difficulties,
    period: { from: periodFrom, to: periodTo },
    review: { required, date: required && reviewDate !== '' ? reviewDate : null },
    practitioner: {
      name: text(values.name),
      profession: values.profession,
      professionOther: values.profession === 'other' ? text(values.professionOther) : null,
      hcpcNumber: text(values.hcpcNumber),
      organisation: text(values.organisation),
      contact: text(values.contact),
    },
    assessedOn,
    issuedOn,
    comments: text(values.comments) === '' ? null : text(values.comments),
  };
  // Row numbers in the core's problems count filled rows; on the page, empty rows come between.
  const pageRow = values.difficulties
    .map((row, index) => ({ index, filled: text(row.difficulty) + text(row.recommendation) }))
    .filter((row) => row.filled !== '')
    .map((row) => row.index);
  const found = new Set(problems.map((p) => p.path));
  for (const error of validateHealthWorkReport({ patient, ...data })) {
    const path = error.field.replace(
      /^difficulties\.(\d+)\./,
      (_all, n: string) => `difficulties.${String(pageRow[Number(n)] ?? n)}.`,
    );
    // A date already found wrong, or an unanswered advice, is not reported twice.
    if (found.has(path) || (path === 'options' && values.advice === '')) continue;
    if (path.startsWith('patient.')) continue;
    found.add(path);
    problems.push(problem(path, reportProblemCode(error.field, error.message), error.message));
  }
  return checked(data, problems);
}
