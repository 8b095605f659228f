// Reading the assessment form into AssessmentData (docs/api/clinical-record-contract.md). A
// section counts as recorded once anything in it is answered, and then must be complete; the
// sections the pathway's template requires at this stage must be recorded (core's
// missingSections). Problems carry the path the server would use, without `data.`.
import type {
  AssessmentData,
  AssessmentSection,
  AssessmentStage,
  Eq5dLevel,
  HomeHazard,
  Pathway,
} from '@everyday/core';
import {
  EQ5D_DIMENSIONS,
  EQ5D_SEXES,
  EQ5D_VALUE_SETS,
  HOME_HAZARDS,
  WORK_ABILITY_STATUSES,
  missingSections,
} from '@everyday/core';
import type { FieldError } from '../../api-types.js';
import type { Checked } from '../form-values.js';
import {
  checked,
  isEmptyDate,
  readChoice,
  readDate,
  readWhole,
  readYesNo,
  requiredText,
} from '../form-values.js';
import { problem } from '../record-errors.js';
import type { AssessmentValues } from './assessment-values.js';
import { copmRowAnswered } from './assessment-values.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Data = Mutable<AssessmentData>;

const filled = (...texts: readonly string[]): boolean => texts.some((text) => text.trim() !== '');

/** Item answers 0–3 (PHQ-9, GAD-7); each unanswered item is a `required` problem at `<section>.items.N`. */
function readItems(items: readonly string[], section: string, problems: FieldError[]): number[] {
  return items.map(
    (item, i) =>
      readWhole(item, { min: 0, max: 3 }, `${section}.items.${String(i)}`, problems) ?? 0,
  );
}

/** Each section's reader: null when nothing in it is answered. */
const readers: {
  [S in AssessmentSection]: (v: AssessmentValues, problems: FieldError[]) => Data[S] | null;
} = {
  eq5d5l: ({ eq5d5l: v }, problems) => {
    if (!filled(v.vas, ...Object.values(v.profile))) return null;
    const profile = Object.fromEntries(
      EQ5D_DIMENSIONS.map((d) => [
        d,
        readWhole(v.profile[d], { min: 1, max: 5 }, `eq5d5l.profile.${d}`, problems) ?? 1,
      ]),
    ) as Record<(typeof EQ5D_DIMENSIONS)[number], Eq5dLevel>;
    const vas = readWhole(v.vas, { min: 0, max: 100 }, 'eq5d5l.vas', problems, false);
    const valueSet = readChoice(v.valueSet, EQ5D_VALUE_SETS, 'eq5d5l.valueSet', problems);
    const sex =
      valueSet === 'NICE_DSU_5L_TO_3L'
        ? readChoice(v.sex, EQ5D_SEXES, 'eq5d5l.sex', problems)
        : null;
    return { profile, vas, valueSet: valueSet ?? 'UK_5L_2026', sex };
  },
  copm: ({ copm: v }, problems) => {
    const rows = v.problems
      .map((row, index) => ({ row, index }))
      .filter(({ row }) => copmRowAnswered(row));
    if (rows.length === 0) return null;
    const rating = (typed: string, path: string): number =>
      readWhole(typed, { min: 1, max: 10 }, path, problems) ?? 1;
    return {
      problems: rows.map(({ row, index }) => {
        const at = `copm.problems.${String(index)}`;
        return {
          problem: requiredText(row.problem, `${at}.problem`, problems),
          importance: rating(row.importance, `${at}.importance`),
          performance: rating(row.performance, `${at}.performance`),
          satisfaction: rating(row.satisfaction, `${at}.satisfaction`),
        };
      }),
    };
  },
  cfs: ({ cfs: v }, problems) =>
    filled(v.level)
      ? { level: readWhole(v.level, { min: 1, max: 9 }, 'cfs.level', problems) ?? 1 }
      : null,
  falls: ({ falls: v }, problems) => {
    if (!filled(v.count, v.injured, v.fearOfFalling)) return null;
    return {
      count: readWhole(v.count, { min: 0, max: 365 }, 'falls.count', problems) ?? 0,
      injured: readYesNo(v.injured, 'falls.injured', problems),
      fearOfFalling: readYesNo(v.fearOfFalling, 'falls.fearOfFalling', problems),
    };
  },
  home: ({ home: v }) => {
    if (v.hazards.length === 0 && !filled(v.equipment, v.notes)) return null;
    return {
      hazards: HOME_HAZARDS.filter((h: HomeHazard) => v.hazards.includes(h)),
      equipment: v.equipment.trim(),
      notes: v.notes.trim(),
    };
  },
  efi: ({ efi: v }, problems) => {
    if (!filled(v.deficits) && isEmptyDate(v.importedOn)) return null;
    return {
      deficits: readWhole(v.deficits, { min: 0, max: 36 }, 'efi.deficits', problems) ?? 0,
      importedOn: readDate(v.importedOn, 'efi.importedOn', problems, false),
    };
  },
  phq9: ({ phq9: v }, problems) =>
    filled(...v.items) ? { items: readItems(v.items, 'phq9', problems) } : null,
  gad7: ({ gad7: v }, problems) =>
    filled(...v.items) ? { items: readItems(v.items, 'gad7', problems) } : null,
  work: ({ work: v }, problems) => {
    if (
      !filled(v.status, v.was, v.jobTitle, v.jobDemands, v.adjustments) &&
      isEmptyDate(v.fitNoteUntil)
    )
      return null;
    return {
      status: readChoice(v.status, WORK_ABILITY_STATUSES, 'work.status', problems) ?? 'other',
      fitNoteUntil: readDate(v.fitNoteUntil, 'work.fitNoteUntil', problems, false),
      was: readWhole(v.was, { min: 0, max: 10 }, 'work.was', problems, false),
      jobTitle: v.jobTitle.trim(),
      jobDemands: v.jobDemands.trim(),
      adjustments: v.adjustments.trim(),
    };
  },
  sixCit: ({ sixCit: v }, problems) => {
    if (!filled(...Object.values(v))) return null;
    const errors = (typed: string, path: string, max: number): number =>
      readWhole(typed, { min: 0, max }, path, problems) ?? 0;
    return {
      yearCorrect: readYesNo(v.yearCorrect, 'sixCit.yearCorrect', problems),
      monthCorrect: readYesNo(v.monthCorrect, 'sixCit.monthCorrect', problems),
      timeCorrect: readYesNo(v.timeCorrect, 'sixCit.timeCorrect', problems),
      countBackErrors: errors(v.countBackErrors, 'sixCit.countBackErrors', 2),
      monthsReverseErrors: errors(v.monthsReverseErrors, 'sixCit.monthsReverseErrors', 2),
      addressErrors: errors(v.addressErrors, 'sixCit.addressErrors', 5),
    };
  },
  miniCog: ({ miniCog: v }, problems) => {
    if (!filled(v.wordsRecalled, v.clockNormal)) return null;
    return {
      wordsRecalled:
        readWhole(v.wordsRecalled, { min: 0, max: 3 }, 'miniCog.wordsRecalled', problems) ?? 0,
      clockNormal: readYesNo(v.clockNormal, 'miniCog.clockNormal', problems),
    };
  },
  bloodTests: ({ bloodTests: v }, problems) => {
    if (!filled(v.requested, v.which)) return null;
    const requested = readYesNo(v.requested, 'bloodTests.requested', problems);
    const which = requested ? requiredText(v.which, 'bloodTests.which', problems) : v.which.trim();
    return { requested, which };
  },
  memoryClinic: ({ memoryClinic: v }, problems) => {
    if (!filled(v.referred, v.notes)) return null;
    return {
      referred: readYesNo(v.referred, 'memoryClinic.referred', problems),
      notes: v.notes.trim(),
    };
  },
};

export interface AssessmentContext {
  pathway: Pathway;
  stage: AssessmentStage;
  /** The sections the form shows (the pathway's template). */
  sections: readonly AssessmentSection[];
  today: string;
}

/**
 * The assessment as data, or what is wrong: each section answered must be complete and in
 * range, and the sections required at this stage must be answered.
 */
export function readAssessment(
  values: AssessmentValues,
  context: AssessmentContext,
): Checked<AssessmentData> {
  const problems: FieldError[] = [];
  const assessedOn = readDate(values.assessedOn, 'assessedOn', problems);
  if (assessedOn !== null && assessedOn > context.today)
    problems.push(problem('assessedOn', 'date_in_future'));
  const data: Data = {
    stage: context.stage,
    assessedOn: assessedOn ?? '',
    notes: values.notes.trim(),
  };
  const present = new Set<AssessmentSection>();
  for (const section of context.sections) {
    const read = readers[section] as (v: AssessmentValues, p: FieldError[]) => unknown;
    const value = read(values, problems);
    if (value === null) continue;
    present.add(section);
    (data as Record<string, unknown>)[section] = value;
  }
  for (const section of missingSections(context.pathway, context.stage, present)) {
    if (context.sections.includes(section)) problems.push(problem(section, 'section_required'));
  }
  return checked(data, problems);
}

/**
 * The form's path for a problem the server found in what was sent: COPM rows left blank are not
 * sent, so the server's row N is the form's Nth filled row.
 */
export function formPathOfSent(path: string, values: AssessmentValues): string {
  const match = /^(?:data\.)?copm\.problems\.(\d+)(.*)$/.exec(path);
  if (!match) return path;
  const filledRows = values.copm.problems
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => copmRowAnswered(row));
  const row = filledRows[Number(match[1])];
  return row === undefined ? path : `copm.problems.${String(row.index)}${match[2] ?? ''}`;
}
