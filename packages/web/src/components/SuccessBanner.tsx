import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** NHS success notification banner, announced when it appears. */
export function SuccessBanner({ children }: { children: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <div
      className="nhsuk-notification-banner nhsuk-notification-banner--success"
      role="alert"
      aria-labelledby={titleId}
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id={titleId}>
          {t('common.success')}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}
