import type { ReactNode } from 'react';
import { classNames } from './class-names.js';
import { fieldDescription, FormGroup, HintAndError } from './FormGroup.js';

export interface FieldProps {
  id: string;
  label: string;
  /** The label is the page's <h1> (a page with a single question). */
  heading?: boolean | undefined;
  /** A bolder label (nhsuk-label--s or --m) for a question among others. */
  labelSize?: 's' | 'm' | undefined;
  hint?: string | undefined;
  error?: string | undefined;
}

/** A form group: label (as the page's <h1> when it is the question), hint, error, control. */
export function Field({
  id,
  label,
  heading,
  labelSize,
  hint,
  error,
  children,
}: FieldProps & {
  /** The control, given the ids it should list in aria-describedby. */
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const size = heading ? 'l' : labelSize;
  const labelElement = (
    <label className={classNames('nhsuk-label', size && `nhsuk-label--${size}`)} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <FormGroup invalid={error}>
      {heading ? <h1 className="nhsuk-label-wrapper">{labelElement}</h1> : labelElement}
      <HintAndError id={id} hint={hint} error={error} />
      {children(fieldDescription(id, hint, error).describedBy)}
    </FormGroup>
  );
}
