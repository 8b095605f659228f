import type { ReactNode } from 'react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxInput } from './CheckboxInput.js';
import { classNames } from './class-names.js';
import type { FieldsetProps } from './Fieldset.js';
import { Fieldset } from './Fieldset.js';

export interface CheckboxItem {
  value: string;
  label: string;
  /** The input's id; `<fieldset id>-<value>` unless given. */
  id?: string | undefined;
  hint?: string | undefined;
  /** Shown under the item while it is ticked (NHS conditional reveal). */
  conditional?: ReactNode;
  /** Indentation level, for items that form a tree. */
  depth?: number | undefined;
}

interface CheckboxesProps extends FieldsetProps {
  /** The inputs' name; the fieldset's id unless given. */
  name?: string;
  items: readonly CheckboxItem[];
  /** The values ticked, in the order they were ticked. */
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /**
   * NHS's exclusive option ("None of these"), after an "or" divider: ticking it unticks the
   * rest, and ticking any other unticks it. Its value is in `selected` while it is ticked.
   */
  exclusive?: { value: string; label: string } | undefined;
}

/**
 * NHS checkboxes in a fieldset; ids are `<id>-<value>` unless an item names its own. A conditional item keeps its revealed
 * content in the page (hidden while not ticked), with aria-controls and aria-expanded.
 */
export function Checkboxes({
  name,
  items,
  selected,
  onChange,
  exclusive,
  ...fieldset
}: CheckboxesProps) {
  const { t } = useTranslation();
  const { id } = fieldset;
  const toggle = (value: string, checked: boolean): void => {
    if (value === exclusive?.value) {
      onChange(checked ? [value] : []);
      return;
    }
    const others = selected.filter((v) => v !== value && v !== exclusive?.value);
    onChange(checked ? [...others, value] : others);
  };
  const itemIdOf = (item: CheckboxItem): string => item.id ?? `${id}-${item.value}`;
  const box = (item: CheckboxItem, controls?: string, behaviour?: 'exclusive') => {
    const itemId = itemIdOf(item);
    const itemHintId = `${itemId}-item-hint`;
    return (
      <CheckboxInput
        id={itemId}
        name={name ?? id}
        value={item.value}
        label={item.label}
        hint={item.hint}
        hintId={itemHintId}
        describedBy={item.hint ? itemHintId : undefined}
        checked={selected.includes(item.value)}
        onChange={(checked) => {
          toggle(item.value, checked);
        }}
        controls={controls}
        behaviour={behaviour}
        depth={item.depth}
      />
    );
  };
  return (
    <Fieldset {...fieldset}>
      <div className="nhsuk-checkboxes">
        {items.map((item) => {
          const conditionalId = `conditional-${itemIdOf(item)}`;
          return (
            <Fragment key={item.value}>
              {box(item, item.conditional ? conditionalId : undefined)}
              {item.conditional && (
                <div
                  className={classNames(
                    'nhsuk-checkboxes__conditional',
                    !selected.includes(item.value) && 'nhsuk-checkboxes__conditional--hidden',
                  )}
                  id={conditionalId}
                >
                  {item.conditional}
                </div>
              )}
            </Fragment>
          );
        })}
        {exclusive && (
          <>
            <div className="nhsuk-checkboxes__divider">{t('common.or')}</div>
            {box(exclusive, undefined, 'exclusive')}
          </>
        )}
      </div>
    </Fieldset>
  );
}
