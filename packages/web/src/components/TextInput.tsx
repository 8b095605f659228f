import type { HTMLInputAutoCompleteAttribute } from 'react';
import { classNames } from './class-names.js';
import type { FieldProps } from './Field.js';
import { Field } from './Field.js';

interface TextInputProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  /** The input's name; its id unless given. */
  name?: string;
  type?: 'text' | 'email' | 'tel' | 'password' | 'date';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email';
  readOnly?: boolean;
  spellCheck?: boolean;
  /** nhsuk-input--width-N: how many characters the box is sized for. */
  width?: 5 | 10 | 20 | 30;
}

/** NHS text input with its label (the page's <h1> when it is the question), hint and error. */
export function TextInput(props: TextInputProps) {
  const { id, value, onChange, error, type = 'text', width } = props;
  return (
    <Field {...props}>
      {(describedBy) => (
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
          aria-describedby={describedBy}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          readOnly={props.readOnly}
          spellCheck={props.spellCheck}
        />
      )}
    </Field>
  );
}
