import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNhsNumber, nhsNumberCheckDigit, parseNhsNumber } from './nhs-number.js';
import { sharedPath } from '../testing/shared-path.js';

interface Vector {
  input: string | number | null;
  input_type?: string;
  source: string;
  note?: string;
}
interface Vectors {
  valid: Vector[];
  invalid: Vector[];
}

const vectors = JSON.parse(
  readFileSync(sharedPath('reference/nhs_number/nhs_number_test_vectors.json'), 'utf8'),
) as Vectors;

/** Our input policy takes strings only; integer vectors are checked as their zero-padded digits. */
function asInput(v: Vector): string | null {
  if (v.input === null) return null;
  if (typeof v.input === 'number') return String(v.input).padStart(10, '0');
  return v.input;
}

describe('NHS number, Modulus 11 (INSTRUMENTS.md §9; NHS Data Dictionary NHS NUMBER)', () => {
  it.each(vectors.valid.map((v) => [asInput(v), v.source] as const))(
    'accepts published valid vector %s (%s)',
    (input) => {
      const result = parseNhsNumber(input ?? '');
      expect(result.valid).toBe(true);
    },
  );

  it.each(vectors.invalid.map((v) => [asInput(v), v.source] as const))(
    'rejects published invalid vector %j (%s)',
    (input) => {
      expect(parseNhsNumber(input ?? '').valid).toBe(false);
    },
  );

  it('works the jph worked example: 943 476 591 → sum 299, remainder 2, check digit 9', () => {
    expect(nhsNumberCheckDigit('943476591')).toBe(9);
  });

  it('maps a remainder of 0 to check digit 0 (jph: 9991000100)', () => {
    expect(nhsNumberCheckDigit('999100010')).toBe(0);
  });

  it('never issues a number whose check would be 10 (jph: 9991234560)', () => {
    expect(nhsNumberCheckDigit('999123456')).toBeUndefined();
    expect(parseNhsNumber('9991234560')).toEqual({ valid: false, problem: 'check_digit' });
  });

  it('rejects 0000000000 explicitly although it passes Modulus 11 (INSTRUMENTS.md §9)', () => {
    expect(nhsNumberCheckDigit('000000000')).toBe(0);
    expect(parseNhsNumber('0000000000')).toEqual({ valid: false, problem: 'not_issued' });
  });

  it('says why a number was refused', () => {
    expect(parseNhsNumber('  ')).toEqual({ valid: false, problem: 'empty' });
    expect(parseNhsNumber('943 476 591')).toEqual({ valid: false, problem: 'format' });
    expect(parseNhsNumber('943-476 5919')).toEqual({ valid: false, problem: 'format' });
    expect(parseNhsNumber('4865447041')).toEqual({ valid: false, problem: 'check_digit' });
  });

  it('normalises the accepted display forms to ten digits', () => {
    expect(parseNhsNumber(' 943 476 5919 ')).toEqual({ valid: true, value: '9434765919' });
    expect(parseNhsNumber('943-476-5919')).toEqual({ valid: true, value: '9434765919' });
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
  });

  it('accepts exactly the numbers whose tenth digit is the computed check digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (digits) => {
        const check = nhsNumberCheckDigit(digits.slice(0, 9));
        const expected = digits !== '0000000000' && check === Number(digits[9]);
        expect(parseNhsNumber(digits).valid).toBe(expected);
      }),
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(typeof parseNhsNumber(s).valid).toBe('boolean');
      }),
    );
  });
});
