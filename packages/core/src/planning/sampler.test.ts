/**
 * The sampler against the xoshiro128** reference outputs (Blackman & Vigna's
 * xoshiro128starstar.c v1.1, as the Rust crate rand_xoshiro checks them: state {1, 2, 3, 4} →
 * 11520, 0, 5927040, …), and each distribution against its mean and variance, and for Poisson
 * its probabilities, over many draws (tolerances of about 5 standard errors).
 */
import { describe, expect, it } from 'vitest';
import { distributionMoments, logFactorial, Sampler } from './sampler.js';

function moments(xs: readonly number[]) {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

describe('Sampler', () => {
  it('gives xoshiro128**’s reference outputs from state {1, 2, 3, 4} (rand_xoshiro’s test vector)', () => {
    const s = new Sampler([1, 2, 3, 4]);
    const out = Array.from({ length: 10 }, () => s.next32() >>> 0);
    expect(out).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597,
      4258142804,
    ]);
  });

  it('is deterministic by seed and differs between seeds', () => {
    const draws = (seed: string) => {
      const s = new Sampler(seed);
      return Array.from({ length: 8 }, () => s.float());
    };
    expect(draws('plan')).toEqual(draws('plan'));
    expect(draws('plan')).not.toEqual(draws('plan/2'));
  });

  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
    const s = new Sampler('uniform');
    const xs = Array.from({ length: 100_000 }, () => s.float());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const m = moments(xs);
    expect(m.mean).toBeCloseTo(0.5, 2);
    expect(m.variance).toBeCloseTo(1 / 12, 3);
  });

  it.each([0.3, 4, 9.5, 12, 45, 400])('draws Poisson(%s) with mean and variance λ', (lambda) => {
    const s = new Sampler(`poisson/${String(lambda)}`);
    const n = 50_000;
    const m = moments(Array.from({ length: n }, () => s.poisson(lambda)));
    const se = Math.sqrt(lambda / n);
    expect(Math.abs(m.mean - lambda)).toBeLessThan(5 * se);
    expect(Math.abs(m.variance / lambda - 1)).toBeLessThan(0.05);
  });

  it('draws PTRS Poisson(15) with the probabilities e^−λ λ^k / k!', () => {
    const s = new Sampler('poisson/pmf');
    const n = 200_000;
    const counts = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const k = s.poisson(15);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    for (const k of [5, 10, 15, 20, 25]) {
      const p = Math.exp(-15 + k * Math.log(15) - logFactorial(k));
      const observed = (counts.get(k) ?? 0) / n;
      expect(Math.abs(observed - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
    }
  });

  it.each([
    [10, 0.3],
    [40, 0.9],
    [1000, 0.02],
    [500, 0.4],
    [5000, 0.7],
  ])('draws Binomial(%i, %s) with mean np and variance np(1 − p)', (trials, p) => {
    const s = new Sampler(`binomial/${String(trials)}/${String(p)}`);
    const n = 40_000;
    const xs = Array.from({ length: n }, () => s.binomial(trials, p));
    const m = moments(xs);
    const variance = trials * p * (1 - p);
    expect(Math.abs(m.mean - trials * p)).toBeLessThan(5 * Math.sqrt(variance / n));
    expect(Math.abs(m.variance / variance - 1)).toBeLessThan(0.05);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(trials);
  });

  it('keeps binomial edges exact', () => {
    const s = new Sampler('edges');
    expect(s.binomial(0, 0.5)).toBe(0);
    expect(s.binomial(7, 0)).toBe(0);
    expect(s.binomial(7, 1)).toBe(7);
    expect(s.poisson(0)).toBe(0);
  });

  it.each([
    { kind: 'exponential', mean: 2 } as const,
    { kind: 'gamma', mean: 3, cv: 0.5 } as const,
    { kind: 'gamma', mean: 1, cv: 2 } as const,
    { kind: 'fixed', value: 1.5 } as const,
  ])('samples %o with its mean and second moment', (d) => {
    const s = new Sampler(`dist/${d.kind}`);
    const xs = Array.from({ length: 100_000 }, () => s.sample(d));
    const want = distributionMoments(d);
    const m = moments(xs);
    expect(m.mean / want.mean).toBeCloseTo(1, 1);
    const second = xs.reduce((acc, x) => acc + x * x, 0) / xs.length;
    expect(second / want.secondMoment).toBeGreaterThan(0.9);
    expect(second / want.secondMoment).toBeLessThan(1.1);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
  });

  it('ln k! from its table and from Stirling’s series agree at the seam', () => {
    let sum = 0;
    for (let k = 2; k <= 300; k++) sum += Math.log(k);
    expect(logFactorial(300)).toBeCloseTo(sum, 9);
    expect(logFactorial(256) - logFactorial(255)).toBeCloseTo(Math.log(256), 9);
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 12);
  });
});
