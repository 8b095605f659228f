import type { Dispatch, ReactNode, SetStateAction } from 'react';
import { useState } from 'react';
import { Link } from 'react-router-dom';

interface FilterFormProps {
  /** The heading's id, which names the form. */
  headingId: string;
  title: string;
  applyLabel: string;
  clearLabel: string;
  /** The page with no filters. */
  clearTo: string;
  onApply: () => void;
  /** The filter fields. */
  children: ReactNode;
}

/**
 * Filters above a list: applying them puts them in the page address (by `onApply`), so the view
 * can be shared; "Clear filters" goes back to the page without them.
 */
export function FilterForm(props: FilterFormProps) {
  const { headingId, onApply } = props;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onApply();
      }}
      aria-labelledby={headingId}
    >
      <h2 className="nhsuk-heading-m" id={headingId}>
        {props.title}
      </h2>
      <div className="app-filters">{props.children}</div>
      <div className="nhsuk-button-group">
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" id="apply-filters">
          {props.applyLabel}
        </button>
        <Link className="nhsuk-link" to={props.clearTo}>
          {props.clearLabel}
        </Link>
      </div>
    </form>
  );
}

/**
 * The filters as edited, starting from those in the address; `set(key)` is a field's onChange.
 */
export function useFilters<T extends object>(
  initial: T,
): [T, (key: keyof T) => (value: string) => void, Dispatch<SetStateAction<T>>] {
  const [filters, setFilters] = useState(initial);
  const set = (key: keyof T) => (value: string) => {
    setFilters((current) => ({ ...current, [key]: value }));
  };
  return [filters, set, setFilters];
}
