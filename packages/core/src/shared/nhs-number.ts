/**
 * NHS number validation by Modulus 11, as defined by the NHS Data Dictionary (NHS NUMBER data
 * element) and summarised in shared/reference/INSTRUMENTS.md §9.
 *
 * Input policy (INSTRUMENTS.md §9 asks us to choose one and test it): surrounding white space is
 * trimmed; digits may be grouped with single spaces or hyphens in the 3-3-4 display pattern
 * ("943 476 5919", "943-476-5919") or written as ten plain digits. Anything else is rejected.
 * `0000000000` passes Modulus 11 but is never issued, so it is rejected explicitly.
 */

const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const;
const ACCEPTED_SHAPE = /^(\d{10}|\d{3}([ -])\d{3}\2\d{4})$/;

export type NhsNumberProblem = 'empty' | 'format' | 'check_digit' | 'not_issued';

export type NhsNumberResult =
  | { readonly valid: true; readonly value: string }
  | { readonly valid: false; readonly problem: NhsNumberProblem };

/** The Modulus 11 check digit for the first nine digits, or undefined where it would be 10. */
export function nhsNumberCheckDigit(firstNine: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    sum += Number(firstNine[i]) * (WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return undefined;
  return check;
}

/** Parse and validate an NHS number; on success `value` is the ten digits with no separators. */
export function parseNhsNumber(input: string): NhsNumberResult {
  const trimmed = input.trim();
  if (trimmed === '') return { valid: false, problem: 'empty' };
  if (!ACCEPTED_SHAPE.test(trimmed)) return { valid: false, problem: 'format' };
  const digits = trimmed.replace(/[ -]/g, '');
  if (digits === '0000000000') return { valid: false, problem: 'not_issued' };
  const check = nhsNumberCheckDigit(digits.slice(0, 9));
  if (check === undefined || check !== Number(digits[9])) {
    return { valid: false, problem: 'check_digit' };
  }
  return { valid: true, value: digits };
}

/** True when the input is a valid, issuable NHS number under the policy above. */
export function isValidNhsNumber(input: string): boolean {
  return parseNhsNumber(input).valid;
}

/** Display an NHS number in the standard 3 3 4 grouping (ISB 0149), e.g. `943 476 5919`. */
export function formatNhsNumber(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}
