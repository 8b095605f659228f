// Turns client-side checks and API errors into what a form shows: an error summary at the top
// (each item linking to its field) and a message beside each field.
import type { TFunction } from 'i18next';
import { ApiError } from './api.js';
import type { FieldError } from './api-types.js';

export interface ErrorSummaryItem {
  text: string;
  /** `#id` of the field the error is about; items about the whole form have none. */
  href?: string;
  /** Or the page to put it right on (a flow of pages, such as check your answers). */
  to?: string;
}

export interface FormErrors {
  summary: ErrorSummaryItem[];
  /** Message beside each field, by the field's name in the API (`email`, `roles`…). */
  fields: Partial<Record<string, string>>;
}

export const noErrors: FormErrors = { summary: [], fields: {} };

/** `roles.0` and `roles[0]` are both about the `roles` field. */
function fieldName(path: string): string {
  return /^[A-Za-z_$][\w$]*/.exec(path)?.[0] ?? path;
}

/** Where a form's messages for field error codes live, most specific first. */
export interface MessageScopes {
  /** Prefixes of messages for one field and code: `<prefix>.<field>.<code>`. */
  byField: readonly string[];
  /** Prefixes of messages for a code on any field: `<prefix>.<code>`. */
  byCode: readonly string[];
}

/**
 * The one mapper from an API (or contract) field error code to a localised message, used by
 * every form: the form's message for the field and code, then for the code, then the server's
 * own words (`fallback`).
 */
export function codeMessage(
  t: TFunction,
  scopes: MessageScopes,
  field: string | null,
  code: string,
  fallback: string,
): string {
  const keys = [
    ...(field === null ? [] : scopes.byField.map((prefix) => `${prefix}.${field}.${code}`)),
    ...scopes.byCode.map((prefix) => `${prefix}.${code}`),
  ];
  return t(keys, { defaultValue: fallback });
}

/** A field-specific message when there is one (`fieldErrors.byField.email.required`), else the generic one. */
export function fieldErrorText(t: TFunction, error: FieldError): string {
  return codeMessage(
    t,
    { byField: ['fieldErrors.byField'], byCode: ['fieldErrors'] },
    fieldName(error.path),
    error.code,
    error.message,
  );
}

/** The message for a top-level error code (`errors.invalid_credentials`…). */
export function errorText(t: TFunction, error: ApiError): string {
  if (error.retryAfterSeconds !== null) {
    const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
    return t(`errors.${error.code}`, { defaultValue: error.message, count: minutes });
  }
  return t(`errors.${error.code}`, { defaultValue: error.message });
}

/**
 * Errors for a form from field errors.
 * @param ids the element id of each field whose id is not its API name (`password` → `new-password`)
 */
export function fieldErrors(
  t: TFunction,
  errors: FieldError[],
  ids: Record<string, string> = {},
): FormErrors {
  const result: FormErrors = { summary: [], fields: {} };
  for (const error of errors) {
    const name = fieldName(error.path);
    if (result.fields[name] !== undefined) continue;
    const text = fieldErrorText(t, error);
    result.fields[name] = text;
    result.summary.push({ text, href: `#${ids[name] ?? name}` });
  }
  return result;
}

export interface ApiFormErrorOptions {
  ids?: Record<string, string>;
  /** Field the summary links to for errors about the whole form (wrong password: the email field). */
  target?: string;
}

/** Errors for a form from a failed API call (or anything else thrown while submitting it). */
export function apiFormErrors(
  t: TFunction,
  error: unknown,
  options: ApiFormErrorOptions = {},
): FormErrors {
  if (!(error instanceof ApiError))
    return { summary: [{ text: t('errors.internal') }], fields: {} };
  if (error.fields.length > 0) return fieldErrors(t, error.fields, options.ids);
  const text = errorText(t, error);
  return {
    summary: [options.target ? { text, href: `#${options.target}` } : { text }],
    fields: {},
  };
}
