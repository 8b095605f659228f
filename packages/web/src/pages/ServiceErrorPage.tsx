import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading.js';

export function ServiceErrorPage() {
  const { t } = useTranslation();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>{t('serviceError.title')}</PageHeading>
        <p className="nhsuk-body">{t('serviceError.tryLater')}</p>
        <p className="nhsuk-body">{t('serviceError.saved')}</p>
      </div>
    </div>
  );
}
