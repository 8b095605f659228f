import type { ReactNode } from 'react';
import { Fragment } from 'react';
import { classNames } from '../../components/class-names.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';

export interface CheckboxesItem {
  value: string;
  label: string;
  hint?: string | undefined;
  /** Shown under the item while it is ticked (NHS conditional reveal). */
  conditional?: ReactNode;
}

interface CheckboxesProps {
  /** Id of the fieldset: error summary links point here and focus its first checkbox. */
  id: string;
  name: string;
  legend: string;
  legendSize?: 's' | 'm';
  items: readonly CheckboxesItem[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  hint?: string | undefined;
  error?: string | undefined;
}

/**
 * NHS checkboxes in a fieldset, in the order of `items`. A conditional item keeps its revealed
 * content in the page (hidden while not ticked), with aria-controls and aria-expanded.
 */
export function Checkboxes(props: CheckboxesProps) {
  const { id, name, legend, items, selected, onChange, hint, error } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ');
  const toggle = (value: string, checked: boolean): void => {
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(items.map((item) => item.value).filter((v) => next.has(v)));
  };
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
        <div className="nhsuk-checkboxes">
          {items.map((item) => {
            const itemId = `${id}-${item.value}`;
            const itemHintId = `${itemId}-item-hint`;
            const conditionalId = `conditional-${itemId}`;
            const checked = selected.includes(item.value);
            return (
              <Fragment key={item.value}>
                <div className="nhsuk-checkboxes__item">
                  <input
                    className="nhsuk-checkboxes__input"
                    id={itemId}
                    name={name}
                    type="checkbox"
                    value={item.value}
                    checked={checked}
                    onChange={(event) => {
                      toggle(item.value, event.target.checked);
                    }}
                    aria-describedby={item.hint ? itemHintId : undefined}
                    aria-controls={item.conditional ? conditionalId : undefined}
                    aria-expanded={item.conditional ? checked : undefined}
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={itemId}>
                    {item.label}
                  </label>
                  {item.hint && (
                    <div className="nhsuk-hint nhsuk-checkboxes__hint" id={itemHintId}>
                      {item.hint}
                    </div>
                  )}
                </div>
                {item.conditional && (
                  <div
                    className={classNames(
                      'nhsuk-checkboxes__conditional',
                      !checked && 'nhsuk-checkboxes__conditional--hidden',
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
