/**
 * NICE DSU / EEPRU mapping (INSTRUMENTS.md §1.7; Hernández Alava, Pudney & Wailoo,
 * PharmacoEconomics 2023) against the R package eq5d's test-eq5dmap.R vectors
 * (eq5d_test_vectors.json) and every row of both DSU tables (dsu_eepru_map_*.csv).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../testing/shared-path.js';
import { eq5dIndex } from './eq5d.js';
import {
  EQ5D_DSU_AGE_BANDS,
  eq5dDsu3lTo5l,
  eq5dDsu3lTo5lByIndex,
  eq5dDsu5lTo3l,
  eq5dDsuAgeBand,
  eq5dDsuByIndex,
} from './eq5d-dsu.js';
import { parseEq5dState, type Eq5d5lProfile } from './eq5d-profile.js';
import { scoreEq5d5lEngland } from './eq5d-value-sets.js';
import { roundTo } from './instrument-error.js';

type Sex = 'male' | 'female';
interface ByState {
  state_5l?: string;
  state_3l?: string;
  age?: number;
  age_band?: number;
  sex: Sex;
  digits?: number;
  expected: number;
}
interface ByIndex {
  index_5l?: number;
  index_3l?: number;
  age: number;
  sex: Sex;
  bwidth?: number;
  digits?: number;
  expected: number | 'NaN';
}
interface Direction {
  by_state: ByState[];
  by_exact_5l_index?: ByIndex[];
  by_exact_3l_index?: ByIndex[];
  by_approximate_index_with_bandwidth: ByIndex[];
  errors?: { case: string; expected: string }[];
}

const read = (path: string) => readFileSync(sharedPath(`reference/eq5d/${path}`), 'utf8');
const vectors = JSON.parse(read('eq5d_test_vectors.json')) as {
  nice_dsu_eepru_map_5l_to_uk3l: Direction;
  nice_dsu_eepru_map_3l_to_england5l: Direction;
};
const to3l = vectors.nice_dsu_eepru_map_5l_to_uk3l;
const to5l = vectors.nice_dsu_eepru_map_3l_to_england5l;

/** eq5dmap also takes a band number 1–5; we take ages only, so a band is tested at an age in it. */
const REPRESENTATIVE_AGE: Record<string, number> = {
  '1': 25,
  '2': 40,
  '3': 50,
  '4': 60,
  '5': 80,
  '18-34': 25,
  '35-44': 40,
  '45-54': 50,
  '55-64': 60,
  '65+': 80,
};
const ageOf = (v: { age?: number; age_band?: number }) =>
  v.age ?? REPRESENTATIVE_AGE[String(v.age_band)] ?? Number.NaN;
const expected = (v: ByIndex) => (v.expected === 'NaN' ? Number.NaN : v.expected);

describe('DSU 5L→3L by state (test-eq5dmap.R, version 5L, country UK)', () => {
  it.each(to3l.by_state)('%j', (v) => {
    const profile = parseEq5dState(v.state_5l ?? '');
    const demographics = { age: ageOf(v), sex: v.sex };
    expect(eq5dDsu5lTo3l(profile, demographics, v.digits ?? 3)).toBe(v.expected);
    if (v.digits === undefined) {
      expect(eq5dIndex(profile, 'NICE_DSU_5L_TO_3L', demographics).value).toBe(v.expected);
    }
  });
});

describe('DSU 5L→3L by index (test-eq5dmap.R: exact index, and Epanechnikov bandwidth)', () => {
  it.each([...(to3l.by_exact_5l_index ?? []), ...to3l.by_approximate_index_with_bandwidth])(
    '%j',
    (v) => {
      const result = eq5dDsuByIndex(
        v.index_5l ?? Number.NaN,
        v.age,
        v.sex,
        v.bwidth ?? 0,
        v.digits ?? 3,
      );
      expect(result).toBe(expected(v));
    },
  );
});

describe('DSU 3L→5L by state and by index (test-eq5dmap.R, version 3L, country UK)', () => {
  it.each(to5l.by_state)('by state %j', (v) => {
    expect(eq5dDsu3lTo5l(v.state_3l ?? '', { age: ageOf(v), sex: v.sex }, v.digits ?? 3)).toBe(
      v.expected,
    );
  });

  it.each([...(to5l.by_exact_3l_index ?? []), ...to5l.by_approximate_index_with_bandwidth])(
    'by index %j',
    (v) => {
      const result = eq5dDsu3lTo5lByIndex(
        v.index_3l ?? Number.NaN,
        v.age,
        v.sex,
        v.bwidth ?? 0,
        v.digits ?? 3,
      );
      expect(result).toBe(expected(v));
    },
  );
});

describe('DSU errors expected by test-eq5dmap.R (and §1.7 range checks)', () => {
  const cases = new Map<string, () => unknown>([
    ['index 0.923 with bwidth 0', () => eq5dDsuByIndex(0.923, 30, 'male', 0)],
    ['index 2', () => eq5dDsuByIndex(2, 30, 'male', 0.1)],
    ['age 110', () => eq5dDsuByIndex(0.922, 110, 'male')],
    ["age 'Twenty'", () => eq5dDsuByIndex(0.922, 'Twenty' as unknown as number, 'male')],
  ]);
  const codes: Record<string, string> = {
    'index 0.923 with bwidth 0': 'not_an_exact_index',
    'index 2': 'index_out_of_range',
    'age 110': 'age_out_of_range',
    "age 'Twenty'": 'age_out_of_range',
  };

  it.each((to3l.errors ?? []).map((e) => e.case))('%s throws', (description) => {
    const key = [...cases.keys()].find((k) => description.startsWith(k));
    expect(key, `no case written for "${description}"`).toBeDefined();
    expect(cases.get(key ?? '')).toThrow(expect.objectContaining({ code: codes[key ?? ''] }));
  });

  it('needs age and sex, in range', () => {
    const profile = parseEq5dState('12345');
    expect(() => eq5dIndex(profile, 'NICE_DSU_5L_TO_3L')).toThrow(
      expect.objectContaining({ code: 'needs_age_and_sex', field: 'demographics' }),
    );
    expect(() => eq5dIndex(profile, 'NICE_DSU_5L_TO_3L', null)).toThrow(
      expect.objectContaining({ code: 'needs_age_and_sex' }),
    );
    for (const age of [17.99, 100.01, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => eq5dIndex(profile, 'NICE_DSU_5L_TO_3L', { age, sex: 'male' })).toThrow(
        expect.objectContaining({ code: 'age_out_of_range', field: 'age' }),
      );
    }
    expect(() => eq5dIndex(profile, 'NICE_DSU_5L_TO_3L', { age: 40, sex: 'M' as 'male' })).toThrow(
      expect.objectContaining({ code: 'bad_sex', field: 'sex' }),
    );
    expect(() => eq5dDsu3lTo5lByIndex(-0.6, 40, 'male', 0.1)).toThrow(
      expect.objectContaining({ code: 'index_out_of_range' }),
    );
    expect(() => eq5dDsuByIndex(0.5, 40, 'male', -0.1)).toThrow(
      expect.objectContaining({ code: 'bad_bandwidth' }),
    );
  });

  it('bands ages like eq5dmap: [18, 35), [35, 45), [45, 55), [55, 65), [65, 100]', () => {
    const cases: [number, string][] = [
      [18, '18-34'],
      [34.99, '18-34'],
      [35, '35-44'],
      [44.5, '35-44'],
      [45, '45-54'],
      [55, '55-64'],
      [64.9, '55-64'],
      [65, '65-100'],
      [100, '65-100'],
    ];
    for (const [age, band] of cases) expect(eq5dDsuAgeBand(age), String(age)).toBe(band);
    expect(EQ5D_DSU_AGE_BANDS).toHaveLength(5);
  });
});

describe('every DSU table row round-trips (dsu_eepru_map_*.csv, Hernández Alava et al. 2023)', () => {
  const rows = (path: string) =>
    read(path)
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));

  it('all 31,250 5L→3L rows through eq5dIndex(…, NICE_DSU_5L_TO_3L, {age, sex}) at an age in each band', () => {
    const all = rows('dsu_eepru_map_5l_to_3l_uk.csv');
    expect(all).toHaveLength(31250);
    const profiles = new Map<string, Eq5d5lProfile>();
    for (const [state = '', band = '', sex = '', england = '', mapped = ''] of all) {
      const profile = profiles.get(state) ?? parseEq5dState(state);
      profiles.set(state, profile);
      const demographics = { age: REPRESENTATIVE_AGE[band] ?? Number.NaN, sex: sex as Sex };
      const where = `${state} ${band} ${sex}`;
      expect(eq5dIndex(profile, 'NICE_DSU_5L_TO_3L', demographics).value, where).toBe(
        roundTo(Number(mapped), 3),
      );
      expect(eq5dDsu5lTo3l(profile, demographics, 8), where).toBe(Number(mapped));
      // The table's source column is the England index: ours must agree for exact mapping.
      expect(scoreEq5d5lEngland(profile), where).toBe(Number(england));
    }
  });

  it('all 2,430 3L→5L rows through eq5dDsu3lTo5l at an age in each band', () => {
    const all = rows('dsu_eepru_map_3l_to_5l_uk.csv');
    expect(all).toHaveLength(2430);
    for (const [state = '', band = '', sex = '', , mapped = ''] of all) {
      const demographics = { age: REPRESENTATIVE_AGE[band] ?? Number.NaN, sex: sex as Sex };
      expect(eq5dDsu3lTo5l(state, demographics, 8), `${state} ${band} ${sex}`).toBe(Number(mapped));
    }
  });

  it('uses the band boundaries, not just the representative ages', () => {
    const profile = parseEq5dState('11111');
    const at = (age: number) => eq5dDsu5lTo3l(profile, { age, sex: 'male' }, 8);
    expect(at(18)).toBe(0.98665155); // §1.7: 11111, male 18–34
    expect(at(34.99)).toBe(at(18));
    expect(at(35)).not.toBe(at(34.99));
  });
});
