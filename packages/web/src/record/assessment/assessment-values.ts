// The assessment form as typed: every instrument's answers as strings (radios, boxes), before
// they are read into AssessmentData (read-assessment.ts).
import type {
  AssessmentSection,
  AssessmentStage,
  CopmProblemToReassess,
  Eq5dDimension,
} from '@everyday/core';
import { EQ5D_DIMENSIONS } from '@everyday/core';
import type { DateParts } from '../../booking/dates.js';
import { isoToDateParts } from '../../booking/dates.js';
import type { YesNo } from '../form-values.js';
import { emptyDate } from '../form-values.js';

export interface CopmRowValues {
  problem: string;
  importance: string;
  performance: string;
  satisfaction: string;
  /** Carried from the first assessment: left out unless rated again. */
  carried?: boolean;
}

/** Whether a COPM row is part of this assessment: anything typed, or a carried problem rated again. */
export function copmRowAnswered(row: CopmRowValues): boolean {
  return row.carried === true
    ? [row.performance, row.satisfaction].some((v) => v.trim() !== '')
    : [row.problem, row.importance, row.performance, row.satisfaction].some((v) => v.trim() !== '');
}

export const COPM_ROWS = 5;
export const PHQ9_ITEMS = 9;
export const GAD7_ITEMS = 7;

export interface AssessmentValues {
  assessedOn: DateParts;
  eq5d5l: {
    profile: Record<Eq5dDimension, string>;
    vas: string;
    valueSet: string;
    sex: string;
  };
  copm: { problems: CopmRowValues[] };
  cfs: { level: string };
  falls: { count: string; injured: YesNo; fearOfFalling: YesNo };
  home: { hazards: string[]; equipment: string; notes: string };
  efi: { deficits: string; importedOn: DateParts };
  phq9: { items: string[] };
  gad7: { items: string[] };
  work: {
    status: string;
    fitNoteUntil: DateParts;
    was: string;
    jobTitle: string;
    jobDemands: string;
    adjustments: string;
  };
  sixCit: {
    yearCorrect: YesNo;
    monthCorrect: YesNo;
    timeCorrect: YesNo;
    countBackErrors: string;
    monthsReverseErrors: string;
    addressErrors: string;
  };
  miniCog: { wordsRecalled: string; clockNormal: YesNo };
  bloodTests: { requested: YesNo; which: string };
  memoryClinic: { referred: YesNo; notes: string };
  notes: string;
}

/** The instruments' parts of the form, by section. */
export type SectionValues<S extends AssessmentSection> = AssessmentValues[S];

const emptyCopmRow: CopmRowValues = {
  problem: '',
  importance: '',
  performance: '',
  satisfaction: '',
};

/**
 * A blank assessment dated today; the EQ-5D value set starts at the UK 5L set (Rowen 2026). A
 * reassessment starts from the COPM problems first named, with their importance (issue 16 item 9).
 */
export function newAssessmentValues(
  today: string,
  copmCarried: readonly CopmProblemToReassess[] = [],
): AssessmentValues {
  return {
    assessedOn: isoToDateParts(today),
    eq5d5l: {
      profile: Object.fromEntries(EQ5D_DIMENSIONS.map((d) => [d, ''])) as Record<
        Eq5dDimension,
        string
      >,
      vas: '',
      valueSet: 'UK_5L_2026',
      sex: '',
    },
    copm: {
      problems: Array.from({ length: COPM_ROWS }, (_, i) => {
        const carried = copmCarried[i];
        return carried
          ? {
              ...emptyCopmRow,
              problem: carried.problem,
              importance: String(carried.importance),
              carried: true,
            }
          : { ...emptyCopmRow };
      }),
    },
    cfs: { level: '' },
    falls: { count: '', injured: '', fearOfFalling: '' },
    home: { hazards: [], equipment: '', notes: '' },
    efi: { deficits: '', importedOn: emptyDate },
    phq9: { items: Array.from({ length: PHQ9_ITEMS }, () => '') },
    gad7: { items: Array.from({ length: GAD7_ITEMS }, () => '') },
    work: {
      status: '',
      fitNoteUntil: emptyDate,
      was: '',
      jobTitle: '',
      jobDemands: '',
      adjustments: '',
    },
    sixCit: {
      yearCorrect: '',
      monthCorrect: '',
      timeCorrect: '',
      countBackErrors: '',
      monthsReverseErrors: '',
      addressErrors: '',
    },
    miniCog: { wordsRecalled: '', clockNormal: '' },
    bloodTests: { requested: '', which: '' },
    memoryClinic: { referred: '', notes: '' },
    notes: '',
  };
}

/** The stage from `?stage=`; an initial assessment unless it says review or discharge. */
export function readStage(value: string | null): AssessmentStage {
  return value === 'review' || value === 'discharge' ? value : 'initial';
}
