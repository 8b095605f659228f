import type { ReactNode } from 'react';
import { Fragment } from 'react';
import { classNames } from '../../components/class-names.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';

export interface RadioItem {
  value: string;
  label: string;
  hint?: string | undefined;
  /** Shown under the item while it is chosen (NHS conditional reveal). */
  conditional?: ReactNode;
  /** A divider ("or") shown before this item. */
  dividerBefore?: string;
}

interface RadiosProps {
  /** Id of the fieldset: error summary links point here and focus its first radio. */
  id: string;
  name: string;
  legend: string;
  legendSize?: 's' | 'm';
  items: readonly RadioItem[];
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  inline?: boolean;
  small?: boolean;
}

/**
 * NHS radios in a fieldset. A conditional item keeps its revealed content in the page (hidden
 * while not chosen) and points at it with aria-controls. (aria-expanded is not allowed on radios.)
 */
export function Radios(props: RadiosProps) {
  const { id, name, legend, items, value, onChange, hint, error } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ');
  return (
    <div className={classNames('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      <fieldset className="nhsuk-fieldset" id={id} aria-describedby={describedBy || undefined}>
        <legend
          className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${props.legendSize ?? 's'}`}
        >
          {legend}
        </legend>
        {hint && (
          <div className="nhsuk-hint" id={hintId}>
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <div
          className={classNames(
            'nhsuk-radios',
            props.inline && 'nhsuk-radios--inline',
            props.small && 'nhsuk-radios--small',
          )}
        >
          {items.map((item) => {
            const itemId = `${id}-${item.value}`;
            const itemHintId = `${itemId}-item-hint`;
            const conditionalId = `conditional-${itemId}`;
            const checked = value === item.value;
            return (
              <Fragment key={item.value}>
                {item.dividerBefore && (
                  <div className="nhsuk-radios__divider">{item.dividerBefore}</div>
                )}
                <div className="nhsuk-radios__item">
                  <input
                    className="nhsuk-radios__input"
                    id={itemId}
                    name={name}
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
                </div>
                {item.conditional && (
                  <div
                    className={classNames(
                      'nhsuk-radios__conditional',
                      !checked && 'nhsuk-radios__conditional--hidden',
                    )}
                    id={conditionalId}
                  >
                    {item.conditional}
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
