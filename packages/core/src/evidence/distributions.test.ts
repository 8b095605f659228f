/**
 * Quantiles against published tables. Normal: Wichura 1988 (AS 241) and any printed z table
 * (1.959964, 1.644854, 2.575829, 3.090232). Student t: the two-sided 95% critical values of a
 * standard t table (e.g. Fisher & Yates, Statistical Tables, 6th edn 1963, Table III; NIST/
 * SEMATECH e-Handbook of Statistical Methods §1.3.6.7.2), to the 3 decimals they print.
 */
import { describe, expect, it } from 'vitest';
import { normalQuantile, tQuantile, Z_95 } from './distributions.js';
import { EvidenceInputError } from './evidence-error.js';

const round3 = (x: number) => Math.round(x * 1000) / 1000;

describe('normalQuantile (AS 241)', () => {
  it.each([
    [0.975, 1.959964],
    [0.95, 1.644854],
    [0.995, 2.575829],
    [0.999, 3.090232],
    [0.5, 0],
    [0.025, -1.959964],
  ])('Φ⁻¹(%s) = %s', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 6);
  });

  it('reaches the far tail: Φ⁻¹(1e-10) = −6.361341 (AS 241 range r > 5)', () => {
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361341, 5);
    expect(normalQuantile(1e-300)).toBeCloseTo(-37.047096, 4);
  });

  it('Z_95 is 1.959963984540054', () => {
    expect(Z_95).toBeCloseTo(1.959963984540054, 12);
  });

  it.each([0, 1, -0.1, Number.NaN])('refuses p = %s', (p) => {
    expect(() => normalQuantile(p)).toThrow(EvidenceInputError);
  });
});

describe('tQuantile (Hill 1970) against the printed t table', () => {
  it.each([
    [1, 12.706],
    [2, 4.303],
    [3, 3.182],
    [4, 2.776],
    [5, 2.571],
    [6, 2.447],
    [9, 2.262],
    [10, 2.228],
    [20, 2.086],
    [30, 2.042],
    [60, 2.0],
    [120, 1.98],
    [1_000_000, 1.96],
  ])('t(0.975, df = %i) = %s', (df, t) => {
    expect(round3(tQuantile(0.975, df))).toBe(t);
  });

  it.each([
    [1, 6.314],
    [5, 2.015],
    [10, 1.812],
    [30, 1.697],
  ])('t(0.95, df = %i) = %s (one-sided 5%)', (df, t) => {
    expect(round3(tQuantile(0.95, df))).toBe(t);
  });

  it.each([
    [1, 63.657],
    [5, 4.032],
    [10, 3.169],
  ])('t(0.995, df = %i) = %s', (df, t) => {
    expect(round3(tQuantile(0.995, df))).toBe(t);
  });

  it('is symmetric about 0', () => {
    expect(tQuantile(0.025, 7)).toBeCloseTo(-tQuantile(0.975, 7), 12);
    expect(tQuantile(0.5, 7)).toBe(0);
  });

  it.each([0, 1.5, -1, Number.NaN])('refuses df = %s', (df) => {
    expect(() => tQuantile(0.975, df)).toThrow(expect.objectContaining({ field: 'df' }));
  });
});
