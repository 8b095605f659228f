/**
 * Electronic Frailty Index (INSTRUMENTS.md §2.1). Clegg A, Bates C, Young J, et al. Development
 * and validation of an electronic frailty index using routine primary care electronic health
 * record data. Age Ageing 2016;45(3):353–360, doi:10.1093/ageing/afw039. A cumulative-deficit
 * model: score = deficits present / 36, each deficit equally weighted. Categories from the eFI
 * guidance notes: fit 0–0.12, mild >0.12–0.24, moderate >0.24–0.36, severe >0.36, which are
 * 0–4, 5–8, 9–12 and 13+ deficits (NHS Gloucestershire). We band on the count, so floating
 * point never decides a category. eFI2 (Best et al. 2025) is not implemented: its weights are
 * not yet available (§2.2).
 */
import { requireInteger, roundTo } from './instrument-error.js';

export const EFI_DEFICIT_COUNT = 36;

export const EFI_CATEGORIES = ['fit', 'mild', 'moderate', 'severe'] as const;
export type EfiCategory = (typeof EFI_CATEGORIES)[number];

export interface EfiScore {
  /** Deficits / 36, 4 dp (0.0278 for one deficit). */
  readonly score: number;
  readonly category: EfiCategory;
}

/** The eFI of a count of deficits 0–36; throws InstrumentInputError on 'deficits' otherwise. */
export function efiFromDeficitCount(count: number): EfiScore {
  const deficits = requireInteger(count, 'deficits', 0, EFI_DEFICIT_COUNT, {
    en: 'The eFI counts 0 to 36 deficits',
    cy: 'Mae’r eFI yn cyfrif rhwng 0 a 36 o ddiffygion',
  });
  let category: EfiCategory = 'fit';
  if (deficits >= 13) category = 'severe';
  else if (deficits >= 9) category = 'moderate';
  else if (deficits >= 5) category = 'mild';
  return { score: roundTo(deficits / EFI_DEFICIT_COUNT, 4), category };
}
