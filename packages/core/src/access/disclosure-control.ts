/**
 * The small-number rule: disclosure control for figures about people shown to someone who may not
 * see those people's records (a lead or an admin without a clinical role), and for every figure that
 * leaves the service.
 *
 * The rule is NHS Digital's for its secondary-care statistics (Hospital Episode Statistics and the
 * Emergency Care Data Set, "Disclosure control methodology for HES and ECDS", September 2018), the
 * method NHS England applies below national level:
 * - a count of 0 is shown as 0;
 * - a count from 1 to 7 is suppressed (shown as "*"; here `null` with the reason);
 * - any other count is rounded to the nearest 5 (halves upward: 8 → 10, 12 → 10, 13 → 15);
 * - a percentage or rate is computed from the rounded numerator and denominator, and is
 *   suppressed when either is suppressed or the denominator is 0;
 * - a mean, median or other simple statistic over 1 to 7 values is not computed.
 * Values not about people (places offered in clinics, counts of practices) need no control.
 */

/** Counts below this (and above 0) are suppressed. */
export const SMALL_NUMBER_THRESHOLD = 8;
/** Counts at or above the threshold are rounded to a multiple of this. */
export const DISCLOSURE_ROUNDING_BASE = 5;

export const DISCLOSURE_RULE = {
  name: 'NHS Digital small-number rule (HES and ECDS disclosure control, September 2018)',
  summary:
    'Counts of 1 to 7 are suppressed; other counts are rounded to the nearest 5; rates use the rounded counts.',
} as const;

/** A count after disclosure control: `null` means suppressed (1 to 7). */
export type DisclosedCount = number | null;

export function discloseCount(count: number): DisclosedCount {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Not a count: ${count}`);
  if (count === 0) return 0;
  if (count < SMALL_NUMBER_THRESHOLD) return null;
  return Math.round(count / DISCLOSURE_ROUNDING_BASE) * DISCLOSURE_ROUNDING_BASE;
}

/**
 * A proportion (0 to 1) from two counts after disclosure control, or null when it cannot be shown.
 * `digits` is the number of decimal places kept (3 gives 0.125).
 */
export function discloseProportion(
  numerator: number,
  denominator: number,
  digits = 3,
): number | null {
  const top = discloseCount(numerator);
  const bottom = discloseCount(denominator);
  if (top === null || bottom === null || bottom === 0) return null;
  const scale = 10 ** digits;
  return Math.round((scale * top) / bottom) / scale;
}

/** Whether a simple statistic (mean, median) over `n` values may be shown. */
export function mayShowStatisticOver(n: number): boolean {
  return n === 0 || n >= SMALL_NUMBER_THRESHOLD;
}
