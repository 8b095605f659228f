/**
 * Quantiles of the standard normal and Student t distributions, written out so core needs no
 * numerics library.
 *
 * Normal: Wichura MJ. Algorithm AS 241: the percentage points of the normal distribution.
 * Appl Stat 1988;37(3):477–484 (PPND16, about 16 significant digits; the same coefficients as
 * R's `qnorm`).
 *
 * Student t: Hill GW. Algorithm 396: Student's t-quantiles. Commun ACM 1970;13(10):619–620,
 * an asymptotic expansion in the normal deviate with exact closed forms for 1 and 2 degrees
 * of freedom. Accurate to well beyond the 3 decimals of a printed t table (tested against
 * them in distributions.test.ts).
 */
import { EvidenceInputError } from './evidence-error.js';

function horner(coefficients: readonly number[], x: number): number {
  return coefficients.reduceRight((acc, c) => acc * x + c, 0);
}

// AS 241 coefficients, lowest power first.
const A = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
  45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
];
const B = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867,
  39307.89580009271061, 28729.085735721942674, 5226.495278852545925,
];
const C = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
  1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833,
  7.7454501427834140764e-4,
];
const D = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455,
  0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4,
  1.05075007164441684324e-9,
];
const E = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
  0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5,
  2.01033439929228813265e-7,
];
const F = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
  7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7,
  2.04426310338993978564e-15,
];

function requireProbability(p: number): void {
  if (typeof p !== 'number' || !(p > 0 && p < 1)) {
    throw new EvidenceInputError('p', {
      en: 'A probability for a quantile is strictly between 0 and 1',
      cy: 'Mae tebygolrwydd ar gyfer cwantil rhwng 0 ac 1 yn unig',
    });
  }
}

/** The p-quantile of the standard normal distribution (AS 241), 0 < p < 1. */
export function normalQuantile(p: number): number {
  requireProbability(p);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * horner(A, r)) / horner(B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value = horner(C, r) / horner(D, r);
  } else {
    r -= 5;
    value = horner(E, r) / horner(F, r);
  }
  return q < 0 ? -value : value;
}

/** Hill (1970): the upper two-tailed point t with P(|T| > t) = twoTail, for df ≥ 1. */
function hillTwoTailed(twoTail: number, df: number): number {
  if (df === 2) return Math.sqrt(2 / (twoTail * (2 - twoTail)) - 2);
  if (df === 1) {
    const angle = (twoTail * Math.PI) / 2;
    return Math.cos(angle) / Math.sin(angle);
  }
  const a = 1 / (df - 0.5);
  const b = 48 / (a * a);
  let c = ((((20700 * a) / b - 98) * a - 16) * a + 96.36);
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * df;
  let y = (d * twoTail) ** (2 / df);
  if (y > 0.05 + a) {
    const x = normalQuantile(twoTail / 2);
    y = x * x;
    if (df < 5) c += 0.3 * (df - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = Math.expm1(a * y * y);
  } else {
    y =
      ((1 / ((((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3)) + 0.5 / (df + 4)) * y -
        1) *
        ((df + 1) / (df + 2)) +
      1 / y;
  }
  return Math.sqrt(df * y);
}

/**
 * The p-quantile of Student's t distribution with `df` degrees of freedom (a whole number ≥ 1),
 * 0 < p < 1: tQuantile(0.975, 10) = 2.228. For df above 1e7 the normal quantile is returned.
 */
export function tQuantile(p: number, df: number): number {
  requireProbability(p);
  if (!Number.isInteger(df) || df < 1) {
    throw new EvidenceInputError('df', {
      en: 'Degrees of freedom are a whole number, 1 or more',
      cy: 'Mae graddau rhyddid yn rhif cyfan, 1 neu fwy',
    });
  }
  if (p === 0.5) return 0;
  if (df > 1e7) return normalQuantile(p);
  const upper = p > 0.5;
  const t = hillTwoTailed(2 * (upper ? 1 - p : p), df);
  return upper ? t : -t;
}

/** z for a two-sided 95% interval, 1.959963984540054. */
export const Z_95 = normalQuantile(0.975);
