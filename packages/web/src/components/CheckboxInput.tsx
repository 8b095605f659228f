import { classNames } from './class-names.js';

export interface CheckboxInputProps {
  id: string;
  name: string;
  /** The value sent with the form; a lone yes/no checkbox has none. */
  value?: string | undefined;
  label: string;
  hint?: string | undefined;
  hintId: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  describedBy?: string | undefined;
  /** The id of the content this box reveals (aria-controls, with aria-expanded). */
  controls?: string | undefined;
  behaviour?: 'exclusive' | undefined;
  /** Indentation level, for items that form a tree. */
  depth?: number | undefined;
}

/** One NHS checkbox item: the box, its label and its hint. */
export function CheckboxInput(props: CheckboxInputProps) {
  const { id, label, hint, hintId, checked, onChange, controls } = props;
  const depth = Math.min(props.depth ?? 0, 2);
  return (
    <div
      className={classNames(
        'nhsuk-checkboxes__item',
        depth > 0 && `app-checkboxes__item--depth-${String(depth)}`,
      )}
    >
      <input
        className="nhsuk-checkboxes__input"
        id={id}
        name={props.name}
        type="checkbox"
        value={props.value}
        checked={checked}
        data-behaviour={props.behaviour}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
        aria-describedby={props.describedBy}
        aria-controls={controls}
        aria-expanded={controls ? checked : undefined}
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
  );
}
