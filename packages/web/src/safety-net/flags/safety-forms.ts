// The safety-net forms on a request (clear a flag, raise a safeguarding concern, acknowledge):
// their checks, with the server's field names and codes (docs/api/safety-net-contract.md), and
// their problems turned into the page's error summary and the messages beside fields.
import type { TFunction } from 'i18next';
import type { FieldError } from '../../api-types.js';
import type { FormErrors } from '../../form-errors.js';
import type { ClearableFlag } from '../../triage/request-types.js';

/** The limits the server applies to a reason for clearing a flag. */
export const CLEAR_REASON_MIN = 10;
export const REASON_MAX = 1000;

function problem(path: string, code: string): FieldError {
  return { path, code, message: code };
}

/** A required text: present, and within `min`–`max` characters once trimmed. */
export function requiredText(path: string, value: string, min = 1, max = REASON_MAX): FieldError[] {
  const trimmed = value.trim();
  if (trimmed === '') return [problem(path, 'required')];
  if (trimmed.length < min) return [problem(path, 'too_short')];
  return trimmed.length > max ? [problem(path, 'too_long')] : [];
}

export interface ClearFlagBody {
  flag: ClearableFlag;
  reason: string;
}

/** `POST /api/requests/:id/clear-flag`: which flag, and why (10–1000 characters). */
export function clearFlagBody(flag: ClearableFlag | '', reason: string): ClearFlagBody | FieldError[] {
  const problems = [
    ...(flag === '' ? [problem('flag', 'required')] : []),
    ...requiredText('reason', reason, CLEAR_REASON_MIN),
  ];
  if (problems.length > 0 || flag === '') return problems;
  return { flag, reason: reason.trim() };
}

/** `POST /api/requests/:id/mark-safeguarding`: what the concern is. */
export function markSafeguardingBody(reason: string): { reason: string } | FieldError[] {
  const problems = requiredText('reason', reason);
  return problems.length > 0 ? problems : { reason: reason.trim() };
}

/** `nextSteps` → `next-steps`. */
function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * Field errors of one form → the summary and messages beside fields, keyed by element id
 * (`<form>-<field>`, such as `clear-flag-reason`). Messages: `safetyNet.errors.<form>.<field>.<code>`,
 * then `staffForm.errors.<code>`, then the common `fieldErrors.<code>`, then the server's own.
 */
export function safetyFormErrors(
  t: TFunction,
  form: 'clearFlag' | 'markSafeguarding' | 'acknowledge',
  errors: readonly FieldError[],
): FormErrors {
  const result: FormErrors = { summary: [], fields: {} };
  const prefix = kebab(form);
  for (const error of errors) {
    const field = /^[A-Za-z]+/.exec(error.path)?.[0] ?? '';
    const text = t(
      [
        `safetyNet.errors.${form}.${field}.${error.code}`,
        `staffForm.errors.${error.code}`,
        `fieldErrors.${error.code}`,
      ],
      { defaultValue: error.message },
    );
    if (field === '') {
      result.summary.push({ text });
      continue;
    }
    const id = `${prefix}-${kebab(field)}`;
    if (result.fields[id] !== undefined) continue;
    result.fields[id] = text;
    result.summary.push({ text, href: `#${id}` });
  }
  return result;
}
