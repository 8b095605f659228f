import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** NHS emergency care card (red): something must happen today. */
export function EmergencyCard({
  heading,
  children,
  id,
}: {
  heading: string;
  children: ReactNode;
  id?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="nhsuk-card nhsuk-card--care nhsuk-card--care--emergency" id={id}>
      <div className="nhsuk-card__heading-container">
        <h2 className="nhsuk-card__heading">
          <span className="nhsuk-u-visually-hidden">{t('staffForm.immediateAction')}: </span>
          {heading}
        </h2>
        <span className="nhsuk-card--care__arrow" aria-hidden="true" />
      </div>
      <div className="nhsuk-card__content">{children}</div>
    </div>
  );
}
