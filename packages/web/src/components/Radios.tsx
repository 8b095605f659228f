import type { ReactNode } from 'react';
import { Fragment } from 'react';
import { classNames } from './class-names.js';
import type { FieldsetProps } from './Fieldset.js';
import { Fieldset } from './Fieldset.js';

export interface RadioItem {
  value: string;
  label: string;
  hint?: string | undefined;
  /** Shown under the item while it is chosen (NHS conditional reveal). */
  conditional?: ReactNode;
  /** A divider ("or") shown before this item. */
  dividerBefore?: string | undefined;
}

interface RadiosProps extends FieldsetProps {
  /** The inputs' name; the fieldset's id unless given. */
  name?: string;
  items: readonly RadioItem[];
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
  small?: boolean;
}

/**
 * NHS radios in a fieldset; ids are `<id>-<value>`. A conditional item keeps its revealed content
 * in the page (hidden while not chosen) and points at it with aria-controls. (aria-expanded is not
 * allowed on radios.)
 */
export function Radios({ name, items, value, onChange, inline, small, ...fieldset }: RadiosProps) {
  const { id } = fieldset;
  return (
    <Fieldset {...fieldset}>
      <div
        className={classNames(
          'nhsuk-radios',
          inline && 'nhsuk-radios--inline',
          small && 'nhsuk-radios--small',
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
                  name={name ?? id}
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
    </Fieldset>
  );
}
