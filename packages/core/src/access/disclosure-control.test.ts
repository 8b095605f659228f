// Vectors worked by hand from NHS Digital's "Disclosure control methodology for HES and ECDS"
// (September 2018): 0 stays 0, 1 to 7 become "*", others round to the nearest 5, and rates are
// computed from the rounded counts.
import { describe, expect, it } from 'vitest';
import {
  discloseCount,
  discloseProportion,
  mayShowStatisticOver,
} from './disclosure-control.js';

describe('the small-number rule', () => {
  it('keeps 0, suppresses 1 to 7 and rounds the rest to the nearest 5', () => {
    expect(discloseCount(0)).toBe(0);
    for (const n of [1, 2, 3, 4, 5, 6, 7]) expect(discloseCount(n)).toBeNull();
    expect(discloseCount(8)).toBe(10);
    expect(discloseCount(12)).toBe(10);
    expect(discloseCount(13)).toBe(15);
    expect(discloseCount(17)).toBe(15);
    expect(discloseCount(18)).toBe(20);
    expect(discloseCount(386)).toBe(385);
  });

  it('refuses what is not a count', () => {
    expect(() => discloseCount(-1)).toThrow(RangeError);
    expect(() => discloseCount(2.5)).toThrow(RangeError);
  });

  it('computes a rate from the rounded counts, and hides it when either count is hidden', () => {
    // 9 did not attend of 97 booked: 10 / 95 = 0.105 (the unrounded rate would be 0.093).
    expect(discloseProportion(9, 97)).toBe(0.105);
    expect(discloseProportion(3, 97)).toBeNull();
    expect(discloseProportion(0, 5)).toBeNull();
    expect(discloseProportion(0, 40)).toBe(0);
    expect(discloseProportion(0, 0)).toBeNull();
  });

  it('shows a mean or median only over none or at least 8 values', () => {
    expect(mayShowStatisticOver(0)).toBe(true);
    expect(mayShowStatisticOver(7)).toBe(false);
    expect(mayShowStatisticOver(8)).toBe(true);
  });
});
