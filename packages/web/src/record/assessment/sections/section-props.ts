import type { AssessmentSection } from '@everyday/core';
import type { AssessmentValues } from '../assessment-values.js';

/** What each instrument's part of the assessment form is given. */
export interface SectionProps<S extends AssessmentSection> {
  value: AssessmentValues[S];
  onChange: (next: AssessmentValues[S]) => void;
  /** Messages by field path (`phq9.items.8`). */
  errors: Partial<Record<string, string>>;
}

/** `update(value, onChange)('vas')(typed)`: a field's onChange within a section. */
export function setter<T extends object>(value: T, onChange: (next: T) => void) {
  return <K extends keyof T>(key: K) =>
    (next: T[K]): void => {
      onChange({ ...value, [key]: next });
    };
}
