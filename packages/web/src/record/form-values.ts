// Reading what was typed into the record forms: dates from day, month and year boxes, whole
// numbers in a range, and yes/no radios, each adding a problem (with the server's code) when wrong.
import type { FieldError } from '../api-types.js';
import type { DateParts } from '../booking/dates.js';
import { datePartsToIso } from '../booking/dates.js';
import { problem } from './record-errors.js';

export type YesNo = '' | 'yes' | 'no';

export const emptyDate: DateParts = { day: '', month: '', year: '' };

/** True when nothing is typed in any of the date's boxes. */
export function isEmptyDate(parts: DateParts): boolean {
  return parts.day.trim() === '' && parts.month.trim() === '' && parts.year.trim() === '';
}

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

/**
 * A whole number from `min` to `max` as typed; a problem (`required`, `not_whole` or
 * `out_of_range`) otherwise. Empty is null without a problem when not `required`.
 */
export function readWhole(
  typed: string,
  range: { min: number; max: number },
  path: string,
  problems: FieldError[],
  required = true,
): number | null {
  const text = typed.trim();
  if (text === '') {
    if (required) problems.push(problem(path, 'required'));
    return null;
  }
  if (!/^-?\d+$/.test(text)) {
    problems.push(problem(path, 'not_whole'));
    return null;
  }
  const value = Number(text);
  if (value < range.min || value > range.max) {
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

export function yesNoOf(value: boolean): YesNo {
  return value ? 'yes' : 'no';
}

/** A choice among `options` (radios); unanswered is a `required` problem. */
export function readChoice<T extends string>(
  value: string,
  options: readonly T[],
  path: string,
  problems: FieldError[],
): T | null {
  const found = options.find((option) => option === value);
  if (found === undefined) problems.push(problem(path, 'required'));
  return found ?? null;
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
