import { classNames } from './class-names.js';
import { ErrorMessage } from './ErrorMessage.js';

interface SelectInputProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  error?: string | undefined;
}

/** NHS select with its label and error message. */
export function SelectInput({ id, label, value, onChange, options, error }: SelectInputProps) {
  const errorId = `${id}-error`;
  return (
    <div className={classNames('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <select
        className={classNames('nhsuk-select', error && 'nhsuk-select--error')}
        id={id}
        name={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        aria-describedby={error ? errorId : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
