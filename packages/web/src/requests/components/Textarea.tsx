import { classNames } from '../../components/class-names.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';

interface TextareaProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  rows?: number;
  /** Show the label as a heading-sized label (a question of its own). */
  labelSize?: 's' | 'm';
}

/** NHS textarea with its label, hint and error message. */
export function Textarea({ id, label, value, onChange, hint, error, ...props }: TextareaProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ');
  return (
    <div className={classNames('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      <label
        className={classNames('nhsuk-label', props.labelSize && `nhsuk-label--${props.labelSize}`)}
        htmlFor={id}
      >
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <textarea
        className={classNames('nhsuk-textarea', error && 'nhsuk-textarea--error')}
        id={id}
        name={id}
        rows={props.rows ?? 4}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}
