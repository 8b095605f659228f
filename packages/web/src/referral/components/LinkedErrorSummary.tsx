import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export interface LinkedErrorItem {
  text: string;
  /** The page to put it right on; items about the whole request have none. */
  to?: string;
}

/** NHS error summary whose links go to other pages of the flow; focused when it appears. */
export function LinkedErrorSummary({ items }: { items: readonly LinkedErrorItem[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (items.length > 0) ref.current?.focus();
  }, [items]);

  if (items.length === 0) return null;
  return (
    <div className="nhsuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading">{t('errorSummary.title')}</h2>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {items.map((item, index) => (
              <li key={`${String(index)}-${item.text}`}>
                {item.to ? <Link to={item.to}>{item.text}</Link> : item.text}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
