import { classNames } from '../../components/class-names.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';

interface CheckboxProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string | undefined;
  error?: string | undefined;
}

/** One NHS checkbox on its own (a yes/no answer such as "send this to the person"). */
export function Checkbox({ id, label, checked, onChange, hint, error }: CheckboxProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ');
  return (
    <div className={classNames('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <div className="nhsuk-checkboxes">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            checked={checked}
            onChange={(event) => {
              onChange(event.target.checked);
            }}
            aria-describedby={describedBy || undefined}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint && (
            <div className="nhsuk-hint nhsuk-checkboxes__hint" id={hintId}>
              {hint}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
