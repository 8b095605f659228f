import type { ReactNode } from 'react';
import { fieldDescription, FormGroup, HintAndError } from './FormGroup.js';
import type { LegendProps } from './Legend.js';
import { Legend } from './Legend.js';

export interface FieldsetProps {
  /** The fieldset's id: error summary links point here and focus its first control. */
  id: string;
  legend: string;
  /** The legend is the page's <h1>. */
  heading?: boolean | undefined;
  legendSize?: LegendProps['size'];
  hint?: string | undefined;
  error?: string | undefined;
}

/** An NHS fieldset in its form group: legend, hint, error message, then the controls. */
export function Fieldset({
  id,
  legend,
  heading,
  legendSize,
  hint,
  error,
  invalid,
  children,
}: FieldsetProps & {
  /** Marks the group as wrong without a message of its own (the fields inside have theirs). */
  invalid?: boolean | undefined;
  children: ReactNode;
}) {
  return (
    <FormGroup invalid={error || invalid}>
      <fieldset
        className="nhsuk-fieldset"
        id={id}
        aria-describedby={fieldDescription(id, hint, error).describedBy}
      >
        <Legend heading={heading} size={legendSize}>
          {legend}
        </Legend>
        <HintAndError id={id} hint={hint} error={error} />
        {children}
      </fieldset>
    </FormGroup>
  );
}
