// Reading what was typed into the care-plan forms: dates from day, month and year boxes, whole
// numbers in a range, and yes/no radios, each adding a problem (with the server's code) when wrong.
import type { FieldError } from '../../api-types.js';
import type { DateParts } from '../../clinics/dates.js';
import { datePartsToIso } from '../../clinics/dates.js';
import { problem } from './plan-errors.js';

export type YesNo = '' | 'yes' | 'no';

/** A YYYY-MM-DD date from its boxes; empty boxes are null (a problem only when `required`). */
export function readDate(
  parts: DateParts,
  path: string,
  problems: FieldError[],
  required = true,
): string | null {
  const checked = datePartsToIso(parts);
  if (checked.ok) return checked.iso;
  if (checked.code === 'required' && !required) return null;
  problems.push(problem(path, checked.code));
  return null;
}

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

/** A yes/no radio as a boolean; unanswered is a `required` problem. */
export function readYesNo(value: YesNo, path: string, problems: FieldError[]): boolean {
  if (value === '') problems.push(problem(path, 'required'));
  return value === 'yes';
}

/** A radio's value as a yes/no answer. */
export function asYesNo(value: string): YesNo {
  return value === 'yes' || value === 'no' ? value : '';
}

export function yesNoOf(value: boolean): YesNo {
  return value ? 'yes' : 'no';
}

/** Text as it is stored: trimmed. */
export function text(value: string): string {
  return value.trim();
}

/** A required text: trimmed, with a `required` problem when empty. */
export function requiredText(value: string, path: string, problems: FieldError[]): string {
  const trimmed = value.trim();
  if (trimmed === '') problems.push(problem(path, 'required'));
  return trimmed;
}

export type Checked<T> = { ok: true; data: T } | { ok: false; problems: FieldError[] };

/** The data when nothing is wrong, else the problems. */
export function checked<T>(data: T, problems: FieldError[]): Checked<T> {
  return problems.length === 0 ? { ok: true, data } : { ok: false, problems };
}
