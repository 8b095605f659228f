import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Icon } from './Icon.js';
import { Tag } from './Tag.js';

interface SectionCardProps {
  heading: string;
  description: string;
  /** Link to the section; without one the card says the section is coming soon. */
  href: string | null;
}

/** A card for one section of the service: a clickable primary card, or a "Coming soon" one. */
export function SectionCard({ heading, description, href }: SectionCardProps) {
  const { t } = useTranslation();
  if (href === null) {
    return (
      <div className="nhsuk-card">
        <div className="nhsuk-card__content">
          <h3 className="nhsuk-card__heading nhsuk-heading-m">{heading}</h3>
          <p className="nhsuk-card__description">{description}</p>
          <Tag colour="grey">{t('common.comingSoon')}</Tag>
        </div>
      </div>
    );
  }
  return (
    <div className="nhsuk-card nhsuk-card--clickable nhsuk-card--primary">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-m">
          <Link className="nhsuk-card__link" to={href}>
            {heading}
          </Link>
        </h3>
        <p className="nhsuk-card__description">{description}</p>
        <Icon name="chevron-right-circle" />
      </div>
    </div>
  );
}
