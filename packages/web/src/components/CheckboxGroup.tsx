import { classNames } from './class-names.js';
import { ErrorMessage } from './ErrorMessage.js';

export interface CheckboxItem {
  value: string;
  label: string;
  /** Input id; `<group id>-<value>` unless given. */
  id?: string;
  hint?: string;
  /** Indentation level, for items that form a tree. */
  depth?: number;
}

interface CheckboxGroupProps {
  /** Id of the fieldset: error summary links point here and focus its first checkbox. */
  id: string;
  name: string;
  legend: string;
  items: readonly CheckboxItem[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  hint?: string;
  error?: string | undefined;
}

/** NHS checkboxes in a fieldset with a legend, hint and error message. */
export function CheckboxGroup({
  id,
  name,
  legend,
  items,
  selected,
  onChange,
  hint,
  error,
}: CheckboxGroupProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ');
  const toggle = (value: string, checked: boolean): void => {
    const others = selected.filter((v) => v !== value);
    onChange(checked ? [...others, value] : others);
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
        <div className="nhsuk-checkboxes">
          {items.map((item) => {
            const itemId = item.id ?? `${id}-${item.value}`;
            const itemHintId = `${itemId}-item-hint`;
            const depth = Math.min(item.depth ?? 0, 2);
            return (
              <div
                key={item.value}
                className={classNames(
                  'nhsuk-checkboxes__item',
                  depth > 0 && `app-checkboxes__item--depth-${String(depth)}`,
                )}
              >
                <input
                  className="nhsuk-checkboxes__input"
                  id={itemId}
                  name={name}
                  type="checkbox"
                  value={item.value}
                  checked={selected.includes(item.value)}
                  onChange={(event) => {
                    toggle(item.value, event.target.checked);
                  }}
                  aria-describedby={item.hint ? itemHintId : undefined}
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
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
