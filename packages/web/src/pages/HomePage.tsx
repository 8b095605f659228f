import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../components/PageHeading.js';

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
            <p className="nhsuk-card__description">{t('home.askForHelp.description')}</p>
            <p className="nhsuk-card__description">
              <Link to="/refer" id="ask-for-help">
                {t('home.askForHelp.start')}
              </Link>
            </p>
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
