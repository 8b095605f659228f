// Names of instruments' bands, levels and value sets, in the page's language. They come from
// @everyday/core as { en, cy } (the same words the letters and exports use).
import {
  CFS_LEVELS,
  EFI_CATEGORY_LABELS,
  EQ5D_VALUE_SET_LABELS,
  GAD7_SEVERITY_LABELS,
  MINI_COG_SCREEN_LABELS,
  PHQ9_SEVERITY_LABELS,
  QUESTIONNAIRES,
  SIX_CIT_BAND_LABELS,
  WORK_ABILITY_BAND_LABELS,
  WORK_STATUS_LABELS,
} from '@everyday/core';
import type { Localise } from '../localise.js';
import { useLocalise } from '../localise.js';

/** Band names by instrument; a band the labels do not know is shown as it is stored. */
function labelOf<T extends string>(
  l: Localise,
  labels: Readonly<Record<T, { en: string; cy: string }>>,
  value: string,
): string {
  const label = (labels as Readonly<Record<string, { en: string; cy: string } | undefined>>)[value];
  return label ? l(label) : value.replaceAll('_', ' ');
}

export interface InstrumentLabels {
  phq9: (severity: string) => string;
  gad7: (severity: string) => string;
  sixCit: (band: string) => string;
  miniCog: (screen: string) => string;
  workAbility: (band: string) => string;
  efi: (category: string) => string;
  /** "Living with Mild Frailty" for level 5. */
  cfs: (level: number) => string;
  valueSet: (valueSet: string) => string;
  workStatus: (status: string) => string;
  questionnaire: (kind: string) => string;
}

export function useInstrumentLabels(): InstrumentLabels {
  const l = useLocalise();
  return {
    phq9: (v) => labelOf(l, PHQ9_SEVERITY_LABELS, v),
    gad7: (v) => labelOf(l, GAD7_SEVERITY_LABELS, v),
    sixCit: (v) => labelOf(l, SIX_CIT_BAND_LABELS, v),
    miniCog: (v) => labelOf(l, MINI_COG_SCREEN_LABELS, v),
    workAbility: (v) => labelOf(l, WORK_ABILITY_BAND_LABELS, v),
    efi: (v) => labelOf(l, EFI_CATEGORY_LABELS, v),
    cfs: (level) => {
      const found = CFS_LEVELS.find((c) => c.level === level);
      return found ? l(found.name) : String(level);
    },
    valueSet: (v) => labelOf(l, EQ5D_VALUE_SET_LABELS, v),
    workStatus: (v) => labelOf(l, WORK_STATUS_LABELS, v),
    questionnaire: (kind) => {
      const found = (
        QUESTIONNAIRES as Readonly<
          Record<string, { title: { en: string; cy: string } } | undefined>
        >
      )[kind];
      return found ? l(found.title) : kind;
    },
  };
}
