import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../components/PageHeading.js';
import { Tag } from '../components/Tag.js';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>{t('home.heading')}</PageHeading>
        <p className="nhsuk-lede-text">{t('home.intro')}</p>
        <div className="nhsuk-card">
          <div className="nhsuk-card__content">
            <h2 className="nhsuk-card__heading nhsuk-heading-m">{t('home.askForHelp.heading')}</h2>
            <p className="nhsuk-card__description">{t('home.askForHelp.comingSoon')}</p>
            <p className="nhsuk-card__description">{t('home.askForHelp.meanwhile')}</p>
            <Tag colour="grey">{t('common.comingSoon')}</Tag>
          </div>
        </div>
        <h2 className="nhsuk-heading-m">{t('home.staff.heading')}</h2>
        <p className="nhsuk-body">
          <Link to="/sign-in" id="staff-sign-in">
            {t('home.staff.signIn')}
          </Link>
        </p>
      </div>
    </div>
  );
}
