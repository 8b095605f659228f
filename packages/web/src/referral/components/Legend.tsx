import type { ReactNode } from 'react';

/** A fieldset's legend: the page's <h1> when the fieldset is the question, else a medium label. */
export function Legend({ heading, children }: { heading: boolean; children: ReactNode }) {
  return heading ? (
    <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--l">
      <h1 className="nhsuk-fieldset__heading">{children}</h1>
    </legend>
  ) : (
    <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">{children}</legend>
  );
}
