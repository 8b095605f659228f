import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import type { DatePart } from '../date-of-birth.js';
import { Legend } from './Legend.js';

interface DateOfBirthInputProps {
  legend: string;
  hint: string;
  values: Record<DatePart, string>;
  onChange: (part: DatePart, value: string) => void;
  error?: string | undefined;
  /** The boxes the error is about. */
  errorParts?: readonly DatePart[] | undefined;
  /** Offer the browser's autofill (bday-day…): only for the user's own date of birth. */
  autoComplete: boolean;
}

const PARTS: readonly { part: DatePart; width: 2 | 4 }[] = [
  { part: 'day', width: 2 },
  { part: 'month', width: 2 },
  { part: 'year', width: 4 },
];

/** NHS date input: day, month and year in three boxes, the question as the page's <h1>. */
export function DateOfBirthInput(props: DateOfBirthInputProps) {
  const { legend, hint, values, onChange, error, errorParts, autoComplete } = props;
  const { t } = useTranslation();
  const describedBy = ['date-of-birth-hint', error && 'date-of-birth-error']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classNames('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
        <Legend heading>{legend}</Legend>
        <div className="nhsuk-hint" id="date-of-birth-hint">
          {hint}
        </div>
        {error && <ErrorMessage id="date-of-birth-error">{error}</ErrorMessage>}
        <div className="nhsuk-date-input" id="date-of-birth">
          {PARTS.map(({ part, width }) => {
            const wrong = Boolean(error) && (errorParts ?? []).includes(part);
            return (
              <div className="nhsuk-date-input__item" key={part}>
                <div className="nhsuk-form-group">
                  <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`dob-${part}`}>
                    {t(`referral.dateOfBirth.${part}`)}
                  </label>
                  <input
                    className={classNames(
                      'nhsuk-input',
                      `nhsuk-input--width-${String(width)}`,
                      'nhsuk-date-input__input',
                      wrong && 'nhsuk-input--error',
                    )}
                    id={`dob-${part}`}
                    name={`dob-${part}`}
                    type="text"
                    inputMode="numeric"
                    autoComplete={autoComplete ? `bday-${part}` : 'off'}
                    value={values[part]}
                    onChange={(event) => {
                      onChange(part, event.target.value);
                    }}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
