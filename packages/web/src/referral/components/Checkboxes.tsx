import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Legend } from './Legend.js';

export interface CheckboxOption {
  value: string;
  label: string;
  hint?: string | undefined;
}

interface CheckboxesProps {
  /** The fieldset's id: error summary links point here and focus the first checkbox. */
  id: string;
  legend: string;
  heading?: boolean;
  hint?: string | undefined;
  items: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** nhsuk's exclusive option ("None of these"), after an "or" divider. */
  exclusive?: {
    value: string;
    label: string;
    checked: boolean;
    onChange: (checked: boolean) => void;
  };
  error?: string | undefined;
}

/** NHS checkboxes in a fieldset; ids are `<id>-<value>`. */
export function Checkboxes(props: CheckboxesProps) {
  const { id, legend, heading = false, hint, items, selected, onChange, exclusive, error } = props;
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ');
  const toggle = (value: string, checked: boolean): void => {
    const others = selected.filter((v) => v !== value);
    onChange(checked ? [...others, value] : others);
  };
  const box = (
    value: string,
    label: string,
    itemHint: string | undefined,
    checked: boolean,
    change: (checked: boolean) => void,
    behaviour?: 'exclusive',
  ) => {
    const itemId = `${id}-${value}`;
    const itemHintId = `${itemId}-item-hint`;
    return (
      <div className="nhsuk-checkboxes__item" key={value}>
        <input
          className="nhsuk-checkboxes__input"
          id={itemId}
          name={id}
          type="checkbox"
          value={value}
          checked={checked}
          data-behaviour={behaviour}
          onChange={(event) => {
            change(event.target.checked);
          }}
          aria-describedby={itemHint ? itemHintId : undefined}
        />
        <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={itemId}>
          {label}
        </label>
        {itemHint && (
          <div className="nhsuk-hint nhsuk-checkboxes__hint" id={itemHintId}>
            {itemHint}
          </div>
        )}
      </div>
    );
  };
  return (
    <div className={classNames('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      <fieldset className="nhsuk-fieldset" id={id} aria-describedby={describedBy || undefined}>
        <Legend heading={heading}>{legend}</Legend>
        {hint && (
          <div className="nhsuk-hint" id={hintId}>
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <div className="nhsuk-checkboxes">
          {items.map((item) =>
            box(item.value, item.label, item.hint, selected.includes(item.value), (checked) => {
              toggle(item.value, checked);
            }),
          )}
          {exclusive && (
            <>
              <div className="nhsuk-checkboxes__divider">{t('referral.or')}</div>
              {box(
                exclusive.value,
                exclusive.label,
                undefined,
                exclusive.checked,
                exclusive.onChange,
                'exclusive',
              )}
            </>
          )}
        </div>
      </fieldset>
    </div>
  );
}
