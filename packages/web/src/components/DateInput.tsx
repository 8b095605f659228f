import { useTranslation } from 'react-i18next';
import { classNames } from './class-names.js';
import type { FieldsetProps } from './Fieldset.js';
import { Fieldset } from './Fieldset.js';

export type DatePart = 'day' | 'month' | 'year';
export type DateParts = Record<DatePart, string>;

interface DateInputProps extends FieldsetProps {
  /** The inputs are `<prefix>-day`, `<prefix>-month`, `<prefix>-year`; the prefix is the id unless given. */
  inputIdPrefix?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  /** The boxes the error is about; all of them unless given. */
  errorParts?: readonly DatePart[] | undefined;
  /** `bday` offers the browser's autofill (bday-day…), `off` refuses it; neither says nothing. */
  autoComplete?: 'bday' | 'off' | undefined;
}

const PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/** NHS date input: day, month and year boxes in a fieldset. */
export function DateInput(props: DateInputProps) {
  const { inputIdPrefix, value, onChange, errorParts, autoComplete, ...fieldset } = props;
  const { t } = useTranslation();
  const prefix = inputIdPrefix ?? fieldset.id;
  return (
    <Fieldset {...fieldset}>
      <div className="nhsuk-date-input">
        {PARTS.map((part) => {
          const inputId = `${prefix}-${part}`;
          const wrong = Boolean(fieldset.error) && (errorParts ?? PARTS).includes(part);
          return (
            <div className="nhsuk-date-input__item" key={part}>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={inputId}>
                  {t(`common.date.${part}`)}
                </label>
                <input
                  className={classNames(
                    'nhsuk-input',
                    part === 'year' ? 'nhsuk-input--width-4' : 'nhsuk-input--width-2',
                    'nhsuk-date-input__input',
                    wrong && 'nhsuk-input--error',
                  )}
                  id={inputId}
                  name={inputId}
                  type="text"
                  inputMode="numeric"
                  autoComplete={autoComplete === 'bday' ? `bday-${part}` : autoComplete}
                  value={value[part]}
                  onChange={(event) => {
                    onChange({ ...value, [part]: event.target.value });
                  }}
                />
              </div>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
