import { classNames } from './class-names.js';
import type { FieldProps } from './Field.js';
import { Field } from './Field.js';

interface SelectInputProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
}

/** NHS select with its label, hint and error message. */
export function SelectInput({ value, onChange, options, ...field }: SelectInputProps) {
  const { id, error } = field;
  return (
    <Field {...field}>
      {(describedBy) => (
        <select
          className={classNames('nhsuk-select', error && 'nhsuk-select--error')}
          id={id}
          name={id}
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
          }}
          aria-describedby={describedBy}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
