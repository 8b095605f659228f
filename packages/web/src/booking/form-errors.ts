// Form errors for the booking and clinic pages, with their own wording: a message for each
// field and code under the page's keys (`clinics.template.errors.endTime.end_not_after_start`),
// falling back to the app's general messages, then to the server's own words.
import type { TFunction } from 'i18next';
import { ApiError } from '../api.js';
import type { FieldError } from '../api-types.js';
import type { FormErrors } from '../form-errors.js';
import { codeMessage, errorText } from '../form-errors.js';

/** `gpad.mode` and `weekdays.0` are about the `gpad` and `weekdays` fields. */
function fieldOf(path: string): string {
  return /^[A-Za-z_$][\w$]*/.exec(path)?.[0] ?? path;
}

/** A problem found in the browser, with the code the server would use. */
export function problem(path: string, code: string): FieldError {
  return { path, code, message: code };
}

/**
 * Errors for a form from field problems.
 * @param prefix where the form's messages live: `<prefix>.<field>.<code>`
 * @param ids the element id of each field whose id is not its API name
 */
export function fieldProblems(
  t: TFunction,
  prefix: string,
  problems: readonly FieldError[],
  ids: Readonly<Record<string, string>> = {},
): FormErrors {
  const result: FormErrors = { summary: [], fields: {} };
  for (const item of problems) {
    const name = fieldOf(item.path);
    if (result.fields[name] !== undefined) continue;
    const text = codeMessage(
      t,
      { byField: [prefix], byCode: ['fieldErrors'] },
      name,
      item.code,
      item.message,
    );
    result.fields[name] = text;
    result.summary.push({ text, href: `#${ids[name] ?? name}` });
  }
  return result;
}

/**
 * What a failed call says about the whole form: the page's own message for the code when it has
 * one; otherwise, for a conflict, the server's explanation in English (it says what clashed) and
 * the general message in Welsh; otherwise the app's message for the code.
 */
export function failureText(
  t: TFunction,
  prefix: string,
  error: ApiError,
  language: string,
): string {
  const general =
    error.code === 'conflict' && language !== 'cy' ? error.message : errorText(t, error);
  return t(`${prefix}.${error.code}`, { defaultValue: general });
}

/** Errors for a form from anything thrown while sending it. */
export function submitErrors(
  t: TFunction,
  prefix: string,
  error: unknown,
  options: { language: string; ids?: Readonly<Record<string, string>>; target?: string },
): FormErrors {
  if (!(error instanceof ApiError))
    return { summary: [{ text: t('errors.internal') }], fields: {} };
  if (error.fields.length > 0) return fieldProblems(t, prefix, error.fields, options.ids);
  const text = failureText(t, prefix, error, options.language);
  return {
    summary: [options.target ? { text, href: `#${options.target}` } : { text }],
    fields: {},
  };
}
