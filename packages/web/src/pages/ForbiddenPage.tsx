import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../components/PageHeading.js';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>{t('forbidden.title')}</PageHeading>
        <p className="nhsuk-body">{t('forbidden.askAdmin')}</p>
        <p className="nhsuk-body">
          <Link to="/staff">{t('forbidden.staffHome')}</Link>
        </p>
      </div>
    </div>
  );
}
