/**
 * Wilson intervals against Newcombe RG, Two-sided confidence intervals for the single
 * proportion: comparison of seven methods. Stat Med 1998;17:857–872, Table I, method 3
 * (score interval without continuity correction, Wilson 1927), to 4 dp. Type 7 quantiles
 * against Hyndman & Fan 1996 / R `quantile(x, type = 7)` on small hand-worked sets.
 */
import { describe, expect, it } from 'vitest';
import {
  meanWithCi,
  median,
  percentile90,
  proportionWithinWeeks,
  quantileType7,
  wilsonInterval,
} from './intervals.js';
import { EvidenceInputError } from './evidence-error.js';

const r4 = (x: number | null | undefined) => (x == null ? x : Math.round(x * 1e4) / 1e4);

describe('wilsonInterval (Newcombe 1998 Table I, method 3)', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0.0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [5, 10, 0.2366, 0.7634],
    [0, 10, 0.0, 0.2775],
  ])('%i/%i → %s–%s', (x, n, lower, upper) => {
    const ci = wilsonInterval(x, n);
    expect(r4(ci?.lower)).toBe(lower);
    expect(r4(ci?.upper)).toBe(upper);
    expect(ci?.definition.id).toBe('wilson-interval');
  });

  it('gives null when nobody is counted', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('refuses a numerator above the denominator or a non-count', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(EvidenceInputError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(EvidenceInputError);
  });
});

describe('meanWithCi (t interval)', () => {
  it('hand-worked: 1…5 → mean 3, SD √2.5, 3 ± 2.776·√2.5/√5 = 1.0368–4.9632', () => {
    const m = meanWithCi([1, 2, 3, 4, 5]);
    expect(m?.mean).toBe(3);
    expect(m?.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(r4(m?.lower)).toBe(1.0368);
    expect(r4(m?.upper)).toBe(4.9632);
  });

  it('one value has no interval, none has no mean', () => {
    expect(meanWithCi([7])).toMatchObject({ n: 1, mean: 7, sd: null, lower: null });
    expect(meanWithCi([])).toBeNull();
  });
});

describe('type 7 quantiles (Hyndman & Fan 1996; R quantile type 7)', () => {
  it('median of even and odd sets', () => {
    expect(median([3, 1, 2])?.value).toBe(2);
    expect(median([4, 1, 3, 2])?.value).toBe(2.5);
    expect(median([4, 1, 3, 2])?.definition.id).toBe('median');
  });

  it('90th percentile of 1…10 is 9.1 (h = 9 × 0.9 = 8.1); of 10, 20, 30, 40 is 37', () => {
    expect(percentile90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])?.value).toBeCloseTo(9.1, 12);
    expect(percentile90([40, 10, 30, 20])?.value).toBeCloseTo(37, 12);
  });

  it('ends and empty input', () => {
    expect(quantileType7([5, 9], 0)).toBe(5);
    expect(quantileType7([5, 9], 1)).toBe(9);
    expect(quantileType7([], 0.5)).toBeNull();
    expect(median([])).toBeNull();
    expect(() => quantileType7([1], 1.2)).toThrow(EvidenceInputError);
  });
});

describe('proportionWithinWeeks', () => {
  it('counts waits of at most 7 × N days: 126 days is within 18 weeks, 127 is not', () => {
    const p = proportionWithinWeeks([10, 126, 127, 200], 18);
    expect(p).toMatchObject({ numerator: 2, denominator: 4, proportion: 0.5 });
    expect(p?.definition.id).toBe('within-weeks');
  });

  it('is null without waits', () => {
    expect(proportionWithinWeeks([], 4)).toBeNull();
  });
});
