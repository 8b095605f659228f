// Form errors for the record pages (contacts, assessments, edits, questionnaire links). The
// server names a field by its dotted path in the body it was sent — `data.phq9.items.8` — and
// the forms name theirs by the same path without `data.`, so a problem found in the browser and
// one found by the server show the same message beside the same field.
import type { TFunction } from 'i18next';
import { ApiError } from '../api.js';
import type { FieldError } from '../api-types.js';
import type { ErrorSummaryItem, FormErrors } from '../form-errors.js';
import { errorText } from '../form-errors.js';

/** A problem found in the browser, with the code the server would use. */
export function problem(path: string, code: string, message = code): FieldError {
  return { path, code, message };
}

/** The form's name for a server path: `data.phq9.items.8` → `phq9.items.8`. */
export function formPath(path: string): string {
  return path.replace(/^data(\.|$)/, '');
}

/** Where a field's messages live, rows and items left out: `copm.problems.2.importance` → `copm.problems.importance`. */
export function messageKey(path: string): string {
  return path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
}

/** The element id of a field: `phq9.items.8` → `phq9-items-8`. */
export function fieldId(path: string): string {
  return path.replaceAll('.', '-');
}

/**
 * Where a summary link goes: the field's own element when the page has one, else the nearest
 * enclosing part that it has (`eq5d5l.profile` → the `eq5d5l` section), else nowhere.
 */
export function linkTarget(path: string, exists: (id: string) => boolean): string | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const id = fieldId(parts.slice(0, n).join('.'));
    if (exists(id)) return id;
  }
  return null;
}

/** The 1-based number of the item or row a path is about (`phq9.items.8` → 9), if any. */
export function itemNumber(path: string): number | undefined {
  const last = path
    .split('.')
    .filter((part) => /^\d+$/.test(part))
    .at(-1);
  return last === undefined ? undefined : Number(last) + 1;
}

export interface RecordErrorOptions {
  /** Whether the page has an element with this id (the document, unless a test says). */
  exists?: (id: string) => boolean;
}

const inDocument = (id: string): boolean =>
  typeof document !== 'undefined' && document.getElementById(id) !== null;

/**
 * Errors for a form from field problems: a message by each field (keyed by its form path) and a
 * summary linking to it. The message is the field's own (`record.errors.fields.<key>.<code>`),
 * else the record pages' general one (`record.errors.<code>`), else the app's, else the server's.
 */
export function recordFieldErrors(
  t: TFunction,
  problems: readonly FieldError[],
  options: RecordErrorOptions = {},
): FormErrors {
  const exists = options.exists ?? inDocument;
  const result: FormErrors = { summary: [], fields: {} };
  for (const item of problems) {
    const path = formPath(item.path);
    if (result.fields[path] !== undefined) continue;
    const key = messageKey(path);
    const n = itemNumber(path);
    const text = t(
      [
        ...(key === '' ? [] : [`record.errors.fields.${key}.${item.code}`]),
        `record.errors.${item.code}`,
        `fieldErrors.${item.code}`,
      ],
      { defaultValue: item.message, n },
    );
    result.fields[path] = text;
    const target = path === '' ? null : linkTarget(path, exists);
    const link: ErrorSummaryItem = target === null ? { text } : { text, href: `#${target}` };
    result.summary.push(link);
  }
  return result;
}

/** Errors for a form from anything thrown while saving it (a conflict is the caller's to handle). */
export function recordSubmitErrors(
  t: TFunction,
  error: unknown,
  options: RecordErrorOptions = {},
): FormErrors {
  if (!(error instanceof ApiError))
    return { summary: [{ text: t('errors.internal') }], fields: {} };
  if (error.fields.length > 0) return recordFieldErrors(t, error.fields, options);
  return { summary: [{ text: errorText(t, error) }], fields: {} };
}

/** True when saving failed because someone else saved the entry first (409). */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'conflict';
}
