/**
 * What the record does with an entry on its way in: check its shape for its kind, apply the
 * domain's rules (core), compute its scores, and turn stored rows into what the API returns.
 */
import {
  ageOn,
  checkRiskAssessment,
  InstrumentInputError,
  Eq5dError,
  scoreAssessment,
  questionnaireEntryScores,
  scoreQuestionnaire,
  scoreStayIndependent,
  suggestOverallLevel,
  validateQuestionnaire,
  validateHealthWorkReport,
  type AssessmentData,
  type EntryKind,
  type HealthWorkReportData,
  type Pathway,
  type QuestionnaireKind,
  type RecordEntry,
  type RiskData,
} from '@everyday/core';
import { AppError, type FieldError } from '../http/app-error.js';
import { fieldErrorsFromZod } from '../http/error-handler.js';
import type { EntryRow } from './record.repository.js';
import { ENTRY_SCHEMAS } from './record.schema.js';

const RISK_MESSAGES = {
  needed_when_differs: 'Say why the risk level differs from the suggested level',
  high_needs_escalation: 'A high risk must be escalated: choose same-day GP or the crisis team',
  escalation_needs_detail: 'Say who the risk was escalated to and what was agreed',
  domain_required: 'Say whether this risk is present',
  pathway_domain_missing: 'Assess every risk this pathway asks about',
  domain_level_required: 'Choose the level of this risk',
  domain_plan_required: 'Say what the plan is for this risk',
} as const;

function invalid(fields: FieldError[]): AppError {
  return new AppError('validation', 'Check the entry', { fields });
}

export interface ScoredEntry {
  readonly data: unknown;
  readonly scores: unknown;
}

/**
 * Parse and score an entry's data for its kind. `dateOfBirth` gives the age some scores need
 * (the EQ-5D NICE DSU mapping). Throws a field-level validation error.
 */
export function prepareEntry(
  kind: EntryKind,
  raw: unknown,
  dateOfBirth: string | null,
  /** The episode's pathway: a risk assessment must cover the risks it asks about. */
  pathway?: Pathway,
): ScoredEntry {
  const age = (on: string) => (dateOfBirth === null ? null : ageOn(dateOfBirth, on));
  const parsed = ENTRY_SCHEMAS[kind].safeParse(raw);
  if (!parsed.success) throw invalid(fieldErrorsFromZod(parsed.error.issues, raw, ['data']));
  const data = parsed.data;
  switch (kind) {
    case 'assessment': {
      const a = data as AssessmentData;
      try {
        return { data: a, scores: scoreAssessment(a, { age: age(a.assessedOn) }) };
      } catch (error) {
        throw instrumentError(error);
      }
    }
    case 'risk': {
      const r = data as RiskData;
      const problems = checkRiskAssessment(r, pathway);
      if (problems.length > 0)
        throw invalid(
          problems.map((p) => ({
            path: `data.${p.field}`,
            code: p.problem,
            message: RISK_MESSAGES[p.problem],
          })),
        );
      const screen = r.falls?.stayIndependent;
      return {
        data: r,
        scores: {
          suggestedLevel: suggestOverallLevel(r),
          ...(screen ? { stayIndependent: scoreStayIndependent(screen) } : {}),
        },
      };
    }
    case 'health_work_report': {
      // The patient's details come from the record when the report is printed.
      const report = data as HealthWorkReportData;
      const problems = validateHealthWorkReport({
        ...report,
        // A report needs the date of birth; one saved urgently without it is refused here.
        patient: { name: 'Patient', dateOfBirth: dateOfBirth ?? '' },
      });
      if (problems.length > 0)
        throw invalid(
          problems.map((p) => ({
            path: `data.${p.field}`,
            code: 'invalid_value',
            message: p.message,
          })),
        );
      return { data, scores: {} };
    }
    case 'questionnaire': {
      const q = data as { kind: QuestionnaireKind; answers: unknown; completedOn: string };
      return {
        data,
        scores: scoreAnswers(q.kind, q.answers, age(q.completedOn), `data.answers`),
      };
    }
    case 'contact':
    case 'goal':
    case 'intervention':
    case 'discharge':
      return { data, scores: {} };
  }
}

/** Validate and score one questionnaire's answers; field paths under `prefix`. */
export function scoreAnswers(
  kind: QuestionnaireKind,
  raw: unknown,
  age: number | null,
  prefix: string,
  language: 'en' | 'cy' = 'en',
): { readonly answers: unknown; readonly scores: unknown } {
  const checked = validateQuestionnaire(kind, raw);
  if (!checked.ok)
    throw invalid(
      checked.errors.map((e) => ({
        path: `${prefix}.${e.field}`,
        code: 'required',
        message: e.message[language],
      })),
    );
  return {
    answers: checked.answers,
    scores: questionnaireEntryScores(kind, scoreQuestionnaire(kind, checked.answers, { age })),
  };
}

function instrumentError(error: unknown): unknown {
  if (error instanceof InstrumentInputError)
    return invalid([
      { path: `data.${error.field}`, code: 'invalid_value', message: error.message },
    ]);
  if (error instanceof Eq5dError)
    return invalid([{ path: 'data.eq5d5l', code: error.code, message: error.message }]);
  return error;
}

export function toEntryDto(row: EntryRow): RecordEntry & { readonly kind: EntryKind } {
  return {
    id: row.id,
    kind: row.kind as EntryKind,
    version: row.version,
    data: row.data as never,
    scores: row.scores,
    createdAt: new Date(row.created_at).toISOString(),
    createdBy: row.created_by_label,
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedBy: row.updated_by_label,
  };
}
