import type { EntryValues } from './entry-values.js';

/** What each section of the staff form is given. */
export interface SectionProps {
  values: EntryValues;
  update: (patch: Partial<EntryValues>) => void;
  /** Message beside each field, by field name (entry-fields.ts). */
  errors: Partial<Record<string, string>>;
}
