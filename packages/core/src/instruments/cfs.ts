/**
 * Clinical Frailty Scale, version 2.0 (INSTRUMENTS.md §3). Rockwood K, Theou O. Using the
 * Clinical Frailty Scale in allocating scarce health care resources. Can Geriatr J
 * 2020;23(3):210–215, doi:10.5770/cgj.23.463; original: Rockwood K et al. CMAJ
 * 2005;173(5):489–495. A clinician's judgement of the person's baseline, stored as a level 1–9
 * with the version; not computed. © Dalhousie University / Rockwood: permission is needed for
 * commercial use. The Welsh names are our own translation, not an official version.
 */
import type { LocalisedText } from '../shared/localised-text.js';
import { requireInteger } from './instrument-error.js';

export const CFS_VERSION = 'CFS 2.0';

export type CfsLevelNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface CfsLevel {
  readonly level: CfsLevelNumber;
  /** The v2.0 name. */
  readonly name: LocalisedText;
  /** The v1.2 name it replaced (English only), for reading older records. */
  readonly v12Name: string;
}

export const CFS_LEVELS: readonly CfsLevel[] = [
  { level: 1, name: { en: 'Very Fit', cy: 'Heini Iawn' }, v12Name: 'Very Fit' },
  { level: 2, name: { en: 'Fit', cy: 'Heini' }, v12Name: 'Well' },
  { level: 3, name: { en: 'Managing Well', cy: 'Ymdopi’n Dda' }, v12Name: 'Managing Well' },
  {
    level: 4,
    name: { en: 'Living with Very Mild Frailty', cy: 'Byw gydag Eiddilwch Ysgafn Iawn' },
    v12Name: 'Vulnerable',
  },
  {
    level: 5,
    name: { en: 'Living with Mild Frailty', cy: 'Byw gydag Eiddilwch Ysgafn' },
    v12Name: 'Mildly Frail',
  },
  {
    level: 6,
    name: { en: 'Living with Moderate Frailty', cy: 'Byw gydag Eiddilwch Cymedrol' },
    v12Name: 'Moderately Frail',
  },
  {
    level: 7,
    name: { en: 'Living with Severe Frailty', cy: 'Byw gydag Eiddilwch Difrifol' },
    v12Name: 'Severely Frail',
  },
  {
    level: 8,
    name: { en: 'Living with Very Severe Frailty', cy: 'Byw gydag Eiddilwch Difrifol Iawn' },
    v12Name: 'Very Severely Frail',
  },
  {
    // For people with a life expectancy under 6 months who are not otherwise evidently frail.
    level: 9,
    name: { en: 'Terminally Ill', cy: 'Salwch Terfynol' },
    v12Name: 'Terminally Ill',
  },
];

/** The CFS 2.0 level n (1–9); throws InstrumentInputError on 'level' otherwise. */
export function cfsLevel(n: number): CfsLevel {
  const level = requireInteger(n, 'level', 1, 9, {
    en: 'The Clinical Frailty Scale level is a whole number from 1 to 9',
    cy: 'Mae lefel y Raddfa Eiddilwch Glinigol yn rhif cyfan o 1 i 9',
  });
  const found = CFS_LEVELS[level - 1];
  if (found === undefined) throw new RangeError(`CFS level ${level} missing from CFS_LEVELS`);
  return found;
}
