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
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852546,
];
const C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008,
  0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9,
];
const E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
  0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
];
const F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
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
  let c = (((20700 * a) / b - 98) * a - 16) * a + 96.36;
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
      ((1 / (((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3) + 0.5 / (df + 4)) * y - 1) *
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
