/**
 * EQ-5D-5L value sets (INSTRUMENTS.md §1.1–§1.6) against the shared reference: every state under
 * England (Devlin 2018) and UK (Rowen 2026) from all_5l_states_england_and_uk2026_COMPUTED.csv,
 * and every [TEST] vector of the R package eq5d (fragla/eq5d tests/testthat) in
 * eq5d_test_vectors.json. The NICE DSU mapping (§1.7) is tested in eq5d-dsu.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sharedPath } from '../testing/shared-path.js';
import { EQ5D_VALUE_SETS, EQ5D_VALUE_SET_LABELS, eq5dIndex, type Eq5dValueSet } from './eq5d.js';
import {
  EQ5D_DIMENSIONS,
  EQ5D_DIMENSION_LABELS,
  Eq5dError,
  eq5d3lState,
  eq5dState,
  parseEq5d3lState,
  parseEq5dState,
  type Eq5d5lProfile,
  type Eq5dLevel,
} from './eq5d-profile.js';
import {
  eq5d3lIndexUk,
  eq5dReverseCrosswalk,
  eq5dVanHoutCrosswalk,
  scoreEq5d5lEngland,
  scoreEq5d5lUk2026,
} from './eq5d-value-sets.js';
import { InstrumentInputError } from './instrument-error.js';

interface StateVector {
  state?: string;
  state_5l?: string;
  state_3l?: string;
  expected: number;
}
interface Vectors {
  england_5l_devlin2018: { vectors: StateVector[] };
  uk_5l_rowen2026: { vectors: StateVector[] };
  uk_3l_dolan1997_tto: { vectors: StateVector[] };
  crosswalk_vanhout2012_5l_to_uk3l: { vectors: StateVector[] };
  reverse_crosswalk_vanhout_shaw2021_3l_to_england5l: { vectors: StateVector[] };
}

const read = (path: string) => readFileSync(sharedPath(`reference/eq5d/${path}`), 'utf8');
const vectors = JSON.parse(read('eq5d_test_vectors.json')) as Vectors;
const csvRows = (path: string) =>
  read(path)
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));

const allStates = csvRows('all_5l_states_england_and_uk2026_COMPUTED.csv');
const stateOf = (v: StateVector) => v.state ?? v.state_5l ?? v.state_3l ?? '';

describe('EQ-5D-5L all 3,125 states (INSTRUMENTS.md §1.2, §1.3; all_5l_states_…_COMPUTED.csv)', () => {
  it('has every state once', () => {
    expect(allStates).toHaveLength(3125);
    expect(new Set(allStates.map(([state]) => state)).size).toBe(3125);
  });

  it('England value set (Devlin et al. 2018) gives the CSV index for every state', () => {
    for (const [state = '', england = ''] of allStates) {
      const index = eq5dIndex(parseEq5dState(state), 'ENGLAND_5L_2018');
      expect(index.value, state).toBe(Number(england));
    }
  });

  it('UK value set (Rowen et al. 2026) gives the CSV index for every state', () => {
    for (const [state = '', , uk = ''] of allStates) {
      const index = eq5dIndex(parseEq5dState(state), 'UK_5L_2026');
      expect(index.value, state).toBe(Number(uk));
    }
  });

  it('van Hout crosswalk (van Hout et al. 2012, §1.6) gives the CSV value for every state', () => {
    for (const [state = '', value = ''] of csvRows('crosswalk_vanhout2012_5l_to_uk3l.csv')) {
      expect(eq5dIndex(parseEq5dState(state), 'VANHOUT_CW_2012').value, state).toBe(Number(value));
    }
  });
});

describe('eq5d R package [TEST] vectors (fragla/eq5d tests/testthat, eq5d_test_vectors.json)', () => {
  it.each(vectors.england_5l_devlin2018.vectors.map((v) => [stateOf(v), v.expected]))(
    'England 5L (Devlin 2018; test-eq5d5l.R L49–57): %s → %d',
    (state, expected) => {
      expect(scoreEq5d5lEngland(parseEq5dState(state))).toBe(expected);
    },
  );

  it.each(vectors.uk_5l_rowen2026.vectors.map((v) => [stateOf(v), v.expected]))(
    'UK 5L (Rowen 2026; test-eq5d5l.R L393–398): %s → %d',
    (state, expected) => {
      expect(scoreEq5d5lUk2026(parseEq5dState(state))).toBe(expected);
    },
  );

  it.each(vectors.uk_3l_dolan1997_tto.vectors.map((v) => [stateOf(v), v.expected]))(
    'UK 3L TTO (Dolan 1997; test-eq5d3l.R L250–255): %s → %d',
    (state, expected) => {
      expect(eq5d3lIndexUk(state)).toBe(expected);
      expect(eq5d3lIndexUk(parseEq5d3lState(state))).toBe(expected);
    },
  );

  it.each(vectors.crosswalk_vanhout2012_5l_to_uk3l.vectors.map((v) => [stateOf(v), v.expected]))(
    'van Hout crosswalk (test-eq5dcw.R L88–93): %s → %d',
    (state, expected) => {
      expect(eq5dVanHoutCrosswalk(parseEq5dState(state))).toBe(expected);
    },
  );

  it.each(
    vectors.reverse_crosswalk_vanhout_shaw2021_3l_to_england5l.vectors.map((v) => [
      stateOf(v),
      v.expected,
    ]),
  )(
    'reverse crosswalk (van Hout & Shaw 2021; test-eq5drcw.R L11–15): %s → %d',
    (state, expected) => {
      expect(eq5dReverseCrosswalk(state)).toBe(expected);
    },
  );
});

describe('EQ-5D-3L UK TTO over all 243 states (Dolan 1997, §1.5)', () => {
  it('matches the 3L index column of the DSU 3L table (dsu_eepru_map_3l_to_5l_uk.csv)', () => {
    const seen = new Map<string, number>();
    for (const [state = '', , , uk3l = ''] of csvRows('dsu_eepru_map_3l_to_5l_uk.csv')) {
      seen.set(state, Number(uk3l));
    }
    expect(seen.size).toBe(243);
    for (const [state, value] of seen) expect(eq5d3lIndexUk(state), state).toBe(value);
  });
});

describe('value set labels (§1.4: always label which set produced the number)', () => {
  it.each(EQ5D_VALUE_SETS.filter((set) => set !== 'NICE_DSU_5L_TO_3L'))(
    '%s: the index carries its value set and bilingual label',
    (valueSet: Eq5dValueSet) => {
      const index = eq5dIndex(parseEq5dState('11111'), valueSet);
      expect(index.valueSet).toBe(valueSet);
      expect(index.label).toBe(EQ5D_VALUE_SET_LABELS[valueSet]);
      expect(index.label.en).not.toBe('');
      expect(index.label.cy).not.toBe('');
    },
  );

  it('names the sources in the labels', () => {
    expect(EQ5D_VALUE_SET_LABELS.UK_5L_2026.en).toBe(
      'EQ-5D-5L index, UK value set (Rowen et al. 2026)',
    );
    expect(EQ5D_VALUE_SET_LABELS.NICE_DSU_5L_TO_3L.en).toBe(
      'EQ-5D-3L UK index mapped from 5L (NICE DSU, Hernández Alava et al. 2023)',
    );
    for (const dimension of EQ5D_DIMENSIONS) {
      expect(EQ5D_DIMENSION_LABELS[dimension].cy).not.toBe('');
    }
  });

  it('refuses an unknown value set', () => {
    expect(() => eq5dIndex(parseEq5dState('11111'), 'US_5L' as Eq5dValueSet)).toThrow(
      expect.objectContaining({ code: 'unknown_value_set', field: 'valueSet' }),
    );
  });
});

describe('EQ-5D states and bad input (§1.1; eq5d tests expect errors for a level of 6 or NA)', () => {
  it('round-trips every 5L and 3L state through parse and eq5dState', () => {
    for (const [state = ''] of allStates) expect(eq5dState(parseEq5dState(state))).toBe(state);
    expect(eq5d3lState(parseEq5d3lState('12321'))).toBe('12321');
  });

  it.each([
    ['11116', 'bad_level'],
    ['01111', 'bad_level'],
    ['1111', 'bad_state'],
    ['111111', 'bad_state'],
    ['1111a', 'bad_state'],
    ['NA', 'bad_state'],
    ['', 'bad_state'],
  ])('parseEq5dState(%j) throws Eq5dError %s', (state, code) => {
    expect(() => parseEq5dState(state)).toThrow(expect.objectContaining({ code, field: 'state' }));
  });

  it('a 3L state allows levels 1–3 only', () => {
    expect(() => parseEq5d3lState('11114')).toThrow(expect.objectContaining({ code: 'bad_level' }));
    expect(() => eq5d3lIndexUk('33334')).toThrow(Eq5dError);
  });

  it.each([6, 0, 2.5, Number.NaN, null, '2'])(
    'a profile level of %j throws bad_level on its field',
    (level) => {
      const profile = {
        ...parseEq5dState('11111'),
        usualActivities: level,
      } as unknown as Eq5d5lProfile;
      for (const valueSet of EQ5D_VALUE_SETS) {
        let caught: unknown;
        try {
          eq5dIndex(profile, valueSet, { age: 40, sex: 'female' });
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(Eq5dError);
        expect(caught).toBeInstanceOf(InstrumentInputError);
        expect(caught).toMatchObject({ code: 'bad_level', field: 'profile.usualActivities' });
        expect((caught as Eq5dError).localisedMessage.cy).not.toBe('');
      }
    },
  );
});

const level = fc.constantFrom<Eq5dLevel>(1, 2, 3, 4, 5);
const profile = fc.record({
  mobility: level,
  selfCare: level,
  usualActivities: level,
  painDiscomfort: level,
  anxietyDepression: level,
});

describe('EQ-5D properties', () => {
  it('every index lies in its value set’s range and worsening a level never raises it', () => {
    fc.assert(
      fc.property(profile, fc.constantFrom(...EQ5D_DIMENSIONS), (p, dimension) => {
        const england = scoreEq5d5lEngland(p);
        const uk = scoreEq5d5lUk2026(p);
        expect(england).toBeGreaterThanOrEqual(-0.285);
        expect(england).toBeLessThanOrEqual(1);
        expect(uk).toBeGreaterThanOrEqual(-0.567);
        expect(uk).toBeLessThanOrEqual(1);
        if (p[dimension] < 5) {
          const worse = { ...p, [dimension]: (p[dimension] + 1) as Eq5dLevel };
          expect(scoreEq5d5lEngland(worse)).toBeLessThanOrEqual(england);
          expect(scoreEq5d5lUk2026(worse)).toBeLessThanOrEqual(uk);
        }
      }),
    );
  });

  it('parseEq5dState never throws anything but an Eq5dError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (text) => {
        try {
          expect(eq5dState(parseEq5dState(text))).toBe(text);
        } catch (error) {
          expect(error).toBeInstanceOf(Eq5dError);
        }
      }),
    );
  });
});
