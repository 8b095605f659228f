/**
 * Rates: Wilson intervals per Newcombe 1998 Table I (81/263 → 0.2553–0.3662), scaled to 1,000;
 * quintiles and Core20 per MHCLG IoD 2019 (deciles 1–2 = most deprived 20%) and NHS England
 * Core20PLUS5; hand-worked group sums.
 */
import { describe, expect, it } from 'vitest';
import {
  core20,
  deprivationGroupKey,
  deprivationQuintile,
  oneDeprivationIndex,
  ratesByDeprivation,
  ratesByGroup,
  uptakePer1000,
} from './rates.js';
import { EvidenceInputError } from './evidence-error.js';

describe('uptakePer1000', () => {
  it('81 of 263 → 307.98 per 1,000 (255.3–366.2, Newcombe 1998)', () => {
    const rate = uptakePer1000(81, 263);
    expect(rate?.per1000).toBeCloseTo(307.98, 2);
    expect(rate?.lower).toBeCloseTo(255.3, 1);
    expect(rate?.upper).toBeCloseTo(366.2, 1);
    expect(rate?.definition.id).toBe('uptake-per-1000');
  });

  it('is null for an empty register and refuses more people than registered', () => {
    expect(uptakePer1000(0, 0)).toBeNull();
    expect(() => uptakePer1000(5, 4)).toThrow(EvidenceInputError);
  });
});

describe('ratesByGroup', () => {
  it('sums rows with the same key before rating', () => {
    const groups = ratesByGroup([
      { group: 'female', numerator: 3, denominator: 10 },
      { group: 'male', numerator: 0, denominator: 0 },
      { group: 'female', numerator: 2, denominator: 10 },
    ]);
    expect(groups[0]).toMatchObject({ group: 'female', numerator: 5, denominator: 20, rate: 0.25 });
    expect(groups[1]).toMatchObject({ group: 'male', rate: null, lower: null });
  });
});

describe('deprivation helpers', () => {
  it.each([
    [1, 1],
    [2, 1],
    [3, 2],
    [9, 5],
    [10, 5],
  ])('decile %i → quintile %i', (decile, quintile) => {
    expect(deprivationQuintile({ index: 'IMD2019', decile }).quintile).toBe(quintile);
  });

  it('Core20 is IMD 2019 deciles 1–2, and refused for WIMD', () => {
    expect(core20({ index: 'IMD2019', decile: 2 })).toMatchObject({ ok: true, core20: true });
    expect(core20({ index: 'IMD2019', decile: 3 })).toMatchObject({ ok: true, core20: false });
    expect(core20({ index: 'WIMD2019', decile: 1 }).ok).toBe(false);
    expect(() => core20({ index: 'IMD2019', decile: 11 })).toThrow(EvidenceInputError);
  });

  it('group keys carry the index', () => {
    expect(deprivationGroupKey({ index: 'WIMD2019', decile: 3 }, 'decile')).toBe('WIMD2019:D3');
    expect(deprivationGroupKey({ index: 'IMD2019', decile: 3 }, 'quintile')).toBe('IMD2019:Q2');
  });

  it('never combines IMD 2019 with WIMD 2019', () => {
    const mixed = ratesByDeprivation(
      [
        { deprivation: { index: 'IMD2019', decile: 1 }, numerator: 1, denominator: 10 },
        { deprivation: { index: 'WIMD2019', decile: 1 }, numerator: 1, denominator: 10 },
      ],
      'quintile',
    );
    expect(mixed.ok).toBe(false);
    if (!mixed.ok) expect(mixed.reason.en).toMatch(/not comparable/);
    expect(oneDeprivationIndex([]).ok).toBe(true);
  });

  it('rates by quintile in deprivation order', () => {
    const result = ratesByDeprivation(
      [
        { deprivation: { index: 'WIMD2019', decile: 4 }, numerator: 2, denominator: 50 },
        { deprivation: { index: 'WIMD2019', decile: 1 }, numerator: 6, denominator: 40 },
        { deprivation: { index: 'WIMD2019', decile: 2 }, numerator: 4, denominator: 60 },
      ],
      'quintile',
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.index).toBe('WIMD2019');
      expect(result.groups.map((g) => [g.group, g.numerator, g.denominator])).toEqual([
        ['WIMD2019:Q1', 10, 100],
        ['WIMD2019:Q2', 2, 50],
      ]);
    }
  });
});
