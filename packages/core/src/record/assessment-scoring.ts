/**
 * Scores of an assessment, computed by Everyday from what the clinician recorded (issue 5 item
 * 1). Each instrument's scorer cites its definition in ../shared/reference/INSTRUMENTS.md.
 */
import {
  cfsLevel,
  efiFromDeficitCount,
  eq5dIndex,
  eq5dState,
  Eq5dError,
  scoreCopm,
  scoreGad7,
  scoreMiniCog,
  scorePhq9,
  scoreSixCit,
  workAbilityBand,
  type Eq5dIndex,
  type QuestionnaireKind,
  type QuestionnaireScores,
} from '../instruments/index.js';
import type { AssessmentData } from './entry-types.js';

import { ASSESSMENT_SECTIONS, type AssessmentSection } from './assessment-templates.js';

export interface AssessmentScores {
  readonly eq5d5l?: {
    readonly state: string;
    readonly vas: number | null;
    /** The index under the chosen value set, labelled with it. */
    readonly index: Eq5dIndex | null;
    /** Why there is no index (the DSU mapping needs age and sex). */
    readonly indexProblem: string | null;
  };
  readonly copm?: { readonly performance: number; readonly satisfaction: number };
  readonly cfs?: { readonly level: number; readonly version: string };
  readonly efi?: { readonly score: number; readonly category: string };
  readonly phq9?: {
    readonly total: number;
    readonly severity: string;
    readonly item9RiskFlag: boolean;
  };
  readonly gad7?: { readonly total: number; readonly severity: string };
  readonly workAbility?: { readonly score: number; readonly band: string };
  readonly sixCit?: { readonly total: number; readonly band: string };
  readonly miniCog?: { readonly total: number; readonly screen: string };
  /** Risk flags raised by answers, whatever the totals: PHQ-9 item 9 above 0. */
  readonly flags: readonly 'phq9_item9'[];
}

export interface PersonForScoring {
  /** Age in whole years on the day of the assessment. */
  readonly age: number | null;
}

/** Compute every score an assessment's data supports. Throws the instrument's input error on bad data. */
export function scoreAssessment(data: AssessmentData, person: PersonForScoring): AssessmentScores {
  const flags: 'phq9_item9'[] = [];
  const scores: {
    -readonly [K in keyof AssessmentScores]: AssessmentScores[K];
  } = { flags };
  if (data.eq5d5l) {
    const { profile, vas, valueSet, sex } = data.eq5d5l;
    let index: Eq5dIndex | null = null;
    let indexProblem: string | null = null;
    try {
      index = eq5dIndex(
        profile,
        valueSet,
        person.age !== null && sex !== null ? { age: person.age, sex } : undefined,
      );
    } catch (error) {
      if (!(error instanceof Eq5dError)) throw error;
      indexProblem = error.code;
    }
    scores.eq5d5l = { state: eq5dState(profile), vas, index, indexProblem };
  }
  if (data.copm && data.copm.problems.length > 0) scores.copm = scoreCopm(data.copm.problems);
  if (data.cfs) scores.cfs = { level: cfsLevel(data.cfs.level).level, version: 'CFS 2.0' };
  if (data.efi) scores.efi = efiFromDeficitCount(data.efi.deficits);
  if (data.phq9) {
    const phq9 = scorePhq9(data.phq9.items);
    scores.phq9 = { total: phq9.total, severity: phq9.severity, item9RiskFlag: phq9.item9RiskFlag };
    if (phq9.item9RiskFlag) flags.push('phq9_item9');
  }
  if (data.gad7) scores.gad7 = scoreGad7(data.gad7.items);
  if (data.work && data.work.was !== null)
    scores.workAbility = { score: data.work.was, band: workAbilityBand(data.work.was) };
  if (data.sixCit) scores.sixCit = scoreSixCit(data.sixCit);
  if (data.miniCog) scores.miniCog = scoreMiniCog(data.miniCog);
  return scores;
}

/** Which template sections an assessment's data fills. */
export function sectionsPresent(data: AssessmentData): Set<AssessmentSection> {
  const present = new Set<AssessmentSection>();

  for (const key of ASSESSMENT_SECTIONS)
    if (data[key] !== undefined && data[key] !== null) present.add(key);
  return present;
}

/**
 * A questionnaire's scores in the same shape as an assessment's, so outcomes over an episode
 * read the person's own answers and the clinician's assessments alike. The EQ-5D index reported
 * is the UK 2026 set's (the others are kept beside it), always labelled.
 */
export function questionnaireEntryScores<K extends QuestionnaireKind>(
  kind: K,
  scores: QuestionnaireScores[K],
): AssessmentScores & { readonly eq5dIndices?: readonly Eq5dIndex[] } {
  switch (kind) {
    case 'eq5d5l': {
      const s = scores as QuestionnaireScores['eq5d5l'];
      const index = s.indices.find((i) => i.valueSet === 'UK_5L_2026') ?? s.indices[0] ?? null;
      return {
        eq5d5l: { state: s.state, vas: s.vas, index, indexProblem: null },
        eq5dIndices: s.indices,
        flags: [],
      };
    }
    case 'phq9': {
      const s = scores as QuestionnaireScores['phq9'];
      return {
        phq9: { total: s.total, severity: s.severity, item9RiskFlag: s.item9RiskFlag },
        flags: s.item9RiskFlag ? ['phq9_item9'] : [],
      };
    }
    case 'gad7': {
      const s = scores as QuestionnaireScores['gad7'];
      return { gad7: { total: s.total, severity: s.severity }, flags: [] };
    }
    case 'work_ability': {
      const s = scores as QuestionnaireScores['work_ability'];
      return { workAbility: { score: s.score, band: s.band }, flags: [] };
    }
    case 'prem':
      return { flags: [] };
  }
}
