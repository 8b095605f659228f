import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

interface DateInputProps {
  /** Id of the fieldset; the inputs are `<id>-day`, `<id>-month`, `<id>-year`. */
  id: string;
  legend: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  hint?: string | undefined;
  error?: string | undefined;
  autoCompletePrefix?: 'bday';
}

const parts = ['day', 'month', 'year'] as const;

/** NHS date input: day, month and year boxes in a fieldset. */
export function DateInput({ id, legend, value, onChange, hint, error, ...props }: DateInputProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ');
  const labels = {
    day: t('staffForm.date.day'),
    month: t('staffForm.date.month'),
    year: t('staffForm.date.year'),
  };
  return (
    <div className={classNames('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      <fieldset className="nhsuk-fieldset" id={id} aria-describedby={describedBy || undefined}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={hintId}>
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <div className="nhsuk-date-input">
          {parts.map((part) => (
            <div className="nhsuk-date-input__item" key={part}>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part}`}>
                  {labels[part]}
                </label>
                <input
                  className={classNames(
                    'nhsuk-input nhsuk-date-input__input',
                    part === 'year' ? 'nhsuk-input--width-4' : 'nhsuk-input--width-2',
                    error && 'nhsuk-input--error',
                  )}
                  id={`${id}-${part}`}
                  name={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete={props.autoCompletePrefix && `${props.autoCompletePrefix}-${part}`}
                  value={value[part]}
                  onChange={(event) => {
                    onChange({ ...value, [part]: event.target.value });
                  }}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
