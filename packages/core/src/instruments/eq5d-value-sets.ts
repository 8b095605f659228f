/**
 * EQ-5D value sets that are a formula or a single lookup (INSTRUMENTS.md §1.2, §1.3, §1.5, §1.6).
 * Every index is rounded to 3 dp, as the R package `eq5d` (fragla/eq5d) does. The NICE DSU
 * mapping, which also depends on age and sex, is in eq5d-dsu.ts.
 */
import {
  EQ5D_DIMENSIONS,
  eq5d3lLevels,
  eq5dLevels,
  eq5dStateOrdinal,
  parseEq5d3lState,
  type Eq5d3lProfile,
  type Eq5d5lProfile,
  type Eq5dDimension,
} from './eq5d-profile.js';
import { roundTo } from './instrument-error.js';
import { lazyTable } from './data/table-codec.js';
import { VANHOUT_CROSSWALK_UK_3L } from './data/vanhout-crosswalk.js';
import { REVERSE_CROSSWALK_ENGLAND_5L } from './data/reverse-crosswalk.js';

/** Decrements for levels 1–5 of each dimension (level 1 is always 0). */
type Decrements = Readonly<Record<Eq5dDimension, readonly [0, number, number, number, number]>>;

/**
 * England EQ-5D-5L value set. Devlin NJ, Shah KK, Feng Y, Mulhern B, van Hout B. Health Econ
 * 2018;27(1):7–22, doi:10.1002/hec.3564. From eq5d data-raw/VT.csv column England
 * (shared/reference/eq5d/england_5l_devlin2018_decrements.csv). Index = 1 + Σ decrements.
 */
export const ENGLAND_5L_2018_DECREMENTS: Decrements = {
  mobility: [0, -0.058, -0.076, -0.207, -0.274],
  selfCare: [0, -0.05, -0.08, -0.164, -0.203],
  usualActivities: [0, -0.05, -0.063, -0.162, -0.184],
  painDiscomfort: [0, -0.063, -0.084, -0.276, -0.335],
  anxietyDepression: [0, -0.078, -0.104, -0.285, -0.289],
};

/**
 * UK EQ-5D-5L value set. Rowen D, Mukuria C, Bray N, et al. A United Kingdom Value Set for the
 * EQ-5D-5L. Value Health 2026, doi:10.1016/j.jval.2026.03.008. From eq5d data-raw/VT.csv column
 * UK (shared/reference/eq5d/uk_5l_2026_decrements.csv); ◐ not compared with the paper itself.
 */
export const UK_5L_2026_DECREMENTS: Decrements = {
  mobility: [0, -0.032, -0.058, -0.179, -0.279],
  selfCare: [0, -0.038, -0.06, -0.162, -0.206],
  usualActivities: [0, -0.049, -0.086, -0.184, -0.212],
  painDiscomfort: [0, -0.056, -0.066, -0.371, -0.479],
  anxietyDepression: [0, -0.041, -0.126, -0.313, -0.391],
};

function additiveIndex(profile: Eq5d5lProfile, decrements: Decrements): number {
  const levels = eq5dLevels(profile);
  let index = 1;
  EQ5D_DIMENSIONS.forEach((dimension, i) => {
    index += decrements[dimension][(levels[i] ?? 1) - 1] ?? 0;
  });
  return roundTo(index, 3);
}

/**
 * EQ-5D-5L index, England value set (Devlin et al. 2018; INSTRUMENTS.md §1.2). Range −0.285
 * (55555) to 1 (11111). Throws Eq5dError 'bad_level' for a level outside 1–5.
 */
export function scoreEq5d5lEngland(profile: Eq5d5lProfile): number {
  return additiveIndex(profile, ENGLAND_5L_2018_DECREMENTS);
}

/**
 * EQ-5D-5L index, UK value set (Rowen et al. 2026; INSTRUMENTS.md §1.3). Range −0.567 (55555)
 * to 1 (11111). Throws Eq5dError 'bad_level' for a level outside 1–5.
 */
export function scoreEq5d5lUk2026(profile: Eq5d5lProfile): number {
  return additiveIndex(profile, UK_5L_2026_DECREMENTS);
}

/**
 * UK EQ-5D-3L TTO (MVH) value set. Dolan P. Modeling valuations for EuroQol health states. Med
 * Care 1997;35(11):1095–1108. From eq5d data-raw/TTO.csv column UK
 * (shared/reference/eq5d/uk_3l_dolan1997_tto_coefficients.csv).
 */
export const UK_3L_DOLAN_1997 = {
  /** Subtracted when any dimension is above level 1. */
  anyProblem: -0.081,
  /** Subtracted when any dimension is at level 3 (the "N3" term). */
  anyLevel3: -0.269,
  /** Decrements for levels 1–3 of each dimension. */
  decrements: {
    mobility: [0, -0.069, -0.314],
    selfCare: [0, -0.104, -0.214],
    usualActivities: [0, -0.036, -0.094],
    painDiscomfort: [0, -0.123, -0.386],
    anxietyDepression: [0, -0.071, -0.236],
  } satisfies Readonly<Record<Eq5dDimension, readonly [0, number, number]>>,
} as const;

function profile3l(state: string | Eq5d3lProfile): Eq5d3lProfile {
  return typeof state === 'string' ? parseEq5d3lState(state) : state;
}

/**
 * EQ-5D-3L index, UK TTO value set (Dolan 1997; INSTRUMENTS.md §1.5): 1 − 0.081 if any
 * dimension > 1 − 0.269 if any = 3 − the dimension terms; 3 dp. Range −0.594 to 1. Takes a
 * state such as `11221` or a 3L profile; throws Eq5dError on a bad state or level.
 */
export function eq5d3lIndexUk(state: string | Eq5d3lProfile): number {
  const levels = eq5d3lLevels(profile3l(state));
  let index = 1;
  if (levels.some((level) => level > 1)) index += UK_3L_DOLAN_1997.anyProblem;
  if (levels.some((level) => level === 3)) index += UK_3L_DOLAN_1997.anyLevel3;
  EQ5D_DIMENSIONS.forEach((dimension, i) => {
    index += UK_3L_DOLAN_1997.decrements[dimension][(levels[i] ?? 1) - 1] ?? 0;
  });
  return roundTo(index, 3);
}

const crosswalk = /* @__PURE__ */ lazyTable(VANHOUT_CROSSWALK_UK_3L);
const reverseCrosswalk = /* @__PURE__ */ lazyTable(REVERSE_CROSSWALK_ENGLAND_5L);

/**
 * The UK EQ-5D-3L value of a 5L profile through the van Hout crosswalk (van Hout B, Janssen MF,
 * Feng YS, et al. Value Health 2012;15(5):708–715, doi:10.1016/j.jval.2012.02.008;
 * INSTRUMENTS.md §1.6). A lookup of 3,125 values (eq5d data-raw/CW.csv column UK), not a formula.
 */
export function eq5dVanHoutCrosswalk(profile: Eq5d5lProfile): number {
  return crosswalk()[eq5dStateOrdinal(eq5dLevels(profile), 5)] ?? Number.NaN;
}

/**
 * The England EQ-5D-5L value of a 3L state through the EuroQol reverse crosswalk (van Hout B,
 * Shaw JW. Value Health 2021;24(9), doi:10.1016/j.jval.2021.03.009; INSTRUMENTS.md §1.6).
 */
export function eq5dReverseCrosswalk(state: string | Eq5d3lProfile): number {
  return reverseCrosswalk()[eq5dStateOrdinal(eq5d3lLevels(profile3l(state)), 3)] ?? Number.NaN;
}
