import type { HTMLInputAutoCompleteAttribute } from 'react';
import { classNames } from '../../components/class-names.js';
import { Field } from './Field.js';

interface InputProps {
  id: string;
  label: string;
  heading?: boolean;
  hint?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email';
  spellCheck?: boolean;
  /** nhsuk-input--width-N: how many characters the box is sized for. */
  width?: 5 | 10 | 20 | 30;
}

/** NHS text input with its label, hint and error message. */
export function Input(props: InputProps) {
  const { id, value, onChange, error, type = 'text', width } = props;
  return (
    <Field id={id} label={props.label} heading={props.heading} hint={props.hint} error={error}>
      {(describedBy) => (
        <input
          className={classNames(
            'nhsuk-input',
            width && `nhsuk-input--width-${String(width)}`,
            error && 'nhsuk-input--error',
          )}
          id={id}
          name={id}
          type={type}
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
          }}
          aria-describedby={describedBy}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          spellCheck={props.spellCheck}
        />
      )}
    </Field>
  );
}
