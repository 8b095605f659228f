/**
 * NICE DSU / EEPRU copula mapping between EQ-5D-5L and EQ-5D-3L (INSTRUMENTS.md §1.7).
 * Hernández Alava M, Pudney S, Wailoo A. Estimating the relationship between EQ-5D-5L and
 * EQ-5D-3L: results from a UK population study. PharmacoEconomics 2023;41:199–207,
 * doi:10.1007/s40273-022-01218-7. The tables are the R package `eq5d`'s DSU5L and DSU3L (UK,
 * UKCopula columns), embedded by data/generate.ts; the algorithm restates `eq5d::eq5dmap`.
 *
 * The mapping is age- and sex-specific: bands 18–34, 35–44, 45–54, 55–64, 65–100 (an age need
 * not be whole: 34.9 is in the first band); ages outside 18–100 are an error. Unlike eq5dmap we
 * take an age in years only, never a band number 1–5, so an age of 3 cannot be read as a band.
 */
import {
  Eq5dError,
  eq5d3lLevels,
  eq5dLevels,
  eq5dStateOrdinal,
  parseEq5d3lState,
  parseEq5dState,
  type Eq5d3lProfile,
  type Eq5d5lProfile,
} from './eq5d-profile.js';
import { eq5d3lIndexUk, scoreEq5d5lEngland } from './eq5d-value-sets.js';
import { roundTo } from './instrument-error.js';
import { lazyTable } from './data/table-codec.js';
import { DSU_5L_TO_3L_UK } from './data/dsu-5l-to-3l.js';
import { DSU_3L_TO_5L_ENGLAND } from './data/dsu-3l-to-5l.js';

export const EQ5D_DSU_AGE_BANDS = ['18-34', '35-44', '45-54', '55-64', '65-100'] as const;
export type Eq5dDsuAgeBand = (typeof EQ5D_DSU_AGE_BANDS)[number];

/** Who the profile belongs to: the DSU mapping needs both. */
export interface Eq5dDemographics {
  /** Age in years, 18–100; need not be a whole number. */
  readonly age: number;
  readonly sex: 'male' | 'female';
}

const SEXES = ['male', 'female'] as const;
const STATES_5L = 3125;
const STATES_3L = 243;

/** The DSU age band of an age in years; throws Eq5dError 'age_out_of_range' outside 18–100. */
export function eq5dDsuAgeBand(age: number): Eq5dDsuAgeBand {
  return EQ5D_DSU_AGE_BANDS[bandIndex(age)] ?? '65-100';
}

function bandIndex(age: unknown): number {
  if (typeof age !== 'number' || !Number.isFinite(age) || age < 18 || age > 100) {
    throw new Eq5dError('age_out_of_range', 'age', {
      en: 'The NICE DSU mapping needs an age from 18 to 100',
      cy: 'Mae angen oedran rhwng 18 a 100 ar gyfer mapio NICE DSU',
    });
  }
  if (age < 35) return 0;
  if (age < 45) return 1;
  if (age < 55) return 2;
  if (age < 65) return 3;
  return 4;
}

function sexIndex(sex: unknown): number {
  const i = SEXES.indexOf(sex as (typeof SEXES)[number]);
  if (i < 0) {
    throw new Eq5dError('bad_sex', 'sex', {
      en: 'The NICE DSU mapping needs sex recorded as male or female',
      cy: 'Mae angen cofnodi rhyw fel gwryw neu fenyw ar gyfer mapio NICE DSU',
    });
  }
  return i;
}

/** The row block of the tables for an age and sex: block = band × 2 + sex. */
function block(demographics: Eq5dDemographics | null | undefined): number {
  if (demographics === undefined || demographics === null) {
    throw new Eq5dError('needs_age_and_sex', 'demographics', {
      en: 'The NICE DSU mapping needs the person’s age and sex',
      cy: 'Mae angen oedran a rhyw’r unigolyn ar gyfer mapio NICE DSU',
    });
  }
  return bandIndex(demographics.age) * 2 + sexIndex(demographics.sex);
}

const mapped5lTo3l = /* @__PURE__ */ lazyTable(DSU_5L_TO_3L_UK);
const mapped3lTo5l = /* @__PURE__ */ lazyTable(DSU_3L_TO_5L_ENGLAND);

function allStates(top: 3 | 5): number[][] {
  const count = top ** 5;
  return Array.from({ length: count }, (_, ordinal) =>
    [4, 3, 2, 1, 0].map((power) => (Math.floor(ordinal / top ** power) % top) + 1),
  );
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** The England 5L index of each state, in table order: the "source" column of DSU5L. */
const england5lByState = /* @__PURE__ */ lazy(() =>
  Float64Array.from(allStates(5), (levels) => scoreEq5d5lEngland(parseEq5dState(levels.join('')))),
);

/** The UK 3L (Dolan) index of each state, in table order: the "source" column of DSU3L. */
const uk3lByState = /* @__PURE__ */ lazy(() =>
  Float64Array.from(allStates(3), (levels) => eq5d3lIndexUk(levels.join(''))),
);

function checkDigits(digits: number): void {
  if (!Number.isInteger(digits) || digits < 0 || digits > 12) {
    throw new RangeError('digits must be a whole number from 0 to 12');
  }
}

/**
 * Expected UK EQ-5D-3L utility of a 5L profile for a person of this age and sex (§1.7 "mapping
 * by state"), rounded to `digits` (3, as eq5dmap; 8 gives the table value). Throws Eq5dError:
 * 'needs_age_and_sex', 'age_out_of_range', 'bad_sex', 'bad_level'.
 */
export function eq5dDsu5lTo3l(
  profile: Eq5d5lProfile,
  demographics: Eq5dDemographics | null | undefined,
  digits = 3,
): number {
  checkDigits(digits);
  const ordinal = eq5dStateOrdinal(eq5dLevels(profile), 5);
  const value = mapped5lTo3l()[block(demographics) * STATES_5L + ordinal] ?? Number.NaN;
  return roundTo(value, digits);
}

/**
 * Expected England EQ-5D-5L utility of a 3L state (e.g. `12321`) for a person of this age and
 * sex (§1.7, the reverse DSU mapping), rounded to `digits` (default 3).
 */
export function eq5dDsu3lTo5l(
  state: string | Eq5d3lProfile,
  demographics: Eq5dDemographics | null | undefined,
  digits = 3,
): number {
  checkDigits(digits);
  const profile = typeof state === 'string' ? parseEq5d3lState(state) : state;
  const ordinal = eq5dStateOrdinal(eq5d3lLevels(profile), 3);
  const value = mapped3lTo5l()[block(demographics) * STATES_3L + ordinal] ?? Number.NaN;
  return roundTo(value, digits);
}

function mapByIndex(
  index: number,
  sources: Float64Array,
  mapped: Float64Array,
  states: number,
  demographics: Eq5dDemographics,
  bandwidth: number,
  digits: number,
): number {
  checkDigits(digits);
  const min = Math.min(...sources);
  const max = Math.max(...sources);
  if (typeof index !== 'number' || !(index >= min && index <= max)) {
    throw new Eq5dError('index_out_of_range', 'index', {
      en: `The index must be from ${min} to ${max}`,
      cy: `Rhaid i’r mynegai fod o ${min} i ${max}`,
    });
  }
  if (typeof bandwidth !== 'number' || !(bandwidth >= 0) || !Number.isFinite(bandwidth)) {
    throw new Eq5dError('bad_bandwidth', 'bandwidth', {
      en: 'The bandwidth must be 0 (exact index) or a positive number',
      cy: 'Rhaid i’r lled band fod yn 0 (union fynegai) neu’n rhif positif',
    });
  }
  const offset = block(demographics) * states;
  let weighted = 0;
  let weights = 0;
  for (let state = 0; state < states; state++) {
    const distance = (sources[state] ?? Number.NaN) - index;
    const value = mapped[offset + state] ?? Number.NaN;
    if (bandwidth === 0) {
      // Exact mapping: the mean over the states whose index is this one (to float noise).
      if (Math.abs(distance) < 1e-9) {
        weighted += value;
        weights += 1;
      }
    } else if (Math.abs(distance) < bandwidth) {
      const weight = 1 - (distance / bandwidth) ** 2; // Epanechnikov kernel
      weighted += weight * value;
      weights += weight;
    }
  }
  if (bandwidth === 0 && weights === 0) {
    throw new Eq5dError('not_an_exact_index', 'index', {
      en: 'No EQ-5D state has exactly this index: give a bandwidth to map an approximate index',
      cy: 'Does dim cyflwr EQ-5D â’r union fynegai hwn: rhowch led band i fapio mynegai bras',
    });
  }
  return roundTo(weighted / weights, digits); // 0 / 0 is NaN, as weighted.mean in R
}

/**
 * Map an England 5L index (not a profile) to the expected UK 3L utility, for an age and sex
 * (§1.7 "mapping by exact index" and "by approximate index"). With `bandwidth` 0 the index must
 * be one that some 5L state has (else Eq5dError 'not_an_exact_index') and the result is the mean
 * over those states. With bandwidth h > 0 it is the Epanechnikov-weighted mean over all states,
 * weight 1 − (d/h)² for |d| < h; NaN where no state is within h (as the reference). The
 * package suggests h = 0.2 below 0.8, 0.1 for 0.8–0.951 and a small h above. Input range
 * −0.285 to 1 ('index_out_of_range'). Rounded to `digits` (default 3).
 */
export function eq5dDsuByIndex(
  index5l: number,
  age: number,
  sex: 'male' | 'female',
  bandwidth = 0,
  digits = 3,
): number {
  return mapByIndex(
    index5l,
    england5lByState(),
    mapped5lTo3l(),
    STATES_5L,
    { age, sex },
    bandwidth,
    digits,
  );
}

/**
 * Map a UK 3L (Dolan) index to the expected England 5L utility, for an age and sex: the
 * reverse direction of eq5dDsuByIndex, same rules. Input range −0.594 to 1.
 */
export function eq5dDsu3lTo5lByIndex(
  index3l: number,
  age: number,
  sex: 'male' | 'female',
  bandwidth = 0,
  digits = 3,
): number {
  return mapByIndex(
    index3l,
    uk3lByState(),
    mapped3lTo5l(),
    STATES_3L,
    { age, sex },
    bandwidth,
    digits,
  );
}
