import { describe, expect, it } from 'vitest';
import { parseNhsNumber } from '../shared/nhs-number.js';
import { ageOn } from '../front-door/answers.js';
import { parseUkPhone } from '../front-door/contact.js';
import { Random } from './random.js';
import {
  drawPerson,
  RESERVED_EMAIL_DOMAINS,
  SYNTHETIC_NHS_NUMBER_CAPACITY,
  syntheticNhsNumber,
  type PopulationArea,
  type SyntheticPerson,
} from './population.js';
import { northTraffordArea } from './data/north-trafford-area.js';
import { NORTH_TRAFFORD_AGE_SEX } from './data/north-trafford-age-sex.js';
import { NORTH_TRAFFORD_ETHNICITY } from './data/north-trafford-ethnicity.js';
import { GIVEN_NAMES } from './data/given-names.js';

const TODAY = '2026-12-06';
// A few real North Trafford postcodes (the four practices' own); the server passes the full list.
const AREA: PopulationArea = northTraffordArea(['M32 0DF', 'M16 9NW', 'M32 9PA', 'M32 0PA']);

function draw(n: number, seed = 'population-test', area = AREA): SyntheticPerson[] {
  const random = new Random(seed);
  return Array.from({ length: n }, (_, i) => drawPerson(random, area, TODAY, i));
}

describe('syntheticNhsNumber', () => {
  it('gives valid, distinct numbers in NHS England’s test range, the same for the same index', () => {
    const numbers = Array.from({ length: 10_000 }, (_, i) => syntheticNhsNumber(i));
    expect(numbers.filter((n) => !parseNhsNumber(n).valid || !/^999\d{7}$/.test(n))).toEqual([]);
    expect(new Set(numbers).size).toBe(10_000);
    expect(syntheticNhsNumber(1234)).toBe(syntheticNhsNumber(1234));
  });
  it('reaches the top of the range and refuses indices beyond it', () => {
    const last = syntheticNhsNumber(SYNTHETIC_NHS_NUMBER_CAPACITY - 1);
    expect(parseNhsNumber(last).valid).toBe(true);
    expect(last.startsWith('9999999')).toBe(true);
    expect(() => syntheticNhsNumber(SYNTHETIC_NHS_NUMBER_CAPACITY)).toThrow(RangeError);
    expect(() => syntheticNhsNumber(-1)).toThrow(RangeError);
  });
});

describe('drawPerson', () => {
  it('is deterministic: the same seed and index give the same person, in any order', () => {
    const first = draw(200);
    expect(draw(200)).toEqual(first);
    const random = new Random('population-test');
    expect(drawPerson(random, AREA, TODAY, 150)).toEqual(first[150]);
    expect(draw(200, 'another-seed')).not.toEqual(first);
  });

  it('gives every person valid, unique test NHS numbers and contact details that reach no one', () => {
    const people = draw(10_000);
    expect(new Set(people.map((p) => p.nhsNumber)).size).toBe(10_000);
    // Checked in plain code and reported once: 10,000 people × 8 expectations is slow in vitest.
    const wrong = people.filter(
      (p) =>
        !parseNhsNumber(p.nhsNumber).valid ||
        Number(p.nhsNumber) < 9_990_000_000 ||
        !/^07700 900\d{3}$/.test(p.phone) ||
        parseUkPhone(p.phone)?.mobile !== true ||
        !p.mobile ||
        !/^[a-z]+\.[a-z]+\d+@example\.(com|org|net)$/.test(p.email) ||
        !AREA.postcodes.includes(p.postcode) ||
        p.preferredLanguage !== 'en',
    );
    expect(wrong).toEqual([]);
    expect(new Set(people.map((p) => p.email.split('@')[1]))).toEqual(
      new Set(RESERVED_EMAIL_DOMAINS),
    );
  });

  it('gives landline-only people a Manchester drama landline and Welsh to those the area says', () => {
    const people = draw(2_000, 'landlines', { ...AREA, landlineOnlyShare: 0.5, welshShare: 0.5 });
    const landlines = people.filter((p) => !p.mobile);
    expect(landlines.length).toBeGreaterThan(800);
    for (const p of landlines) {
      expect(p.phone).toMatch(/^0161 496 0\d{3}$/);
      expect(parseUkPhone(p.phone)?.mobile, p.phone).toBe(false);
    }
    const welsh = people.filter((p) => p.preferredLanguage === 'cy').length;
    expect(welsh).toBeGreaterThan(800);
    expect(welsh).toBeLessThan(1_200);
  });

  it('draws a date of birth whose age on today is in the band, and honours an age filter', () => {
    const random = new Random('ages');
    for (let i = 0; i < 3_000; i++) {
      const p = drawPerson(random, AREA, TODAY, i, { minAge: 65, maxAge: 72 });
      const age = ageOn(p.dateOfBirth, TODAY);
      expect(age, p.dateOfBirth).toBeGreaterThanOrEqual(65);
      expect(age, p.dateOfBirth).toBeLessThanOrEqual(72);
    }
    // Without a filter every age is 0 to 99 ('90+' is drawn as 90 to 99).
    for (const p of draw(5_000)) {
      const age = ageOn(p.dateOfBirth, TODAY);
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThanOrEqual(99);
    }
  });

  it('keeps ages right when today is 29 February', () => {
    const random = new Random('leap-day');
    for (const age of [0, 1, 4, 50]) {
      for (let i = 0; i < 300; i++) {
        const p = drawPerson(random, AREA, '2028-02-29', i, { minAge: age, maxAge: age });
        expect(ageOn(p.dateOfBirth, '2028-02-29'), p.dateOfBirth).toBe(age);
      }
    }
  });

  it('gives a given name from the lists for the person’s sex', () => {
    const male = new Set(GIVEN_NAMES.male.flatMap((l) => l.names));
    const female = new Set(GIVEN_NAMES.female.flatMap((l) => l.names));
    for (const p of draw(3_000)) {
      expect((p.sex === 'male' ? male : female).has(p.givenName), `${p.givenName} ${p.sex}`).toBe(
        true,
      );
    }
  });

  it('names people as babies were named the year they were born', () => {
    const random = new Random('names-by-year');
    const oldest = new Set([
      ...(GIVEN_NAMES.female.find((l) => l.year === 1934)?.names ?? []),
      ...(GIVEN_NAMES.male.find((l) => l.year === 1934)?.names ?? []),
    ]);
    for (let i = 0; i < 500; i++) {
      // Aged 91–93 on 2026-12-31: born 1933–1935, whose nearest list is 1934's.
      const p = drawPerson(random, AREA, '2026-12-31', i, { minAge: 91, maxAge: 93 });
      expect(Number(p.dateOfBirth.slice(0, 4))).toBeGreaterThanOrEqual(1933);
      expect(oldest.has(p.givenName), p.givenName).toBe(true);
    }
  });
});

describe('calibration over 20,000 people', () => {
  const people = draw(20_000, 'calibration');

  it('matches each age/sex band’s share of the source within 1 percentage point', () => {
    const total = NORTH_TRAFFORD_AGE_SEX.reduce((s, b) => s + b.male + b.female, 0);
    for (const band of NORTH_TRAFFORD_AGE_SEX) {
      for (const sex of ['male', 'female'] as const) {
        const expected = band[sex] / total;
        const observed =
          people.filter((p) => {
            const age = ageOn(p.dateOfBirth, TODAY);
            return p.sex === sex && age >= band.minAge && age <= band.maxAge;
          }).length / people.length;
        expect(Math.abs(observed - expected), `${band.band} ${sex}`).toBeLessThan(0.01);
      }
    }
  });

  it('matches each ethnic category’s share within 1 percentage point', () => {
    const total = NORTH_TRAFFORD_ETHNICITY.reduce((s, e) => s + e.weight, 0);
    for (const { code, weight } of NORTH_TRAFFORD_ETHNICITY) {
      const observed = people.filter((p) => p.ethnicity === code).length / people.length;
      expect(Math.abs(observed - weight / total), code).toBeLessThan(0.01);
    }
  });
});
