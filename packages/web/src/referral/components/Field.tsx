import type { ReactNode } from 'react';
import { classNames } from '../../components/class-names.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';

interface FieldProps {
  id: string;
  label: string;
  /** The label is the page's <h1> (a page with a single question). */
  heading?: boolean | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  /** The control, given the ids it should list in aria-describedby. */
  children: (describedBy: string | undefined) => ReactNode;
}

/** A form group: label (as the page's <h1> when it is the question), hint, error, control. */
export function Field({ id, label, heading, hint, error, children }: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  const labelElement = (
    <label className={classNames('nhsuk-label', heading && 'nhsuk-label--l')} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={classNames('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      {heading ? <h1 className="nhsuk-label-wrapper">{labelElement}</h1> : labelElement}
      {hint && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      {children(describedBy)}
    </div>
  );
}
