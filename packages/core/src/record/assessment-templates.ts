/**
 * Assessment templates per pathway (issue 5 item 1): which instruments an assessment on each
 * pathway offers, in order, and which it asks for. EQ-5D-5L and COPM are on every pathway.
 */
import type { Pathway } from '../triage/triage-types.js';
import type { LocalisedText } from '../shared/localised-text.js';

export const ASSESSMENT_SECTIONS = [
  'cfs',
  'falls',
  'home',
  'efi',
  'phq9',
  'gad7',
  'work',
  'sixCit',
  'miniCog',
  'bloodTests',
  'memoryClinic',
  'eq5d5l',
  'copm',
] as const;
export type AssessmentSection = (typeof ASSESSMENT_SECTIONS)[number];

export interface AssessmentTemplate {
  readonly pathway: Pathway;
  readonly title: LocalisedText;
  /** Sections in the order the form shows them. */
  readonly sections: readonly AssessmentSection[];
  /** Sections an initial assessment must complete. */
  readonly required: readonly AssessmentSection[];
}

const everyPathway: readonly AssessmentSection[] = ['eq5d5l', 'copm'];

export const ASSESSMENT_TEMPLATES: Readonly<Record<Pathway, AssessmentTemplate>> = {
  frailty_falls: {
    pathway: 'frailty_falls',
    title: { en: 'Frailty and falls assessment', cy: 'Asesiad eiddilwch a chwympiadau' },
    sections: ['cfs', 'falls', 'home', 'efi', ...everyPathway],
    required: ['cfs', 'falls', 'eq5d5l'],
  },
  mental_health: {
    pathway: 'mental_health',
    title: { en: 'Mood and wellbeing assessment', cy: 'Asesiad hwyliau a lles' },
    sections: ['phq9', 'gad7', ...everyPathway],
    required: ['phq9', 'gad7', 'eq5d5l'],
  },
  work: {
    pathway: 'work',
    title: { en: 'Work and health assessment', cy: 'Asesiad gwaith ac iechyd' },
    sections: ['work', ...everyPathway],
    required: ['work', 'eq5d5l'],
  },
  memory: {
    pathway: 'memory',
    title: { en: 'Memory assessment', cy: 'Asesiad cof' },
    sections: ['sixCit', 'miniCog', 'bloodTests', 'memoryClinic', ...everyPathway],
    required: ['sixCit', 'eq5d5l'],
  },
  daily_living: {
    pathway: 'daily_living',
    title: { en: 'Daily living assessment', cy: 'Asesiad byw bob dydd' },
    sections: ['home', 'falls', ...everyPathway],
    required: ['eq5d5l', 'copm'],
  },
  signpost: {
    pathway: 'signpost',
    title: { en: 'Assessment', cy: 'Asesiad' },
    sections: [...everyPathway],
    required: ['eq5d5l'],
  },
};

export const SECTION_TITLES: Readonly<Record<AssessmentSection, LocalisedText>> = {
  cfs: { en: 'Clinical Frailty Scale (CFS 2.0)', cy: 'Graddfa Eiddilwch Glinigol (CFS 2.0)' },
  falls: { en: 'Falls in the last year', cy: 'Cwympiadau yn y flwyddyn ddiwethaf' },
  home: { en: 'Home environment', cy: 'Amgylchedd y cartref' },
  efi: { en: 'Electronic frailty index (eFI)', cy: 'Mynegai eiddilwch electronig (eFI)' },
  phq9: { en: 'PHQ-9 (depression)', cy: 'PHQ-9 (iselder)' },
  gad7: { en: 'GAD-7 (anxiety)', cy: 'GAD-7 (gorbryder)' },
  work: { en: 'Work', cy: 'Gwaith' },
  sixCit: { en: '6CIT cognitive test', cy: 'Prawf gwybyddol 6CIT' },
  miniCog: { en: 'Mini-Cog', cy: 'Mini-Cog' },
  bloodTests: { en: 'Blood tests', cy: 'Profion gwaed' },
  memoryClinic: { en: 'Memory clinic referral', cy: 'Atgyfeirio at y clinig cof' },
  eq5d5l: { en: 'EQ-5D-5L (quality of life)', cy: 'EQ-5D-5L (ansawdd bywyd)' },
  copm: {
    en: 'Canadian Occupational Performance Measure (COPM)',
    cy: 'Mesur Perfformiad Galwedigaethol Canada (COPM)',
  },
};

/** The sections an assessment on this pathway and at this stage is missing. */
export function missingSections(
  pathway: Pathway,
  stage: 'initial' | 'review' | 'discharge',
  present: ReadonlySet<AssessmentSection>,
): AssessmentSection[] {
  // Reviews repeat what is useful; only first assessments and discharge need the core set.
  if (stage === 'review') return [];
  const required =
    stage === 'discharge' ? ['eq5d5l' as const] : ASSESSMENT_TEMPLATES[pathway].required;
  return required.filter((s) => !present.has(s));
}

/** Pathway names for documents and summaries. */
export const PATHWAY_NAMES: Readonly<Record<Pathway, LocalisedText>> = {
  frailty_falls: { en: 'Frailty and falls', cy: 'Eiddilwch a chwympiadau' },
  mental_health: { en: 'Mental health and wellbeing', cy: 'Iechyd meddwl a lles' },
  work: { en: 'Work and vocational rehabilitation', cy: 'Gwaith ac adsefydlu galwedigaethol' },
  memory: { en: 'Memory and cognition', cy: 'Cof a gwybyddiaeth' },
  daily_living: { en: 'Daily living and home', cy: 'Byw bob dydd a’r cartref' },
  signpost: { en: 'Signpost elsewhere', cy: 'Cyfeirio at wasanaeth arall' },
};
