import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../components/PageHeading.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>{t('notFound.title')}</PageHeading>
        <p className="nhsuk-body">{t('notFound.typed')}</p>
        <p className="nhsuk-body">{t('notFound.pasted')}</p>
        <p className="nhsuk-body">
          <Link to="/">{t('notFound.home')}</Link>
        </p>
      </div>
    </div>
  );
}
