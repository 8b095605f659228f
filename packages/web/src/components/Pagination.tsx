import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Icon } from './Icon.js';

interface PaginationProps {
  previous: { to: string; label: string } | null;
  next: { to: string; label: string } | null;
}

/** NHS previous/next pagination. */
export function Pagination({ previous, next }: PaginationProps) {
  const { t } = useTranslation();
  if (!previous && !next) return null;
  return (
    <nav className="nhsuk-pagination" aria-label={t('pagination.label')}>
      <ul className="nhsuk-list nhsuk-pagination__list">
        {previous && (
          <li className="nhsuk-pagination-item--previous">
            <Link
              className="nhsuk-pagination__link nhsuk-pagination__link--prev"
              to={previous.to}
              rel="prev"
            >
              <span className="nhsuk-pagination__title">
                {t('pagination.previous')}
                <span className="nhsuk-u-visually-hidden"> {t('pagination.page')}</span>
              </span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">{previous.label}</span>
              <Icon name="arrow-left" />
            </Link>
          </li>
        )}
        {next && (
          <li className="nhsuk-pagination-item--next">
            <Link
              className="nhsuk-pagination__link nhsuk-pagination__link--next"
              to={next.to}
              rel="next"
            >
              <span className="nhsuk-pagination__title">
                {t('pagination.next')}
                <span className="nhsuk-u-visually-hidden"> {t('pagination.page')}</span>
              </span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">{next.label}</span>
              <Icon name="arrow-right" />
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
