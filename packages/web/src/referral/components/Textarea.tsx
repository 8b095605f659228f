import { classNames } from '../../components/class-names.js';
import { Field } from './Field.js';

interface TextareaProps {
  id: string;
  label: string;
  heading?: boolean;
  hint?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  rows?: number;
}

/** NHS textarea with its label, hint and error message. */
export function Textarea({
  id,
  label,
  heading,
  hint,
  value,
  onChange,
  error,
  rows = 5,
}: TextareaProps) {
  return (
    <Field id={id} label={label} heading={heading} hint={hint} error={error}>
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
