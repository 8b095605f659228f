/**
 * SII / RII, PHS (ScotPHO inequality_measures()) method. Vector 1 is issue 12's: rates 40, 35,
 * 30, 25, 20 over equal populations (ranks 0.1…0.9, slope −25) → SII 25.0, RII 0.833, an
 * exact fit so the CI has no width. Vector 2 (unequal populations, rates off the line) was
 * computed independently by the same regression PHS runs, lm(rate·√p ~ √p + rank·√p + 0),
 * solved with numpy.linalg.lstsq and scipy t(0.975, 3): SII 27.5049 (12.3724 to 42.6374),
 * mean 36.0933, RII 0.7620.
 */
import { describe, expect, it } from 'vitest';
import { inequalityIndices } from './inequality.js';
import { EvidenceInputError } from './evidence-error.js';

const r4 = (x: number | null) => (x === null ? null : Math.round(x * 1e4) / 1e4);

describe('inequalityIndices (PHS SII / RII)', () => {
  it('issue 12 vector: 40, 35, 30, 25, 20 → SII 25.0, RII 0.833', () => {
    const result = inequalityIndices(
      [40, 35, 30, 25, 20].map((rate) => ({ rate, population: 1000 })),
    );
    expect(result.sii).toBeCloseTo(25, 10);
    expect(result.meanRate).toBeCloseTo(30, 10);
    expect(result.rii).toBeCloseTo(0.8333, 4);
    expect(result.siiLower).toBeCloseTo(25, 8);
    expect(result.siiUpper).toBeCloseTo(25, 8);
    expect(result.groups.map((g) => r4(g.rank))).toEqual([0.1, 0.3, 0.5, 0.7, 0.9]);
    expect(result.definition.sii.id).toBe('sii');
    expect(result.definition.rii.id).toBe('rii');
  });

  it('unequal populations, off the line: matches lm() with confint (numpy / scipy)', () => {
    const rates = [52.1, 41.7, 38.2, 30.5, 27.9];
    const pops = [12000, 15000, 18000, 21000, 24000];
    const result = inequalityIndices(rates.map((rate, i) => ({ rate, population: pops[i] ?? 0 })));
    expect(r4(result.sii)).toBe(27.5049);
    expect(r4(result.siiLower)).toBe(12.3724);
    expect(r4(result.siiUpper)).toBe(42.6374);
    expect(r4(result.meanRate)).toBe(36.0933);
    expect(r4(result.rii)).toBe(0.762);
  });

  it('is oriented so a higher rate among the less deprived is negative', () => {
    const result = inequalityIndices([20, 40].map((rate) => ({ rate, population: 1 })));
    expect(result.sii).toBeCloseTo(-40, 10);
    expect(result.siiLower).toBeNull();
    expect(result.riiUpper).toBeNull();
  });

  it('gives no RII when the mean rate is 0', () => {
    expect(inequalityIndices([0, 0, 0].map((rate) => ({ rate, population: 5 }))).rii).toBeNull();
  });

  it('refuses one group or a zero population', () => {
    expect(() => inequalityIndices([{ rate: 1, population: 1 }])).toThrow(EvidenceInputError);
    expect(() =>
      inequalityIndices([
        { rate: 1, population: 1 },
        { rate: 1, population: 0 },
      ]),
    ).toThrow(expect.objectContaining({ field: 'groups.1.population' }));
  });
});
