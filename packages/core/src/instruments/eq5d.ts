/**
 * The EQ-5D-5L index under a named value set (INSTRUMENTS.md §1). We store the raw profile and
 * derive the index on demand, always labelled with the value set that produced it (§1.4: the
 * NICE position is in flux, so no single set is "the" index).
 *
 * - UK_5L_2026: Rowen et al. 2026 (§1.3), likely the future NICE default.
 * - ENGLAND_5L_2018: Devlin et al. 2018 (§1.2), legacy and research.
 * - NICE_DSU_5L_TO_3L: the current NICE reference case, 5L mapped to the UK 3L value set with
 *   the DSU/EEPRU copula model (Hernández Alava et al. 2023, §1.7); needs age and sex.
 * - VANHOUT_CW_2012: the 2019 NICE interim crosswalk (van Hout et al. 2012, §1.6).
 *
 * Values are rounded to 3 dp, like the R package `eq5d` (fragla/eq5d), whose tests are the
 * reference vectors (shared/reference/eq5d/eq5d_test_vectors.json).
 */
import type { LocalisedText } from '../shared/localised-text.js';
import { Eq5dError, type Eq5d5lProfile } from './eq5d-profile.js';
import { eq5dDsu5lTo3l, type Eq5dDemographics } from './eq5d-dsu.js';
import { eq5dVanHoutCrosswalk, scoreEq5d5lEngland, scoreEq5d5lUk2026 } from './eq5d-value-sets.js';

export const EQ5D_VALUE_SETS = [
  'UK_5L_2026',
  'ENGLAND_5L_2018',
  'NICE_DSU_5L_TO_3L',
  'VANHOUT_CW_2012',
] as const;
export type Eq5dValueSet = (typeof EQ5D_VALUE_SETS)[number];

/** What to print beside an index so nobody mistakes which value set produced it. */
export const EQ5D_VALUE_SET_LABELS: Readonly<Record<Eq5dValueSet, LocalisedText>> = {
  UK_5L_2026: {
    en: 'EQ-5D-5L index, UK value set (Rowen et al. 2026)',
    cy: 'Mynegai EQ-5D-5L, set gwerthoedd y DU (Rowen et al. 2026)',
  },
  ENGLAND_5L_2018: {
    en: 'EQ-5D-5L index, England value set (Devlin et al. 2018)',
    cy: 'Mynegai EQ-5D-5L, set gwerthoedd Lloegr (Devlin et al. 2018)',
  },
  NICE_DSU_5L_TO_3L: {
    en: 'EQ-5D-3L UK index mapped from 5L (NICE DSU, Hernández Alava et al. 2023)',
    cy: 'Mynegai EQ-5D-3L y DU wedi’i fapio o’r 5L (NICE DSU, Hernández Alava et al. 2023)',
  },
  VANHOUT_CW_2012: {
    en: 'EQ-5D-3L UK index by the van Hout crosswalk from 5L (van Hout et al. 2012)',
    cy: 'Mynegai EQ-5D-3L y DU drwy groesgyfeiriad van Hout o’r 5L (van Hout et al. 2012)',
  },
};

/** An index value with the value set that produced it. */
export interface Eq5dIndex {
  readonly value: number;
  readonly valueSet: Eq5dValueSet;
  readonly label: LocalisedText;
}

/**
 * The EQ-5D-5L index of a profile under a value set, 3 dp. `demographics` is needed only for
 * NICE_DSU_5L_TO_3L (age 18–100, sex). Throws Eq5dError with a code: 'bad_level' for a level
 * outside 1–5, 'needs_age_and_sex', 'age_out_of_range', 'bad_sex', 'unknown_value_set'.
 */
export function eq5dIndex(
  profile: Eq5d5lProfile,
  valueSet: Eq5dValueSet,
  demographics?: Eq5dDemographics | null,
): Eq5dIndex {
  return { value: indexValue(profile, valueSet, demographics), valueSet, label: labelOf(valueSet) };
}

function labelOf(valueSet: Eq5dValueSet): LocalisedText {
  if (!(EQ5D_VALUE_SETS as readonly string[]).includes(valueSet)) throw unknownValueSet();
  return EQ5D_VALUE_SET_LABELS[valueSet];
}

function unknownValueSet(): Eq5dError {
  return new Eq5dError('unknown_value_set', 'valueSet', {
    en: `The value set must be one of ${EQ5D_VALUE_SETS.join(', ')}`,
    cy: `Rhaid i’r set gwerthoedd fod yn un o ${EQ5D_VALUE_SETS.join(', ')}`,
  });
}

function indexValue(
  profile: Eq5d5lProfile,
  valueSet: Eq5dValueSet,
  demographics: Eq5dDemographics | null | undefined,
): number {
  switch (valueSet) {
    case 'UK_5L_2026':
      return scoreEq5d5lUk2026(profile);
    case 'ENGLAND_5L_2018':
      return scoreEq5d5lEngland(profile);
    case 'NICE_DSU_5L_TO_3L':
      return eq5dDsu5lTo3l(profile, demographics, 3);
    case 'VANHOUT_CW_2012':
      return eq5dVanHoutCrosswalk(profile);
    default:
      throw unknownValueSet();
  }
}
