import { classNames } from './class-names.js';
import type { FieldProps } from './Field.js';
import { Field } from './Field.js';

interface TextAreaProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

/** NHS textarea with its label (the page's <h1> when it is the question), hint and error. */
export function TextArea({ value, onChange, rows = 4, ...field }: TextAreaProps) {
  const { id, error } = field;
  return (
    <Field {...field}>
      {(describedBy) => (
        <textarea
          className={classNames('nhsuk-textarea', error && 'nhsuk-textarea--error')}
          id={id}
          name={id}
          rows={rows}
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
          }}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}
