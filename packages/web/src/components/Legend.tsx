import type { ReactNode } from 'react';

export interface LegendProps {
  /** The legend is the page's <h1>: the fieldset is the page's question. */
  heading?: boolean | undefined;
  /** Otherwise a small (default) or medium legend. */
  size?: 's' | 'm' | undefined;
}

/** A fieldset's legend: the page's <h1> when the fieldset is the question. */
export function Legend({ heading, size = 's', children }: LegendProps & { children: ReactNode }) {
  return heading ? (
    <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--l">
      <h1 className="nhsuk-fieldset__heading">{children}</h1>
    </legend>
  ) : (
    <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${size}`}>{children}</legend>
  );
}
