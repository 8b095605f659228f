import type { ReactNode } from 'react';
import { classNames } from './class-names.js';
import { ErrorMessage } from './ErrorMessage.js';

/**
 * The ids of a control's hint (`<id>-hint`) and error message (`<id>-error`), and the
 * aria-describedby that lists those shown. A hint of '' is still shown (and listed).
 */
export function fieldDescription(
  id: string,
  hint: string | undefined,
  error: string | undefined,
): { hintId: string; errorId: string; describedBy: string | undefined } {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const ids = [hint !== undefined && hintId, error && errorId].filter(Boolean).join(' ');
  return { hintId, errorId, describedBy: ids || undefined };
}

/** An NHS form group: red and with a left border while anything in it is wrong. */
export function FormGroup({
  invalid,
  children,
}: {
  invalid: boolean | string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={classNames('nhsuk-form-group', Boolean(invalid) && 'nhsuk-form-group--error')}>
      {children}
    </div>
  );
}

/** The hint and error message under a label or legend, with the ids `fieldDescription` gives. */
export function HintAndError({
  id,
  hint,
  error,
}: {
  id: string;
  hint: string | undefined;
  error: string | undefined;
}) {
  const { hintId, errorId } = fieldDescription(id, hint, error);
  return (
    <>
      {hint !== undefined && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
    </>
  );
}
