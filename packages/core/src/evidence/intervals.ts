/**
 * Proportions, means and order statistics with their intervals. Definitions in definitions.ts:
 * 'wilson-interval', 'mean-ci', 'median', 'percentile-90', 'within-weeks'.
 */
import { definitionOf, type MetricDefinition } from './definitions.js';
import { tQuantile, Z_95 } from './distributions.js';
import {
  EvidenceInputError,
  requireCount,
  requireFinite,
  requireFraction,
} from './evidence-error.js';

export interface ProportionWithCi {
  readonly numerator: number;
  readonly denominator: number;
  readonly proportion: number;
  readonly lower: number;
  readonly upper: number;
  readonly definition: MetricDefinition;
}

/**
 * Wilson score 95% interval for `successes` out of `n` (Wilson 1927; Newcombe 1998 method 3,
 * no continuity correction): 5/10 → 0.2366–0.7634. null when n = 0.
 */
export function wilsonInterval(
  successes: number,
  n: number,
  definition: MetricDefinition = definitionOf('wilson-interval'),
): ProportionWithCi | null {
  requireFraction(successes, n, 'proportion');
  if (n === 0) return null;
  const p = successes / n;
  const z2 = Z_95 * Z_95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z_95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return {
    numerator: successes,
    denominator: n,
    proportion: p,
    lower: Math.max(0, centre - half),
    upper: Math.min(1, centre + half),
    definition,
  };
}

export interface MeanWithCi {
  readonly n: number;
  readonly mean: number;
  /** Sample SD (divisor n − 1); null for one value. */
  readonly sd: number | null;
  /** t interval bounds; null for one value. */
  readonly lower: number | null;
  readonly upper: number | null;
  readonly definition: MetricDefinition;
}

/** Mean with a t-based 95% interval; null for no values. */
export function meanWithCi(
  values: readonly number[],
  definition: MetricDefinition = definitionOf('mean-ci'),
): MeanWithCi | null {
  values.forEach((v, i) => requireFinite(v, `values.${i}`));
  const n = values.length;
  if (n === 0) return null;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  if (n === 1) return { n, mean, sd: null, lower: null, upper: null, definition };
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  const half = (tQuantile(0.975, n - 1) * sd) / Math.sqrt(n);
  return { n, mean, sd, lower: mean - half, upper: mean + half, definition };
}

/**
 * The p-quantile by Hyndman & Fan (1996) definition 7 (R's default, Excel PERCENTILE.INC):
 * h = (n − 1)p on the 0-based sorted values, interpolating linearly. null for no values.
 */
export function quantileType7(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) {
    throw new EvidenceInputError('p', {
      en: 'A percentile is from 0 to 1',
      cy: 'Mae canradd rhwng 0 ac 1',
    });
  }
  values.forEach((v, i) => requireFinite(v, `values.${i}`));
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = sorted[Math.floor(h)];
  const hi = sorted[Math.ceil(h)];
  if (lo === undefined || hi === undefined) return null;
  return lo + (h - Math.floor(h)) * (hi - lo);
}

export interface OrderStatistic {
  readonly n: number;
  readonly value: number;
  readonly definition: MetricDefinition;
}

function orderStatistic(values: readonly number[], p: number, definition: MetricDefinition) {
  const value = quantileType7(values, p);
  return value === null ? null : { n: values.length, value, definition };
}

/** Median (type 7); null for no values. */
export function median(values: readonly number[]): OrderStatistic | null {
  return orderStatistic(values, 0.5, definitionOf('median'));
}

/** 90th percentile (type 7); null for no values. */
export function percentile90(values: readonly number[]): OrderStatistic | null {
  return orderStatistic(values, 0.9, definitionOf('percentile-90'));
}

/**
 * Proportion of waits (whole days) that are within `weeks` weeks, i.e. ≤ 7 × weeks days, with
 * a Wilson interval; null for no waits.
 */
export function proportionWithinWeeks(
  waitDays: readonly number[],
  weeks: number,
): ProportionWithCi | null {
  requireCount(weeks, 'weeks');
  waitDays.forEach((d, i) => requireCount(d, `waitDays.${i}`));
  const within = waitDays.filter((d) => d <= 7 * weeks).length;
  return wilsonInterval(within, waitDays.length, definitionOf('within-weeks'));
}
