/**
 * The simulation's random draws, seeded and deterministic: the same seed gives the same draws on
 * every machine. A seed is turned into state through demo/random.ts's `Random`, so seeds and
 * stream labels mean what they mean in the demo; the draws themselves come from xoshiro128**
 * (Blackman D, Vigna S. Scrambled linear pseudorandom number generators. ACM TOMS 2021;47(4):36),
 * a few integer operations each, because a thousand runs of a service's year need hundreds of
 * millions of draws and `Random` goes through pure-rand's distribution functions on every one.
 * The distributions are the textbook algorithms, each named where it is written.
 */
import { Random } from '../demo/random.js';

/** A distribution of a time (a gap between arrivals, a service): closed, so every kind is handled. */
export type Distribution =
  | { readonly kind: 'exponential'; readonly mean: number }
  | { readonly kind: 'fixed'; readonly value: number }
  /** Gamma with this mean and coefficient of variation (shape 1/cv²): cv 1 is exponential. */
  | { readonly kind: 'gamma'; readonly mean: number; readonly cv: number };

/** E[X] and E[X²] of a distribution, for the closed forms (queueing.ts) it is compared with. */
export function distributionMoments(d: Distribution): { mean: number; secondMoment: number } {
  switch (d.kind) {
    case 'exponential':
      return { mean: d.mean, secondMoment: 2 * d.mean * d.mean };
    case 'fixed':
      return { mean: d.value, secondMoment: d.value * d.value };
    case 'gamma':
      return { mean: d.mean, secondMoment: d.mean * d.mean * (1 + d.cv * d.cv) };
  }
}

const TWO_POW_26 = 67_108_864;
const TWO_POW_32 = 4_294_967_296;
const TWO_POW_53 = 9_007_199_254_740_992;
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
const LOG_FACTORIALS = (() => {
  const table = new Float64Array(256);
  for (let k = 2; k < table.length; k++) table[k] = (table[k - 1] ?? 0) + Math.log(k);
  return table;
})();

/** ln k!, from a table below 256 and Stirling's series with three terms above (error < 1e-13). */
export function logFactorial(k: number): number {
  const exact = LOG_FACTORIALS[k];
  if (exact !== undefined) return exact;
  const x = k + 1;
  const x2 = x * x;
  return (
    (x - 0.5) * Math.log(x) -
    x +
    HALF_LOG_TWO_PI +
    1 / (12 * x) -
    1 / (360 * x * x2) +
    1 / (1260 * x * x2 * x2)
  );
}

export class Sampler {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spareNormal = Number.NaN;

  /** From a seed (through demo/random.ts), or from xoshiro's four state words. */
  constructor(seed: string | readonly [number, number, number, number]) {
    let state: readonly number[] = [];
    if (typeof seed === 'string') {
      const random = new Random(seed);
      state = [0, 1, 2, 3].map(() => random.int(0, 0xffffffff));
    } else {
      state = seed;
    }
    this.s0 = (state[0] ?? 0) | 0;
    this.s1 = (state[1] ?? 0) | 0;
    this.s2 = (state[2] ?? 0) | 0;
    this.s3 = (state[3] ?? 0) | 0;
    // xoshiro's one forbidden state is all zeros.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The next 32 random bits (xoshiro128**), as a signed 32-bit integer. */
  next32(): number {
    const s1 = this.s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  /** Uniform in [0, 1), with 53 random bits. */
  float(): number {
    const high = this.next32() >>> 5;
    const low = this.next32() >>> 6;
    return (high * TWO_POW_26 + low) / TWO_POW_53;
  }

  /** Exponential with this mean, by inversion: −mean · ln(1 − U). */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.float());
  }

  /** Standard normal by Marsaglia's polar method (the second value of each pair is kept). */
  normal(): number {
    const spare = this.spareNormal;
    if (!Number.isNaN(spare)) {
      this.spareNormal = Number.NaN;
      return spare;
    }
    for (;;) {
      const u = 2 * this.float() - 1;
      const v = 2 * this.float() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const f = Math.sqrt((-2 * Math.log(s)) / s);
        this.spareNormal = v * f;
        return u * f;
      }
    }
  }

  /**
   * Gamma(shape, scale 1) by Marsaglia G, Tsang WW. A simple method for generating gamma
   * variables. ACM TOMS 2000;26:363–372; a shape below 1 through Gamma(shape + 1) · U^(1/shape).
   */
  gamma(shape: number): number {
    if (shape < 1) return this.gamma(shape + 1) * Math.pow(this.float(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = this.normal();
      let v = 1 + c * x;
      if (v <= 0) continue;
      v = v * v * v;
      const u = this.float();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) return d * v;
      if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  /** One draw of `d`. */
  sample(d: Distribution): number {
    switch (d.kind) {
      case 'exponential':
        return this.exponential(d.mean);
      case 'fixed':
        return d.value;
      case 'gamma': {
        if (d.cv === 0) return d.mean;
        const shape = 1 / (d.cv * d.cv);
        return (this.gamma(shape) * d.mean) / shape;
      }
    }
  }

  /**
   * Poisson(lambda), exact: inversion below 10 (a caller drawing often with one lambda passes
   * e^−lambda), and above it the transformed rejection of
   * Hörmann W. The transformed rejection method for generating Poisson random variables.
   * Insurance Math Econom 1993;12:39–45 (PTRS, as NumPy draws it).
   */
  poisson(lambda: number, expMinusLambda = Math.exp(-lambda)): number {
    if (!(lambda > 0)) return 0;
    if (lambda < 10) {
      let p = expMinusLambda;
      let cumulative = p;
      const u = this.float();
      let k = 0;
      while (u > cumulative && p > 0) {
        k += 1;
        p *= lambda / k;
        cumulative += p;
      }
      return k;
    }
    const sq = Math.sqrt(lambda);
    const logLambda = Math.log(lambda);
    const b = 0.931 + 2.53 * sq;
    const a = -0.059 + 0.02483 * b;
    const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = this.float() - 0.5;
      const v = this.float();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (
        Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b) <=
        -lambda + k * logLambda - logFactorial(k)
      ) {
        return k;
      }
    }
  }

  /**
   * Binomial(n, p): exact, as n Bernoulli trials (32-bit) up to 16 and by inversion while
   * n·min(p, 1 − p) < 50; the normal approximation
   * (rounded, kept in 0…n) above, where n·p·(1 − p) ≥ 25 and its error is far below the spread
   * between runs; only large cohorts of a large service reach it.
   */
  binomial(n: number, p: number): number {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (n <= 16) {
      const threshold = p * TWO_POW_32;
      let hits = 0;
      for (let i = 0; i < n; i++) if (this.next32() >>> 0 < threshold) hits += 1;
      return hits;
    }
    const q = p > 0.5 ? 1 - p : p;
    let k: number;
    if (n * q < 50) {
      let pr = Math.exp(n * Math.log1p(-q));
      let cumulative = pr;
      const ratio = q / (1 - q);
      const u = this.float();
      k = 0;
      while (u > cumulative && k < n) {
        pr *= (ratio * (n - k)) / (k + 1);
        k += 1;
        cumulative += pr;
      }
    } else {
      const draw = Math.round(n * q + Math.sqrt(n * q * (1 - q)) * this.normal());
      k = Math.min(n, Math.max(0, draw));
    }
    return p > 0.5 ? n - k : k;
  }
}
