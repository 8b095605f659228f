import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface WarningCalloutProps {
  heading: string;
  children: ReactNode;
  id?: string;
  headingLevel?: 2 | 3;
}

/** NHS warning callout: a yellow card whose heading says "Important" to screen readers. */
export function WarningCallout({ heading, children, id, headingLevel = 2 }: WarningCalloutProps) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="nhsuk-card nhsuk-card--warning" id={id}>
      <div className="nhsuk-card__content">
        <Heading className="nhsuk-card__heading">
          <span className="nhsuk-u-visually-hidden">{t('common.important')}: </span>
          {heading}
        </Heading>
        {children}
      </div>
    </div>
  );
}
