import type { ReactNode } from 'react';
import { classNames } from '../../components/class-names.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Legend } from './Legend.js';

export interface RadioItem {
  value: string;
  label: string;
  hint?: string | undefined;
  /** Shown below the item while it is chosen (nhsuk conditional reveal). */
  conditional?: ReactNode;
}

interface RadiosProps {
  /** The fieldset's id: error summary links point here and focus the first radio. */
  id: string;
  legend: string;
  /** The legend is the page's <h1>. */
  heading?: boolean;
  hint?: string | undefined;
  items: readonly RadioItem[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** NHS radios in a fieldset; ids are `<id>-<value>`. */
export function Radios({
  id,
  legend,
  heading = false,
  hint,
  items,
  value,
  onChange,
  error,
}: RadiosProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ');
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
        <div className="nhsuk-radios">
          {items.map((item) => {
            const itemId = `${id}-${item.value}`;
            const itemHintId = `${itemId}-item-hint`;
            const conditionalId = `conditional-${itemId}`;
            const checked = value === item.value;
            return [
              <div className="nhsuk-radios__item" key={item.value}>
                <input
                  className="nhsuk-radios__input"
                  id={itemId}
                  name={id}
                  type="radio"
                  value={item.value}
                  checked={checked}
                  onChange={() => {
                    onChange(item.value);
                  }}
                  aria-describedby={item.hint ? itemHintId : undefined}
                  aria-controls={item.conditional ? conditionalId : undefined}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={itemId}>
                  {item.label}
                </label>
                {item.hint && (
                  <div className="nhsuk-hint nhsuk-radios__hint" id={itemHintId}>
                    {item.hint}
                  </div>
                )}
              </div>,
              item.conditional ? (
                <div
                  key={`${item.value}-conditional`}
                  className={classNames(
                    'nhsuk-radios__conditional',
                    !checked && 'nhsuk-radios__conditional--hidden',
                  )}
                  id={conditionalId}
                >
                  {item.conditional}
                </div>
              ) : null,
            ];
          })}
        </div>
      </fieldset>
    </div>
  );
}
