/**
 * What each band or severity value is called, in English and Welsh, for screens, letters and
 * exports. The bands themselves and their sources are in each instrument's file. The Welsh is
 * our own plain translation; none of these instruments has an official Welsh band wording.
 */
import type { LocalisedText } from '../shared/localised-text.js';
import type { EfiCategory } from './efi.js';
import type { Gad7Severity } from './gad7.js';
import type { MiniCogScreen } from './mini-cog.js';
import type { Phq9Severity, Phq9Syndrome } from './phq9.js';
import type { SixCitBand } from './six-cit.js';
import type { WorkAbilityBand } from './work-ability.js';

type Labels<T extends string> = Readonly<Record<T, LocalisedText>>;

/** PHQ-9 severity (Kroenke 2001): 0–4, 5–9, 10–14, 15–19, 20–27. */
export const PHQ9_SEVERITY_LABELS: Labels<Phq9Severity> = {
  none_minimal: { en: 'None or minimal depression', cy: 'Dim iselder, neu iselder bach iawn' },
  mild: { en: 'Mild depression', cy: 'Iselder ysgafn' },
  moderate: { en: 'Moderate depression', cy: 'Iselder cymedrol' },
  moderately_severe: { en: 'Moderately severe depression', cy: 'Iselder cymedrol ddifrifol' },
  severe: { en: 'Severe depression', cy: 'Iselder difrifol' },
};

/** PHQ-9 diagnostic algorithm (CamCOPS): a screen, not a diagnosis. */
export const PHQ9_SYNDROME_LABELS: Labels<Phq9Syndrome> = {
  major: { en: 'Major depressive syndrome', cy: 'Syndrom iselder mawr' },
  other: { en: 'Other depressive syndrome', cy: 'Syndrom iselder arall' },
  none: { en: 'No depressive syndrome', cy: 'Dim syndrom iselder' },
};

/** GAD-7 severity (Spitzer 2006): 0–4, 5–9, 10–14, 15–21. */
export const GAD7_SEVERITY_LABELS: Labels<Gad7Severity> = {
  minimal: { en: 'Minimal anxiety', cy: 'Gorbryder bach iawn' },
  mild: { en: 'Mild anxiety', cy: 'Gorbryder ysgafn' },
  moderate: { en: 'Moderate anxiety', cy: 'Gorbryder cymedrol' },
  severe: { en: 'Severe anxiety', cy: 'Gorbryder difrifol' },
};

/** 6CIT bands (Brooke & Bullock 1999): 0–7, 8–9, 10–28. */
export const SIX_CIT_BAND_LABELS: Labels<SixCitBand> = {
  normal: { en: 'Normal', cy: 'Arferol' },
  mild: {
    en: 'Mild cognitive impairment: probably refer',
    cy: 'Nam gwybyddol ysgafn: atgyfeirio, mae’n debyg',
  },
  significant: {
    en: 'Significant cognitive impairment: refer',
    cy: 'Nam gwybyddol sylweddol: atgyfeirio',
  },
};

/** Mini-Cog screen (Borson 2000): 0–2 positive, 3–5 negative. */
export const MINI_COG_SCREEN_LABELS: Labels<MiniCogScreen> = {
  positive: {
    en: 'Positive screen: possible cognitive impairment',
    cy: 'Sgrinio positif: nam gwybyddol posibl',
  },
  negative: {
    en: 'Negative screen: lower likelihood of dementia',
    cy: 'Sgrinio negatif: llai tebygol o ddementia',
  },
};

/** Work Ability Score (⚠ convention, unverified) and Work Ability Index bands. */
export const WORK_ABILITY_BAND_LABELS: Labels<WorkAbilityBand> = {
  poor: { en: 'Poor', cy: 'Gwael' },
  moderate: { en: 'Moderate', cy: 'Cymedrol' },
  good: { en: 'Good', cy: 'Da' },
  excellent: { en: 'Excellent', cy: 'Rhagorol' },
};

/** eFI categories (Clegg 2016): 0–4, 5–8, 9–12, 13+ deficits. */
export const EFI_CATEGORY_LABELS: Labels<EfiCategory> = {
  fit: { en: 'Fit', cy: 'Heini' },
  mild: { en: 'Mild frailty', cy: 'Eiddilwch ysgafn' },
  moderate: { en: 'Moderate frailty', cy: 'Eiddilwch cymedrol' },
  severe: { en: 'Severe frailty', cy: 'Eiddilwch difrifol' },
};
