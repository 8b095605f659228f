/**
 * Work ability (INSTRUMENTS.md §5): the person's work status, the Work Ability Score (WAS) and
 * the Work Ability Index (WAI) bands.
 *
 * WAS is WAI item 1: "Assuming that your work ability at its best has a value of 10 points, how
 * many points would you give your current work ability?" (0 = completely unable to work).
 * Validated as a single item: El Fassi M et al. BMC Public Health 2013;13:305.
 *
 * WAI: Tuomi K, Ilmarinen J, Jahkola A, Katajarinne L, Tulkki A. Work Ability Index, 2nd
 * revised edn. Helsinki: FIOH, 1998; de Zwart BCH et al. 2002. Bands 7–27 poor, 28–36
 * moderate, 37–43 good, 44–49 excellent (Kujala 2005 proposes other bands for young workers).
 */
import type { LocalisedText } from '../shared/localised-text.js';
import { InstrumentInputError, requireInteger } from './instrument-error.js';

/**
 * The person's work situation for the work-ability questionnaire and the record. Not the front
 * door's WORK_STATUSES (front-door/answers.ts), which triage uses: the package root exports
 * these as WORK_ABILITY_STATUSES / WorkAbilityStatus (also WORK_STATUS_CODES /
 * WorkStatusCode) to keep the two apart.
 */
export const WORK_STATUSES = ['in_work', 'sick_leave_fit_note', 'unemployed', 'other'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

export const WORK_STATUS_LABELS: Readonly<Record<WorkStatus, LocalisedText>> = {
  in_work: { en: 'In work', cy: 'Mewn gwaith' },
  sick_leave_fit_note: {
    en: 'Off work sick, with a fit note',
    cy: 'I ffwrdd o’r gwaith yn sâl, gyda nodyn ffitrwydd',
  },
  unemployed: { en: 'Unemployed', cy: 'Di-waith' },
  other: { en: 'Other', cy: 'Arall' },
};

export const WORK_ABILITY_BANDS = ['poor', 'moderate', 'good', 'excellent'] as const;
export type WorkAbilityBand = (typeof WORK_ABILITY_BANDS)[number];

/**
 * Band of a Work Ability Score 0–10: poor 0–5, moderate 6–7, good 8–9, excellent 10.
 * ⚠ These WAS bands are a common convention, NOT verified verbatim against a primary source
 * (INSTRUMENTS.md §5 and §13 item 4): show the score itself beside any band.
 * Throws InstrumentInputError on 'score' for anything but a whole number 0–10.
 */
export function workAbilityBand(score: number): WorkAbilityBand {
  const was = requireInteger(score, 'score', 0, 10, {
    en: 'The Work Ability Score is a whole number from 0 to 10',
    cy: 'Mae’r Sgôr Gallu i Weithio yn rhif cyfan o 0 i 10',
  });
  if (was === 10) return 'excellent';
  if (was >= 8) return 'good';
  if (was >= 6) return 'moderate';
  return 'poor';
}

/**
 * Band of a Work Ability Index total 7–49 (✅ Tuomi 1998): poor 7–27, moderate 28–36, good
 * 37–43, excellent 44–49. Item 2 is weighted by job type, so a total may have a half point; it
 * is banded by the lower bound of the next band (27.5 is poor). Throws InstrumentInputError on
 * 'total' for anything outside 7–49.
 */
export function workAbilityIndexBand(total: number): WorkAbilityBand {
  if (typeof total !== 'number' || !(total >= 7 && total <= 49)) {
    throw new InstrumentInputError('total', {
      en: 'The Work Ability Index is a number from 7 to 49',
      cy: 'Mae’r Mynegai Gallu i Weithio yn rhif o 7 i 49',
    });
  }
  if (total >= 44) return 'excellent';
  if (total >= 37) return 'good';
  if (total >= 28) return 'moderate';
  return 'poor';
}
