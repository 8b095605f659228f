/**
 * The did-not-attend rate, as NHS Digital defines it for outpatient activity (Hospital Outpatient
 * Activity, "DNA rate"): appointments the person did not attend without notice, divided by
 * appointments attended plus those not attended. Cancellations and appointments still to come are
 * in neither. Given counts after the small-number rule (`null` when suppressed), the rate is
 * computed from them, and hidden when either is hidden, as that rule requires.
 */
export const DID_NOT_ATTEND_RATE = {
  definition:
    'Did not attend ÷ (attended + did not attend); cancellations and future appointments excluded',
  source: 'NHS Digital, Hospital Outpatient Activity: DNA rate',
} as const;

/** The rate (0 to 1, to 3 decimal places), or null when nothing was attended or missed. */
export function didNotAttendRate(didNotAttend: number | null, seen: number | null): number | null {
  if (didNotAttend === null || seen === null || seen === 0) return null;
  if (didNotAttend > seen) throw new RangeError('More missed than attended or missed');
  return Math.round((1000 * didNotAttend) / seen) / 1000;
}
