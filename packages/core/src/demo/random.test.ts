import { describe, expect, it } from 'vitest';
import { Random } from './random.js';

describe('Random', () => {
  it('gives the same draws for the same seed, and different draws for another', () => {
    const a = new Random('demo');
    const b = new Random('demo');
    const c = new Random('other');
    const draws = (r: Random) => Array.from({ length: 20 }, () => r.int(0, 1_000_000));
    const first = draws(a);
    expect(draws(b)).toEqual(first);
    expect(draws(c)).not.toEqual(first);
  });

  it('keeps forked streams independent of draws made elsewhere', () => {
    const plain = new Random('s').fork('people');
    const busy = new Random('s');
    busy.float();
    busy.float();
    const forked = busy.fork('people');
    expect(forked.int(0, 1e9)).toBe(plain.int(0, 1e9));
  });

  it('draws Poisson counts whose mean and variance match lambda', () => {
    // A Poisson(λ) variable has mean λ and variance λ; over 20,000 draws the sample mean of
    // Poisson(4) lies within 0.1 of 4 (standard error √(4/20000) ≈ 0.014).
    for (const lambda of [4, 50]) {
      const r = new Random(`poisson-${String(lambda)}`);
      const xs = Array.from({ length: 20_000 }, () => r.poisson(lambda));
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
      expect(Math.abs(mean - lambda)).toBeLessThan(lambda * 0.03);
      expect(Math.abs(variance - lambda)).toBeLessThan(lambda * 0.1);
    }
  });

  it('chooses weighted entries in proportion to their weights', () => {
    const r = new Random('weights');
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++) counts[r.weighted([['a', 1], ['b', 3]] as const)] += 1;
    // Expected 2,500 a's; three standard errors of a binomial(10000, 0.25) is about 130.
    expect(Math.abs(counts.a - 2500)).toBeLessThan(130);
  });

  it('draws normals with the mean and spread asked for', () => {
    const r = new Random('normal');
    const xs = Array.from({ length: 20_000 }, () => r.normal(10, 2));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
    expect(Math.abs(mean - 10)).toBeLessThan(0.05);
    expect(Math.abs(sd - 2)).toBeLessThan(0.05);
  });
});
