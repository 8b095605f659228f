import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface CareCardProps {
  /** Emergency (red and black): act now. Urgent (red): get help today. */
  kind: 'emergency' | 'urgent';
  heading: string;
  id?: string | undefined;
  children: ReactNode;
}

/** NHS care card, its heading prefixed for screen readers with how urgent it is. */
export function CareCard({ kind, heading, id, children }: CareCardProps) {
  const { t } = useTranslation();
  return (
    <div className={`nhsuk-card nhsuk-card--care nhsuk-card--care--${kind}`} id={id}>
      <div className="nhsuk-card__heading-container">
        <h2 className="nhsuk-card__heading">
          <span className="nhsuk-u-visually-hidden">{t(`common.careCard.${kind}`)}: </span>
          {heading}
        </h2>
        <span className="nhsuk-card--care__arrow" aria-hidden="true" />
      </div>
      <div className="nhsuk-card__content">{children}</div>
    </div>
  );
}
