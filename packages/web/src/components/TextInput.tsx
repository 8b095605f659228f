import type { HTMLInputAutoCompleteAttribute } from 'react';
import { classNames } from './class-names.js';
import { ErrorMessage } from './ErrorMessage.js';

interface TextInputProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  name?: string;
  hint?: string;
  error?: string | undefined;
  type?: 'text' | 'email' | 'password' | 'date';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  readOnly?: boolean;
  spellCheck?: boolean;
  /** nhsuk-input--width-N: how many characters the box is sized for. */
  width?: 10 | 20 | 30;
}

/** NHS text input with its label, hint and error message. */
export function TextInput(props: TextInputProps) {
  const { id, label, value, onChange, hint, error, type = 'text', width } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ');
  return (
    <div className={classNames('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <input
        className={classNames(
          'nhsuk-input',
          width && `nhsuk-input--width-${String(width)}`,
          error && 'nhsuk-input--error',
        )}
        id={id}
        name={props.name ?? id}
        type={type}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        aria-describedby={describedBy || undefined}
        autoComplete={props.autoComplete}
        readOnly={props.readOnly}
        spellCheck={props.spellCheck}
      />
    </div>
  );
}
