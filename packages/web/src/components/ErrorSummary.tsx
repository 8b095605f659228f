import type { MouseEvent } from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ErrorSummaryItem } from '../form-errors.js';

/** Moves focus to the field an error is about: its input, or the first input of a group. */
function focusField(event: MouseEvent<HTMLAnchorElement>): void {
  const target = document.getElementById(event.currentTarget.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  const input = target.matches('input, select, textarea')
    ? target
    : target.querySelector<HTMLElement>('input, select, textarea');
  (target.closest('.nhsuk-form-group') ?? target).scrollIntoView();
  (input ?? target).focus({ preventScroll: true });
}

/**
 * NHS error summary: shown above a form, focused when it appears, each item linking to its field
 * on this page (`href`) or to the page to put it right on (`to`).
 */
export function ErrorSummary({ items }: { items: readonly ErrorSummaryItem[] }) {
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
                {item.href ? (
                  <a href={item.href} onClick={focusField}>
                    {item.text}
                  </a>
                ) : item.to ? (
                  <Link to={item.to}>{item.text}</Link>
                ) : (
                  item.text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
