// Form errors for the care-plan pages (risk, goals, interventions, the Health and Work Report,
// discharge). The server names a field by its dotted path in the body it was sent — `data.level`
// for an entry, `avoided.gpAppointmentsCount` for a discharge — and the forms name theirs by the
// same path without `data.`, so one problem maps the same way from the browser or the server.
import type { TFunction } from 'i18next';
import { ApiError } from '../../api.js';
import type { FieldError } from '../../api-types.js';
import type { ErrorSummaryItem, FormErrors } from '../../form-errors.js';
import { errorText } from '../../form-errors.js';

// The same rules as the record's forms; the plan adds named element ids and its own messages.
export { formPath, isConflict, messageKey, problem } from '../record-errors.js';
import { formPath, messageKey } from '../record-errors.js';

/** The element a field's summary link points at: `escalation.to` → `escalation-to`, unless named. */
export function fieldId(path: string, ids: Readonly<Record<string, string>> = {}): string {
  return ids[path] ?? ids[messageKey(path)] ?? path.replaceAll('.', '-');
}

export interface PlanErrorOptions {
  /** The element id of a field whose id is not its path with dashes. */
  ids?: Readonly<Record<string, string>>;
  /** The form's name for a path (after `data.` is taken off), where it differs. */
  mapPath?: (path: string) => string;
}

/**
 * Errors for a form from field problems: a message by each field (keyed by its form path) and a
 * summary linking to it. A message is the form's own (`<prefix>.<field>.<code>`), else the
 * pages' general one (`recordPlan.errors.<code>`), else the app's, else the server's words.
 */
export function planFieldErrors(
  t: TFunction,
  prefix: string,
  problems: readonly FieldError[],
  options: PlanErrorOptions = {},
): FormErrors {
  const { ids = {}, mapPath = (path: string) => path } = options;
  const result: FormErrors = { summary: [], fields: {} };
  for (const item of problems) {
    const path = mapPath(formPath(item.path));
    if (result.fields[path] !== undefined) continue;
    const key = messageKey(path);
    const text = t(
      [
        ...(key === '' ? [] : [`${prefix}.${key}.${item.code}`]),
        `recordPlan.errors.${item.code}`,
        `fieldErrors.${item.code}`,
      ],
      { defaultValue: item.message },
    );
    result.fields[path] = text;
    const link: ErrorSummaryItem =
      path === '' ? { text } : { text, href: `#${fieldId(path, ids)}` };
    result.summary.push(link);
  }
  return result;
}

/** Errors for a form from anything thrown while saving it (a conflict is the caller's to handle). */
export function planSubmitErrors(
  t: TFunction,
  prefix: string,
  error: unknown,
  options: PlanErrorOptions = {},
): FormErrors {
  if (!(error instanceof ApiError))
    return { summary: [{ text: t('errors.internal') }], fields: {} };
  if (error.fields.length > 0) return planFieldErrors(t, prefix, error.fields, options);
  return { summary: [{ text: errorText(t, error) }], fields: {} };
}
