/**
 * The EQ-5D descriptive system (INSTRUMENTS.md §1.1): five dimensions, always in the order MO,
 * SC, UA, PD, AD; five levels for the 5L (3,125 states) and three for the 3L (243 states). A
 * state is written as its five digits, e.g. `11112`. We store the raw profile; an index is always
 * derived from it under a named value set (eq5d.ts).
 */
import type { LocalisedText } from '../shared/localised-text.js';
import { InstrumentInputError } from './instrument-error.js';

export type Eq5dLevel = 1 | 2 | 3 | 4 | 5;
export type Eq5d3lLevel = 1 | 2 | 3;

export interface Eq5d5lProfile {
  readonly mobility: Eq5dLevel;
  readonly selfCare: Eq5dLevel;
  readonly usualActivities: Eq5dLevel;
  readonly painDiscomfort: Eq5dLevel;
  readonly anxietyDepression: Eq5dLevel;
}

export interface Eq5d3lProfile {
  readonly mobility: Eq5d3lLevel;
  readonly selfCare: Eq5d3lLevel;
  readonly usualActivities: Eq5d3lLevel;
  readonly painDiscomfort: Eq5d3lLevel;
  readonly anxietyDepression: Eq5d3lLevel;
}

/** The dimensions in their fixed order (MO, SC, UA, PD, AD). */
export const EQ5D_DIMENSIONS = [
  'mobility',
  'selfCare',
  'usualActivities',
  'painDiscomfort',
  'anxietyDepression',
] as const;
export type Eq5dDimension = (typeof EQ5D_DIMENSIONS)[number];

export const EQ5D_DIMENSION_LABELS: Readonly<Record<Eq5dDimension, LocalisedText>> = {
  mobility: { en: 'Mobility', cy: 'Symud o gwmpas' },
  selfCare: { en: 'Self-care', cy: 'Hunanofal' },
  usualActivities: { en: 'Usual activities', cy: 'Gweithgareddau arferol' },
  painDiscomfort: { en: 'Pain or discomfort', cy: 'Poen neu anghysur' },
  anxietyDepression: { en: 'Anxiety or depression', cy: 'Gorbryder neu iselder' },
};

export type Eq5dErrorCode =
  | 'bad_state'
  | 'bad_level'
  | 'unknown_value_set'
  | 'needs_age_and_sex'
  | 'age_out_of_range'
  | 'bad_sex'
  | 'index_out_of_range'
  | 'not_an_exact_index'
  | 'bad_bandwidth';

/** A bad EQ-5D input or a value set that cannot score it; `code` says which. */
export class Eq5dError extends InstrumentInputError {
  readonly code: Eq5dErrorCode;

  constructor(code: Eq5dErrorCode, field: string, message: LocalisedText) {
    super(field, message);
    this.name = 'Eq5dError';
    this.code = code;
  }
}

function levelsOf(
  profile: Readonly<Record<Eq5dDimension, unknown>> | null | undefined,
  top: 3 | 5,
): number[] {
  if (typeof profile !== 'object' || profile === null) {
    throw new Eq5dError('bad_state', 'profile', {
      en: 'An EQ-5D profile needs a level for each of the five dimensions',
      cy: 'Mae angen lefel ar gyfer pob un o bum dimensiwn proffil EQ-5D',
    });
  }
  return EQ5D_DIMENSIONS.map((dimension) => {
    const level = profile[dimension];
    if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > top) {
      throw new Eq5dError('bad_level', `profile.${dimension}`, {
        en: `Each EQ-5D-${top === 5 ? '5L' : '3L'} level is a whole number from 1 to ${top}`,
        cy: `Mae pob lefel EQ-5D-${top === 5 ? '5L' : '3L'} yn rhif cyfan o 1 i ${top}`,
      });
    }
    return level;
  });
}

/** The levels of a 5L profile in dimension order, checked (throws Eq5dError 'bad_level'). */
export function eq5dLevels(profile: Eq5d5lProfile): Eq5dLevel[] {
  return levelsOf(profile, 5) as Eq5dLevel[];
}

/** The levels of a 3L profile in dimension order, checked (throws Eq5dError 'bad_level'). */
export function eq5d3lLevels(profile: Eq5d3lProfile): Eq5d3lLevel[] {
  return levelsOf(profile, 3) as Eq5d3lLevel[];
}

/** The five-digit state of a 5L profile, e.g. `11112`. */
export function eq5dState(profile: Eq5d5lProfile): string {
  return eq5dLevels(profile).join('');
}

/** The five-digit state of a 3L profile, e.g. `11221`. */
export function eq5d3lState(profile: Eq5d3lProfile): string {
  return eq5d3lLevels(profile).join('');
}

function parseState(state: unknown, top: 3 | 5): number[] {
  const version = top === 5 ? '5L' : '3L';
  if (typeof state !== 'string' || !/^\d{5}$/.test(state)) {
    throw new Eq5dError('bad_state', 'state', {
      en: `An EQ-5D-${version} state is five digits, one per dimension, e.g. 11112`,
      cy: `Mae cyflwr EQ-5D-${version} yn bum digid, un i bob dimensiwn, e.e. 11112`,
    });
  }
  const levels = Array.from({ length: 5 }, (_, i) => Number(state[i]));
  if (levels.some((level) => level < 1 || level > top)) {
    throw new Eq5dError('bad_level', 'state', {
      en: `Each digit of an EQ-5D-${version} state is a level from 1 to ${top}`,
      cy: `Mae pob digid mewn cyflwr EQ-5D-${version} yn lefel o 1 i ${top}`,
    });
  }
  return levels;
}

function profileFrom<L extends number>(levels: readonly number[]): Record<Eq5dDimension, L> {
  return Object.fromEntries(EQ5D_DIMENSIONS.map((d, i) => [d, levels[i]])) as Record<
    Eq5dDimension,
    L
  >;
}

/** Parse a 5L state such as `11112`; throws Eq5dError ('bad_state' or 'bad_level'). */
export function parseEq5dState(state: string): Eq5d5lProfile {
  return profileFrom<Eq5dLevel>(parseState(state, 5));
}

/** Parse a 3L state such as `11221`; throws Eq5dError ('bad_state' or 'bad_level'). */
export function parseEq5d3lState(state: string): Eq5d3lProfile {
  return profileFrom<Eq5d3lLevel>(parseState(state, 3));
}

/**
 * The position of a state in the order the lookup tables use: states sorted as five-digit
 * strings (11111, 11112, … 55555), i.e. the levels read as a base-5 (or base-3) number.
 */
export function eq5dStateOrdinal(levels: readonly number[], top: 3 | 5): number {
  let ordinal = 0;
  for (const level of levels) ordinal = ordinal * top + (level - 1);
  return ordinal;
}
