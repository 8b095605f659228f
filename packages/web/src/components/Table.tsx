import type { ReactNode } from 'react';
import { classNames } from './class-names.js';

export interface TableColumn {
  label: string;
  /** Read by screen readers only (a column of buttons or links). */
  hidden?: boolean;
}

interface TableProps {
  id: string;
  caption: string;
  /** A medium caption that heads its part of the page; else the caption's size is the table's. */
  captionSize?: 'm';
  /** Read by screen readers only: a heading above already says what the table is. */
  captionHidden?: boolean;
  columns: readonly (string | TableColumn)[];
  /** Each row stacks on narrow screens (NHS responsive table); cells then name their column. */
  responsive?: boolean;
  /** The rows (`<tr className="nhsuk-table__row">`). */
  children: ReactNode;
}

/** NHS table: caption, a header row of column names, and the rows given. */
export function Table(props: TableProps) {
  const { id, caption, columns, responsive, children } = props;
  return (
    <table
      className={classNames('nhsuk-table', responsive && 'nhsuk-table--responsive')}
      id={id}
      role={responsive ? 'table' : undefined}
    >
      <caption
        className={classNames(
          'nhsuk-table__caption',
          props.captionSize && `nhsuk-table__caption--${props.captionSize}`,
          props.captionHidden && 'nhsuk-u-visually-hidden',
        )}
      >
        {caption}
      </caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          {columns.map((column, index) => {
            const { label, hidden } = typeof column === 'string' ? { label: column } : column;
            return (
              <th className="nhsuk-table__header" scope="col" key={`${String(index)}-${label}`}>
                {hidden ? <span className="nhsuk-u-visually-hidden">{label}</span> : label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">{children}</tbody>
    </table>
  );
}
