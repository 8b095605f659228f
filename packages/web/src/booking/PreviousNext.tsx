import { Link } from 'react-router-dom';
import { Icon } from '../components/Icon.js';

interface Step {
  to: string;
  /** "Previous week", "Next day"… */
  title: string;
  /** What it goes to: "Week starting 9 November 2026". */
  label: string;
}

/** NHS previous and next links, for stepping through days or weeks. */
export function PreviousNext({
  label,
  previous,
  next,
}: {
  label: string;
  previous: Step;
  next: Step;
}) {
  return (
    <nav className="nhsuk-pagination" aria-label={label}>
      <ul className="nhsuk-list nhsuk-pagination__list">
        <li className="nhsuk-pagination-item--previous">
          <Link
            className="nhsuk-pagination__link nhsuk-pagination__link--prev"
            to={previous.to}
            rel="prev"
          >
            <span className="nhsuk-pagination__title">{previous.title}</span>
            <span className="nhsuk-u-visually-hidden">:</span>
            <span className="nhsuk-pagination__page">{previous.label}</span>
            <Icon name="arrow-left" />
          </Link>
        </li>
        <li className="nhsuk-pagination-item--next">
          <Link
            className="nhsuk-pagination__link nhsuk-pagination__link--next"
            to={next.to}
            rel="next"
          >
            <span className="nhsuk-pagination__title">{next.title}</span>
            <span className="nhsuk-u-visually-hidden">:</span>
            <span className="nhsuk-pagination__page">{next.label}</span>
            <Icon name="arrow-right" />
          </Link>
        </li>
      </ul>
    </nav>
  );
}
