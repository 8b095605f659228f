// Reading what was typed into the care-plan forms: the record forms' readers (dates, yes/no,
// required text, the checked result), plus a range reader and radio helpers of the plan's own.
import type { FieldError } from '../../api-types.js';
import { problem } from '../record-errors.js';
import type { YesNo } from '../form-values.js';

export {
  checked,
  readDate,
  readYesNo,
  requiredText,
  yesNoOf,
  type Checked,
  type YesNo,
} from '../form-values.js';

/** A whole number from `min` to `max` as typed; a problem (`required` or `out_of_range`) otherwise. */
export function readWhole(
  typed: string,
  min: number,
  max: number,
  path: string,
  problems: FieldError[],
): number | null {
  const text = typed.trim();
  if (text === '') {
    problems.push(problem(path, 'required'));
    return null;
  }
  const value = /^-?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(problem(path, 'out_of_range'));
    return null;
  }
  return value;
}

/** A radio's value as a yes/no answer. */
export function asYesNo(value: string): YesNo {
  return value === 'yes' || value === 'no' ? value : '';
}

/** Text as it is stored: trimmed. */
export function text(value: string): string {
  return value.trim();
}
