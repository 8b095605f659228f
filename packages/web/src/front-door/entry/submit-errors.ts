import type { TFunction } from 'i18next';
import { ApiError } from '../../api.js';
import type { FormErrors } from '../../form-errors.js';
import { errorText } from '../../form-errors.js';
import type { EntryField } from './entry-fields.js';
import { ENTRY_FIELD_IDS, entryErrors } from './entry-fields.js';

/** Errors for the staff form from a failed call: beside the fields, or about the whole form. */
export function submitErrors(t: TFunction, error: unknown): FormErrors {
  if (!(error instanceof ApiError))
    return { summary: [{ text: t('errors.internal') }], fields: {} };
  if (error.fields.length > 0) return entryErrors(t, error.fields);
  return { summary: [{ text: errorText(t, error) }], fields: {} };
}

/** The errors without those of some fields (once they have been put right). */
export function withoutFields(errors: FormErrors, fields: readonly EntryField[]): FormErrors {
  const hrefs = new Set(fields.map((field) => `#${ENTRY_FIELD_IDS[field]}`));
  const rest = { ...errors.fields };
  for (const field of fields) rest[field] = undefined;
  return {
    summary: errors.summary.filter((item) => item.href === undefined || !hrefs.has(item.href)),
    fields: rest,
  };
}
